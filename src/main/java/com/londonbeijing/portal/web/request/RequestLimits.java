package com.londonbeijing.portal.web.request;

import java.io.IOException;
import java.util.Enumeration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.tomcat.util.http.InvalidParameterException;

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
 * <p>
 * Parameters are read here, before anything binds them: more than Tomcat's
 * {@code server.tomcat.max-parameter-count} (1,000) gets a 400, and so does a list index
 * beyond {@value #MAX_LIST_INDEX} ({@code benefits[300]}, {@code outcomes[99999999999]}),
 * which no form has and which form binding would otherwise fail on with a 500. Each such
 * refusal logs one short line.
 */
@Component
@Order(FilterOrder.REQUEST_LIMITS)
class RequestLimits extends OncePerRequestFilter {

	static final int MAX_QUERY_LENGTH = 12_000;

	/** Keep in step with {@code server.tomcat.max-http-form-post-size}. */
	static final long MAX_BODY_BYTES = 2 * 1024 * 1024;

	/**
	 * The largest list index a parameter may carry: form binding grows lists up to 256
	 * rows (Spring's {@code autoGrowCollectionLimit}), more than any form has.
	 */
	static final int MAX_LIST_INDEX = 255;

	private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

	private static final Log logger = LogFactory.getLog(RequestLimits.class);

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
			String badName = parameterWithHugeIndex(request);
			if (badName != null) {
				logger.warn("Refused a request with the parameter " + forLog(badName) + ": list index past "
						+ MAX_LIST_INDEX);
				response.sendError(HttpServletResponse.SC_BAD_REQUEST);
				return;
			}
			chain.doFilter(request, response);
		}
		catch (InvalidParameterException ex) {
			if (response.isCommitted()) {
				throw ex;
			}
			logger.warn("Refused a request: " + ex.getMessage().lines().findFirst().orElse(""));
			response.sendError(ex.getErrorCode());
		}
	}

	/**
	 * Reads the parameters (Tomcat parses them at the first look, and refuses too many
	 * with an {@link InvalidParameterException}).
	 * @return the first parameter name with a list index past the limit, or {@code null}
	 */
	private static String parameterWithHugeIndex(HttpServletRequest request) {
		Enumeration<String> names = request.getParameterNames();
		while (names.hasMoreElements()) {
			String name = names.nextElement();
			Matcher index = INDEX.matcher(name);
			while (index.find()) {
				String digits = index.group(1);
				if (digits.length() > 3 || Integer.parseInt(digits) > MAX_LIST_INDEX) {
					return name;
				}
			}
		}
		return null;
	}

	private static String forLog(String text) {
		String cut = (text.length() > 60) ? text.substring(0, 60) + "…" : text;
		return "'" + cut.replaceAll("\\p{Cntrl}", "?") + "'";
	}

}
