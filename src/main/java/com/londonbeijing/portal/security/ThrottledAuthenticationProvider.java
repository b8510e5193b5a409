package com.londonbeijing.portal.security;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;

import com.londonbeijing.portal.audit.SecurityEvent;
import com.londonbeijing.portal.audit.SecurityLog;
import com.londonbeijing.portal.security.LoginFailures.Factor;
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
 * and address, in the log and the security audit log. Passwords never reach a log: only
 * the authentication's name is read.
 */
final class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private static final Log logger = LogFactory.getLog(ThrottledAuthenticationProvider.class);

	private final AuthenticationProvider passwords;

	private final LoginFailures failures;

	private final Predicate<String> secondStepFollows;

	private final SecurityLog log;

	/**
	 * A provider that checks passwords through another.
	 * @param passwords checks the password
	 * @param failures the recorded failures
	 * @param secondStepFollows whether a username (as typed) names an account that signs
	 * in with a second step, whose password step then waits less (see
	 * {@link LoginThrottle})
	 * @param log the audit log
	 */
	ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginFailures failures,
			Predicate<String> secondStepFollows, SecurityLog log) {
		this.passwords = passwords;
		this.failures = failures;
		this.secondStepFollows = secondStepFollows;
		this.log = log;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		String address = (authentication.getDetails() instanceof WebAuthenticationDetails details)
				? details.getRemoteAddress() : null;
		Duration cap = LoginThrottle.cap(this.secondStepFollows.test(username));
		Optional<Duration> wait = this.failures.delayFor(username, address, Factor.PASSWORD, cap);
		if (wait.isPresent()) {
			logger.warn("Sign-in refused (too many failures) for " + forLog(username) + " from " + forLog(address));
			this.log.record(SecurityEvent.SIGN_IN_DELAYED, username, "wait " + wait.get().toSeconds() + " s");
			throw new LoginThrottledException(wait.get());
		}
		try {
			Authentication result = this.passwords.authenticate(authentication);
			this.failures.forget(username, Factor.PASSWORD);
			logger.info("Signed in: " + forLog(result.getName()) + " from " + forLog(address));
			this.log.record(SecurityEvent.SIGN_IN, result.getName(), null);
			return result;
		}
		catch (AuthenticationException ex) {
			this.failures.record(username, address, Factor.PASSWORD);
			logger.warn("Sign-in failed for " + forLog(username) + " from " + forLog(address) + " ("
					+ ex.getClass().getSimpleName() + ")");
			this.log.record(SecurityEvent.SIGN_IN_FAILED, username, null);
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
