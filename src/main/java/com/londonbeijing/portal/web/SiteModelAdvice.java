package com.londonbeijing.portal.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the shared layout needs on every page. Thymeleaf 3.1 has no {@code #request} in
 * templates, so it comes from here.
 */
@ControllerAdvice
class SiteModelAdvice {

	@ModelAttribute("requestId")
	String requestId(HttpServletRequest request) {
		Object id = request.getAttribute(RequestIdFilter.ATTRIBUTE);
		return (id != null) ? id.toString() : null;
	}

}
