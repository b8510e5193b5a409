package com.londonbeijing.portal.web.outage;

import java.io.IOException;

import com.londonbeijing.portal.database.DatabaseOutage;
import com.londonbeijing.portal.web.request.FilterOrder;
import com.londonbeijing.portal.web.request.RequestIdFilter;
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
 * The styled 503 page for outages met before a controller runs: reading the session
 * (stored in the database) or checking a signed-in account. Outages inside controllers
 * are answered by {@link DatabaseOutageAdvice}, or by the admin forms themselves, which
 * keep the editor's input.
 */
@Component
@Order(FilterOrder.DATABASE_OUTAGE)
class DatabaseOutageFilter extends OncePerRequestFilter {

	private static final Log logger = LogFactory.getLog(DatabaseOutageFilter.class);

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | RuntimeException ex) {
			Throwable cause = (ex instanceof ServletException servlet && servlet.getRootCause() != null)
					? servlet.getRootCause() : ex;
			if (!DatabaseOutage.isOutage(cause) || response.isCommitted()) {
				throw ex;
			}
			logger.warn("Request " + request.getAttribute(RequestIdFilter.ATTRIBUTE) + " could not reach the database: "
					+ cause.getMessage());
			DatabaseOutage.markUnavailable(response);
			response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		}
	}

}
