package com.londonbeijing.portal.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * After a failed sign-in, redirects back to the sign-in page (POST-redirect-GET) with
 * what it should say in flash attributes: the generic failure, or how long to wait, and
 * the username typed. Whether the account exists or is disabled is never told.
 */
final class LoginFailureHandler implements AuthenticationFailureHandler {

	static final String FAILED = "loginFailed";

	static final String WAIT_MINUTES = "loginWaitMinutes";

	static final String USERNAME = "loginUsername";

	private final SessionFlashMapManager flashMaps = new SessionFlashMapManager();

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		FlashMap flash = new FlashMap();
		if (exception instanceof LoginThrottledException throttled) {
			long seconds = throttled.getWait().toSeconds();
			flash.put(WAIT_MINUTES, Math.max(1, (seconds + 59) / 60));
		}
		else {
			flash.put(FAILED, true);
		}
		String username = request.getParameter("username");
		if (username != null) {
			flash.put(USERNAME, (username.length() > 100) ? username.substring(0, 100) : username);
		}
		String loginPage = request.getContextPath() + "/login";
		flash.setTargetRequestPath(loginPage);
		this.flashMaps.saveOutputFlashMap(flash, request, response);
		response.sendRedirect(loginPage);
	}

}
