package com.londonbeijing.portal.web.outage;

import com.londonbeijing.portal.database.DatabaseOutage;
import com.londonbeijing.portal.web.request.RequestIdFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.UncategorizedDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * When the database cannot be reached (or answers too slowly), pages say the service is
 * temporarily unavailable (503) instead of failing with a 500; the app recovers on its
 * own once the database is back, as each request asks the pool for a fresh connection.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseOutageAdvice {

	private static final Log logger = LogFactory.getLog(DatabaseOutageAdvice.class);

	@ExceptionHandler({ CannotCreateTransactionException.class, DataAccessResourceFailureException.class,
			QueryTimeoutException.class })
	ModelAndView databaseUnavailable(Exception ex, HttpServletRequest request, HttpServletResponse response) {
		return unavailablePage(ex, request, response);
	}

	/**
	 * A connection that breaks mid-request surfaces as an uncategorised persistence error
	 * (the failed rollback hides the connection error); it is an outage only if a
	 * connection problem caused it. Deliberately narrow, so that other data errors (an
	 * optimistic-lock conflict, say) still reach their own handlers.
	 */
	@ExceptionHandler({ UncategorizedDataAccessException.class, TransactionSystemException.class })
	ModelAndView persistenceFailure(Exception ex, HttpServletRequest request, HttpServletResponse response)
			throws Exception {
		if (!DatabaseOutage.causedByLostConnection(ex)) {
			throw ex;
		}
		return unavailablePage(ex, request, response);
	}

	private ModelAndView unavailablePage(Exception ex, HttpServletRequest request, HttpServletResponse response) {
		Object requestId = request.getAttribute(RequestIdFilter.ATTRIBUTE);
		logger.warn("Request " + requestId + " could not reach the database: " + ex.getMessage());
		DatabaseOutage.markUnavailable(response);
		ModelAndView page = new ModelAndView("error/503", HttpStatus.SERVICE_UNAVAILABLE);
		page.addObject("requestId", requestId);
		return page;
	}

}
