/**
 * Chinese versions of content: the translation table, the status of each field and the
 * admin overview.
 */
package com.londonbeijing.portal.translation;
