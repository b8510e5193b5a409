package com.londonbeijing.portal.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AbstractAuthenticationProcessingFilter;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * The second step of sign-in, as a Spring Security authentication filter: a POST of
 * {@code /login/code} (field {@code code}) or {@code /login/recovery} (field
 * {@code recoveryCode}) by a session that passed the password step. Multi-factor support
 * is on ({@code setMfaEnabled}): the factor this step grants is added to those of the
 * password step, so the session then holds both, and the MFA authorization rules of
 * {@link SecurityConfiguration} let it in. The session id changes again on success.
 */
final class SecondStepFilter extends AbstractAuthenticationProcessingFilter {

	static final String CODE_PATH = "/login/code";

	static final String RECOVERY_PATH = "/login/recovery";

	SecondStepFilter(AuthenticationManager authenticationManager) {
		super((request) -> request.getDispatcherType() == DispatcherType.REQUEST && "POST".equals(request.getMethod())
				&& (CODE_PATH.equals(path(request)) || RECOVERY_PATH.equals(path(request))));
		setAuthenticationManager(authenticationManager);
		setMfaEnabled(true);
		setSecurityContextRepository(new DelegatingSecurityContextRepository(
				new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository()));
		setSessionAuthenticationStrategy(new ChangeSessionIdAuthenticationStrategy());
	}

	@Override
	public Authentication attemptAuthentication(HttpServletRequest request, HttpServletResponse response) {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		if (current == null || !current.isAuthenticated() || current instanceof AnonymousAuthenticationToken) {
			throw new InsufficientAuthenticationException("Sign in with the password first");
		}
		boolean recovery = RECOVERY_PATH.equals(path(request));
		String code = request.getParameter(recovery ? "recoveryCode" : "code");
		return getAuthenticationManager()
			.authenticate(new SecondStepToken(current, code, recovery, request.getRemoteAddr()));
	}

	static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
