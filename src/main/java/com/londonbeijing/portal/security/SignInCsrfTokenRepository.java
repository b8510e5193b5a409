package com.londonbeijing.portal.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * CSRF tokens without a session for visitors: until someone signs in, the token of the
 * sign-in form lives in an HttpOnly cookie ({@code __Host-XSRF-TOKEN} over HTTPS, so no
 * other site or subdomain can set it), so showing the form or a failed sign-in stores
 * nothing in the database. Once a session exists (from signing in on), the token lives in
 * the session as before.
 */
final class SignInCsrfTokenRepository implements CsrfTokenRepository {

	private final HttpSessionCsrfTokenRepository sessions = new HttpSessionCsrfTokenRepository();

	private final CookieCsrfTokenRepository plainCookie = cookies("XSRF-TOKEN");

	private final CookieCsrfTokenRepository secureCookie = cookies("__Host-XSRF-TOKEN");

	private static CookieCsrfTokenRepository cookies(String name) {
		CookieCsrfTokenRepository repository = new CookieCsrfTokenRepository();
		repository.setCookieName(name);
		repository.setCookiePath("/");
		repository.setCookieCustomizer((cookie) -> cookie.sameSite("Lax"));
		return repository;
	}

	@Override
	public CsrfToken generateToken(HttpServletRequest request) {
		return this.sessions.generateToken(request);
	}

	@Override
	public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
		if (request.getSession(false) != null) {
			this.sessions.saveToken(token, request, response);
		}
		else {
			cookies(request).saveToken(token, request, response);
		}
	}

	@Override
	public CsrfToken loadToken(HttpServletRequest request) {
		return (request.getSession(false) != null) ? this.sessions.loadToken(request)
				: cookies(request).loadToken(request);
	}

	private CookieCsrfTokenRepository cookies(HttpServletRequest request) {
		return request.isSecure() ? this.secureCookie : this.plainCookie;
	}

}
