package com.londonbeijing.portal.security;

import java.time.Duration;
import java.util.Optional;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks username and password (through the provider it wraps) only while
 * {@link LoginThrottle} allows it, records failures and logs every sign-in with username
 * and address. Passwords never reach a log: only the authentication's name is read.
 */
final class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private static final Log logger = LogFactory.getLog(ThrottledAuthenticationProvider.class);

	private final AuthenticationProvider passwords;

	private final LoginFailures failures;

	ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginFailures failures) {
		this.passwords = passwords;
		this.failures = failures;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		String address = (authentication.getDetails() instanceof WebAuthenticationDetails details)
				? details.getRemoteAddress() : null;
		Optional<Duration> wait = this.failures.lockedFor(username, address);
		if (wait.isPresent()) {
			logger.warn("Sign-in refused (too many failures) for " + forLog(username) + " from " + forLog(address));
			throw new LoginThrottledException(wait.get());
		}
		try {
			Authentication result = this.passwords.authenticate(authentication);
			this.failures.forget(username);
			logger.info("Signed in: " + forLog(result.getName()) + " from " + forLog(address));
			return result;
		}
		catch (AuthenticationException ex) {
			this.failures.record(username, address);
			logger.warn("Sign-in failed for " + forLog(username) + " from " + forLog(address) + " ("
					+ ex.getClass().getSimpleName() + ")");
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	/**
	 * Quotes text typed by a visitor for a log line: control characters (which could fake
	 * extra log lines) become '?', and it is cut to 100 characters.
	 */
	static String forLog(String text) {
		if (text == null) {
			return "(none)";
		}
		String cut = (text.length() > 100) ? text.substring(0, 100) + "…" : text;
		return "'" + cut.replaceAll("\\p{Cntrl}", "?") + "'";
	}

}
