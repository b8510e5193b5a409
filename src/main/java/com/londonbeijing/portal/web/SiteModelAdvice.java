package com.londonbeijing.portal.web;

import java.time.LocalDate;
import java.time.ZoneId;

import com.londonbeijing.portal.security.CurrentUser;
import com.londonbeijing.portal.web.request.RequestIdFilter;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The model every page's layout needs (Thymeleaf 3.1 has no {@code #request} in
 * templates, so it comes from here): the request id, the signed-in user, the canonical
 * address and today's date. Forms are bound by {@link FormBinding}, edit conflicts
 * answered by {@link EditConflictAdvice}, languages by
 * {@code web/language/LanguageAdvice}.
 */
@ControllerAdvice
class SiteModelAdvice {

	/** The site's time zone: "retrieved on" dates are London dates. */
	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private final SiteUrls siteUrls;

	SiteModelAdvice(SiteUrls siteUrls) {
		this.siteUrls = siteUrls;
	}

	@ModelAttribute("requestId")
	String requestId(HttpServletRequest request) {
		Object id = request.getAttribute(RequestIdFilter.ATTRIBUTE);
		return (id != null) ? id.toString() : null;
	}

	/** The signed-in user (username, whether ADMIN), or {@code null} for visitors. */
	@ModelAttribute("currentUser")
	CurrentUser currentUser() {
		return CurrentUser.get().orElse(null);
	}

	/**
	 * The page's canonical address (for {@code <link rel="canonical">}, Open Graph and
	 * "Cite this page"), or {@code null} on error pages.
	 */
	@ModelAttribute("canonicalUrl")
	String canonicalUrl(HttpServletRequest request) {
		return this.siteUrls.canonical(request);
	}

	/** Today in London, the date a visitor retrieves a page on ("Cite this page"). */
	@ModelAttribute("today")
	LocalDate today() {
		return LocalDate.now(LONDON);
	}

}
