package com.londonbeijing.portal.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * After a failed sign-in step, shows the form again in the answer to the POST, saying
 * what went wrong (the generic failure, or how long to wait) and keeping the username
 * typed: the request is forwarded to the page's {@code …/failed} handler with request
 * attributes. No session is needed for that, so a failed sign-in stores nothing but the
 * failure. Whether the account exists or is disabled is never told.
 */
final class LoginFailureHandler implements AuthenticationFailureHandler {

	static final String FAILED = LoginFailureHandler.class.getName() + ".failed";

	static final String WAIT_MINUTES = LoginFailureHandler.class.getName() + ".waitMinutes";

	private final String failedPath;

	/**
	 * A handler that shows the form again.
	 * @param failedPath where the form with its error is rendered, e.g.
	 * {@code /login/failed}; {@code null}: the request's path plus {@code /failed}
	 */
	LoginFailureHandler(String failedPath) {
		this.failedPath = failedPath;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException, ServletException {
		if (exception instanceof LoginThrottledException throttled) {
			request.setAttribute(WAIT_MINUTES, LoginThrottle.minutes(throttled.getWait()));
		}
		request.setAttribute(FAILED, true);
		String path = (this.failedPath != null) ? this.failedPath : SecondStepFilter.path(request) + "/failed";
		request.getRequestDispatcher(path).forward(request, response);
	}

}
