package com.londonbeijing.portal.web;

import java.beans.PropertyEditorSupport;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.londonbeijing.portal.security.CurrentUser;
import com.londonbeijing.portal.web.request.RequestIdFilter;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * What every page and form shares: the model the layouts need (Thymeleaf 3.1 has no
 * {@code #request} in templates, so it comes from here), trimmed form input, and a
 * friendly page when two people edit the same record at once.
 * <p>
 * Ordered early: Spring asks only the first advice (by order) with any matching handler,
 * so an advice that catches a broad type as a fallback (such as
 * {@code DataAccessException}) must come after this one, or it takes the edit conflicts
 * this one answers with 409.
 */
@ControllerAdvice
@Order(0)
class SiteModelAdvice {

	/**
	 * Form fields that are kept exactly as typed: a password with a space at the end is a
	 * different password, and sign-in (which no binder touches) would not trim it.
	 */
	static final List<String> UNTRIMMED_FIELDS = List.of("password", "confirmPassword", "currentPassword",
			"newPassword");

	private static final Log logger = LogFactory.getLog(SiteModelAdvice.class);

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

	/**
	 * Trims every text field bound to a form object and turns blank input into
	 * {@code null}, so that "{@code  }" fails {@code @NotBlank} and " alice " is "alice";
	 * passwords excepted. Request parameters bound one by one ({@code @RequestParam}) are
	 * left as they are.
	 */
	@InitBinder
	void trimInput(WebDataBinder binder) {
		if (binder.getTarget() == null && binder.getTargetType() == null) {
			return; // converting a single request parameter, not binding a form object
		}
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
		for (String field : UNTRIMMED_FIELDS) {
			binder.registerCustomEditor(String.class, field, new AsTyped());
		}
		Class<?> formType = (binder.getTarget() != null) ? binder.getTarget().getClass()
				: binder.getTargetType().resolve();
		if (formType != null) {
			StrictEnums.register(binder, formType);
		}
	}

	/**
	 * Someone else saved the record after this form was opened. Saving over their change
	 * would lose it silently; instead the editor is told to reload and redo theirs.
	 */
	@ExceptionHandler(OptimisticLockingFailureException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String conflict(OptimisticLockingFailureException ex, HttpServletRequest request, Model model) {
		logger.info("Edit conflict: " + ex.getMessage());
		model.addAttribute("requestId", requestId(request));
		model.addAttribute("currentUser", currentUser());
		return "error/409";
	}

	private static final class AsTyped extends PropertyEditorSupport {

		@Override
		public void setAsText(String text) {
			setValue(text);
		}

	}

}
