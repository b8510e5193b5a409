/**
 * Editing site texts.
 */
package com.londonbeijing.portal.sitetext.admin;
