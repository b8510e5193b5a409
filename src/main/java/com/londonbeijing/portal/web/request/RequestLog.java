package com.londonbeijing.portal.web.request;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Logs one line per request once it is answered: method, path with query, status and
 * duration, e.g. {@code GET /trade 200 12 ms}; the log pattern (or the JSON of structured
 * logging) adds the request id that {@link RequestIdFilter} put in the log context and
 * that error pages show. Request bodies, and so passwords, are never logged; the path is
 * cut short and stripped of line breaks so that no request can forge or flood log lines.
 */
@Component
@Order(FilterOrder.REQUEST_LOG)
class RequestLog extends OncePerRequestFilter {

	private static final Log logger = LogFactory.getLog(RequestLog.class);

	/** Longer query strings are refused anyway (414); this keeps each line short. */
	static final int MAX_LOGGED_TARGET = 300;

	private static final Pattern CONTROL_CHARACTERS = Pattern.compile("\\p{Cntrl}");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long start = System.nanoTime();
		int failedStatus = 0;
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			// The container answers 500 after this filter has returned.
			failedStatus = HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
			throw ex;
		}
		finally {
			if (logger.isInfoEnabled()) {
				long millis = (System.nanoTime() - start) / 1_000_000;
				int status = (failedStatus != 0) ? failedStatus : response.getStatus();
				logger.info(request.getMethod() + " " + target(request) + " " + status + " " + millis + " ms");
			}
		}
	}

	static String target(HttpServletRequest request) {
		String query = request.getQueryString();
		String target = request.getRequestURI() + ((query != null) ? "?" + query : "");
		if (target.length() > MAX_LOGGED_TARGET) {
			target = target.substring(0, MAX_LOGGED_TARGET) + "…";
		}
		return CONTROL_CHARACTERS.matcher(target).replaceAll("?");
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return true; // the request's own line already has the error status
	}

}
