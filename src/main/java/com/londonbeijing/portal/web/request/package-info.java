/**
 * Request plumbing: request ids, the request log line and request size limits.
 */
package com.londonbeijing.portal.web.request;
