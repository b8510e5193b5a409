/**
 * Small building blocks shared by features: the content base class, Markdown, slugs,
 * pagination, flash messages.
 */
package com.londonbeijing.portal.support;
