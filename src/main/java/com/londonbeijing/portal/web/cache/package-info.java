/**
 * HTTP caching: ETags and 304s, rendered public pages kept in memory, and content-hashed
 * static files.
 */
package com.londonbeijing.portal.web.cache;
