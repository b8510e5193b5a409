/**
 * Spring Security configuration, the sign-in page, throttling of failed sign-ins and the
 * session store.
 */
package com.londonbeijing.portal.security;
