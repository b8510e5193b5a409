/**
 * The revision history of content (Hibernate Envers): who changed what and when, with
 * change notes.
 */
package com.londonbeijing.portal.history;
