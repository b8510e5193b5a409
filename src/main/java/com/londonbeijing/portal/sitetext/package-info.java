/**
 * Short editable texts shown on public pages (introductions, notes).
 */
package com.londonbeijing.portal.sitetext;
