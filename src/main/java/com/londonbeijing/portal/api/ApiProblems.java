package com.londonbeijing.portal.api;

import java.net.URI;

import com.londonbeijing.portal.address.AddressGoneException;
import com.londonbeijing.portal.address.AddressMovedException;
import com.londonbeijing.portal.support.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The API's errors as RFC 9457 problem details ({@code application/problem+json}), never
 * the site's HTML error pages.
 */
@RestControllerAdvice(assignableTypes = ApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

	@ExceptionHandler(ApiParameters.BadParameter.class)
	ResponseEntity<ProblemDetail> badParameter(ApiParameters.BadParameter ex, HttpServletRequest request) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Bad parameter", ex.getMessage(), request);
		problem.setProperty("parameter", ex.parameter());
		return answer(problem);
	}

	/** An earlier address of an item: a permanent redirect to its current API address. */
	@ExceptionHandler(AddressMovedException.class)
	ResponseEntity<Void> moved(AddressMovedException ex, HttpServletRequest request) {
		String query = request.getQueryString();
		return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
			.header(HttpHeaders.LOCATION,
					request.getContextPath() + ApiController.BASE + ex.kind().path(ex.slug())
							+ ((query != null) ? "?" + query : ""))
			.build();
	}

	/** The address of a deleted item: 410, with the editor's note and link if any. */
	@ExceptionHandler(AddressGoneException.class)
	ResponseEntity<ProblemDetail> gone(AddressGoneException ex, HttpServletRequest request) {
		ProblemDetail problem = problem(HttpStatus.GONE, "Gone", "This item was deleted.", request);
		problem.setProperty("goneAt", ex.notice().goneAt());
		problem.setProperty("note", ex.notice().note());
		problem.setProperty("link", ex.notice().link());
		return answer(problem);
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(NotFoundException ex, HttpServletRequest request) {
		return answer(problem(HttpStatus.NOT_FOUND, "Not found", "Nothing published has this address.", request));
	}

	@ExceptionHandler(ReadOnly.class)
	ResponseEntity<ProblemDetail> readOnly(HttpServletRequest request) {
		return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
			.allow(HttpMethod.GET, HttpMethod.HEAD)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem(HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed", "The API is read-only: use GET.",
					request));
	}

	static ProblemDetail problem(HttpStatus status, String title, String detail, HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		problem.setInstance(URI.create(request.getRequestURI()));
		return problem;
	}

	static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/** A request to change something through the read-only API. */
	static final class ReadOnly extends RuntimeException {

		ReadOnly() {
			super("The API is read-only");
		}

	}

}
