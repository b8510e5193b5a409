/**
 * Site search: query cleaning, the full-text SQL and highlighted extracts.
 */
package com.londonbeijing.portal.search;
