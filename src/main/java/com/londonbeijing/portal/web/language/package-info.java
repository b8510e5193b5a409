/**
 * The two languages of the site: the {@code /zh} prefix, the locale and the language
 * switch.
 */
package com.londonbeijing.portal.web.language;
