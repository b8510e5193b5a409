package com.londonbeijing.portal.web.request;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses oversized requests before anything reads them, with the styled error page: a
 * query string longer than {@value #MAX_QUERY_LENGTH} characters gets 414 (a search of
 * 1,000 Chinese characters takes 9,000 once percent-encoded; the search reads 200), a
 * body declared larger than {@value #MAX_BODY_BYTES} bytes gets 413 (twice what a
 * 100,000-character Markdown text in Chinese takes form-encoded). Bodies sent without a
 * declared length are held to the same size by Tomcat
 * ({@code server.tomcat.max-http-form-post-size}); request lines and headers beyond
 * {@code server.max-http-request-header-size} never reach the application.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class RequestLimits extends OncePerRequestFilter {

	static final int MAX_QUERY_LENGTH = 12_000;

	/** Keep in step with {@code server.tomcat.max-http-form-post-size}. */
	static final long MAX_BODY_BYTES = 2 * 1024 * 1024;

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String query = request.getQueryString();
		if (query != null && query.length() > MAX_QUERY_LENGTH) {
			response.sendError(HttpServletResponse.SC_REQUEST_URI_TOO_LONG);
			return;
		}
		if (request.getContentLengthLong() > MAX_BODY_BYTES) {
			response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		catch (InvalidParameterException ex) {
			if (response.isCommitted()) {
				throw ex;
			}
			response.sendError(ex.getErrorCode());
		}
	}

}
