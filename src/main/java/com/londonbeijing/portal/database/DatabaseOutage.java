package com.londonbeijing.portal.database;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a database outage (unreachable, refusing connections, too slow, a connection lost
 * mid-request) from other data errors, so that every layer answers it the same way: a 503
 * with {@code Retry-After}, and the editor's input kept on the form.
 */
public final class DatabaseOutage {

	/** Seconds a client is told to wait before trying again. */
	static final String RETRY_AFTER_SECONDS = "30";

	/**
	 * What HikariCP's stand-in for a connection it has closed says, without an SQL state:
	 * rolling back a transaction whose connection broke fails with it, and hides the
	 * original connection error.
	 */
	private static final String HIKARI_CLOSED_CONNECTION = "Connection is closed";

	private DatabaseOutage() {
	}

	/**
	 * Whether an exception means the database could not be reached or answered too
	 * slowly. Deliberately narrow: other data errors (an optimistic-lock conflict, a
	 * constraint) are not outages.
	 * @param ex the exception
	 * @return whether it is an outage
	 */
	public static boolean isOutage(Throwable ex) {
		if (ex instanceof CannotCreateTransactionException || ex instanceof DataAccessResourceFailureException
				|| ex instanceof QueryTimeoutException) {
			return true;
		}
		return causedByLostConnection(ex);
	}

	public static boolean causedByLostConnection(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLTransientConnectionException || cause instanceof SQLRecoverableException) {
				return true;
			}
			if (cause instanceof SQLException sql
					&& (isConnectionState(sql.getSQLState()) || HIKARI_CLOSED_CONNECTION.equals(sql.getMessage()))) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

	private static boolean isConnectionState(String state) {
		return state != null && (state.startsWith("08") || state.startsWith("57P"));
	}

	/**
	 * Marks a response as "temporarily unavailable": status 503 and {@code Retry-After}.
	 * @param response the response
	 */
	public static void markUnavailable(HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
	}

}
