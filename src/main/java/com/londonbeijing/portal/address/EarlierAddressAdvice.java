package com.londonbeijing.portal.address;

import java.io.IOException;

import com.londonbeijing.portal.web.language.Language;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Answers the pages' earlier addresses: a permanent redirect to the item's current page
 * in the language asked for (the {@code /zh} prefix and the query string kept), and 410
 * Gone with the styled page {@code error/410} for a deleted item. The 410 page is the
 * error page (so it has what every error page has); the notice reaches it as a request
 * attribute, put into its model here. The API answers these itself, as problems.
 */
@ControllerAdvice
@Order(0)
class EarlierAddressAdvice {

	/** The request attribute carrying the {@link GoneNotice} to the 410 page. */
	static final String GONE = EarlierAddressAdvice.class.getName() + ".gone";

	@ExceptionHandler(AddressMovedException.class)
	ResponseEntity<Void> moved(AddressMovedException ex, HttpServletRequest request) {
		return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
			.header(HttpHeaders.LOCATION, location(ex, request))
			.build();
	}

	@ExceptionHandler(AddressGoneException.class)
	void gone(AddressGoneException ex, HttpServletRequest request, HttpServletResponse response) throws IOException {
		request.setAttribute(GONE, ex.notice());
		response.sendError(HttpStatus.GONE.value());
	}

	/** The deleted item's notice on its 410 page, {@code null} on every other page. */
	@ModelAttribute("gone")
	GoneNotice goneNotice(HttpServletRequest request) {
		return (request.getAttribute(GONE) instanceof GoneNotice notice) ? notice : null;
	}

	/** The item's current page in the request's language, with the same query. */
	static String location(AddressMovedException ex, HttpServletRequest request) {
		String query = request.getQueryString();
		return request.getContextPath() + Language.of(request).path(ex.kind().path(ex.slug()))
				+ ((query != null) ? "?" + query : "");
	}

}
