package com.londonbeijing.portal.security;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import com.londonbeijing.portal.account.Account;
import com.londonbeijing.portal.account.AccountService;
import com.londonbeijing.portal.audit.SecurityEvent;
import com.londonbeijing.portal.audit.SecurityLog;
import com.londonbeijing.portal.security.LoginFailures.Factor;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;

/**
 * Checks the second step of sign-in: a code from the account's authenticator app, or one
 * of its recovery codes, each accepted once. Throttled like passwords (per account, see
 * {@link LoginThrottle}) and logged. Success grants the
 * {@link SignedInAccount#SECOND_STEP} factor; {@link SecondStepFilter} adds what the
 * password step had granted.
 */
final class SecondStepProvider implements AuthenticationProvider {

	private static final Log logger = LogFactory.getLog(SecondStepProvider.class);

	private final AccountService accounts;

	private final TwoStep twoStep;

	private final LoginFailures failures;

	private final SecurityLog log;

	SecondStepProvider(AccountService accounts, TwoStep twoStep, LoginFailures failures, SecurityLog log) {
		this.accounts = accounts;
		this.twoStep = twoStep;
		this.failures = failures;
		this.log = log;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		SecondStepToken token = (SecondStepToken) authentication;
		String username = token.getName();
		Optional<Duration> wait = this.failures.delayFor(username, token.address(), Factor.CODE,
				LoginThrottle.MAX_DELAY);
		if (wait.isPresent()) {
			this.log.record(SecurityEvent.SIGN_IN_DELAYED, username,
					"second step, wait " + wait.get().toSeconds() + " s");
			throw new LoginThrottledException(wait.get());
		}
		Account account = this.accounts.findByUsername(username)
			.orElseThrow(() -> new BadCredentialsException("No such account"));
		boolean accepted = token.isRecoveryCode() ? this.twoStep.acceptRecoveryCode(account, token.code())
				: this.twoStep.acceptCode(account.getId(), token.code());
		if (!accepted) {
			this.failures.record(username, token.address(), Factor.CODE);
			logger.warn("Second step failed for " + ThrottledAuthenticationProvider.forLog(username) + " from "
					+ ThrottledAuthenticationProvider.forLog(token.address()));
			this.log.record(SecurityEvent.SECOND_STEP_FAILED, username,
					token.isRecoveryCode() ? "recovery code" : "code");
			throw new BadCredentialsException("Wrong or used code");
		}
		this.failures.forget(username, Factor.CODE);
		logger.info("Second step passed: " + ThrottledAuthenticationProvider.forLog(username));
		this.log.record(SecurityEvent.SIGN_IN_SECOND_STEP, username, token.isRecoveryCode() ? "recovery code" : "code");
		return UsernamePasswordAuthenticationToken.authenticated(token.signedIn().getPrincipal(), null,
				List.of(FactorGrantedAuthority.fromAuthority(SignedInAccount.SECOND_STEP)));
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return SecondStepToken.class.isAssignableFrom(authentication);
	}

}
