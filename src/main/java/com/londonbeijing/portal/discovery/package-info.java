/**
 * How visitors and programs find content: Atom feeds, the sitemap and robots.txt.
 */
package com.londonbeijing.portal.discovery;
