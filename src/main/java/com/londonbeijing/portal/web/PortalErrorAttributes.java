package com.londonbeijing.portal.web;

import java.util.Map;

import com.londonbeijing.portal.security.ExpiredFormInput;
import com.londonbeijing.portal.web.request.RequestIdFilter;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * Adds the request id to the error model so the error pages can show it, and logs server
 * errors with it; the pages themselves never show exception details. A 403 caused by a
 * missing or stale CSRF token (typically a form left open until its session expired) is
 * flagged as {@code expiredForm}, so the page can say to reload rather than "no
 * permission".
 */
@Component
class PortalErrorAttributes extends DefaultErrorAttributes {

	private static final Log logger = LogFactory.getLog(PortalErrorAttributes.class);

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
		Map<String, Object> attributes = super.getErrorAttributes(request, options);
		Object requestId = request.getAttribute(RequestIdFilter.ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
		attributes.put(RequestIdFilter.ATTRIBUTE, requestId);
		if (request.getAttribute(WebAttributes.ACCESS_DENIED_403,
				RequestAttributes.SCOPE_REQUEST) instanceof CsrfException) {
			attributes.put("expiredForm", true);
			// Too much input to keep for after signing in again: the page tells the
			// editor
			// to copy it from the form (Back usually still shows it) before reloading.
			attributes.put("expiredFormTooLarge", Boolean.TRUE
				.equals(request.getAttribute(ExpiredFormInput.TOO_LARGE, RequestAttributes.SCOPE_REQUEST)));
		}
		Throwable error = getError(request);
		if (error != null && attributes.get("status") instanceof Integer status && status >= 500) {
			// The container has already logged the stack trace; this line ties it to the
			// reference the visitor sees.
			logger.error("Request " + requestId + " failed: " + error);
		}
		return attributes;
	}

}
