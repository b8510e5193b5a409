package com.londonbeijing.portal.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * When password guessing must stop: after {@value #MAX_FAILURES} failed sign-ins within
 * {@link #WINDOW}, for one account or from one address, sign-in is refused for
 * {@link #LOCK} after the failure that reached the limit, even with the right password.
 * Refused attempts are not failures, so waiting always ends the lock.
 */
final class LoginThrottle {

	static final int MAX_FAILURES = 5;

	static final Duration WINDOW = Duration.ofMinutes(15);

	static final Duration LOCK = Duration.ofMinutes(15);

	/** How far back failures can still matter: a lock in force began at most LOCK ago. */
	static final Duration LOOKBACK = WINDOW.plus(LOCK);

	private LoginThrottle() {
	}

	/**
	 * Until when sign-in is refused.
	 * @param failures the times of recent failures for one account or one address, in any
	 * order
	 * @param now the current time (of the same clock as the failures)
	 * @return the end of the lock, or empty if sign-in may be tried now
	 */
	static Optional<Instant> lockedUntil(Collection<Instant> failures, Instant now) {
		List<Instant> sorted = failures.stream().sorted().toList();
		Instant until = null;
		for (int last = MAX_FAILURES - 1; last < sorted.size(); last++) {
			Instant first = sorted.get(last - MAX_FAILURES + 1);
			if (!first.isBefore(sorted.get(last).minus(WINDOW))) {
				until = sorted.get(last).plus(LOCK);
			}
		}
		return (until != null && until.isAfter(now)) ? Optional.of(until) : Optional.empty();
	}

}
