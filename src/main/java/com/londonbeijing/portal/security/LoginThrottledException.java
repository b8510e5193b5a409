package com.londonbeijing.portal.security;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/**
 * Sign-in refused without checking the password, because of too many recent failures.
 */
class LoginThrottledException extends AuthenticationException {

	private final Duration wait;

	LoginThrottledException(Duration wait) {
		super("Too many failed sign-ins; try again in " + wait);
		this.wait = wait;
	}

	/**
	 * How long until sign-in may be tried again.
	 * @return the remaining time of the lock
	 */
	Duration getWait() {
		return this.wait;
	}

}
