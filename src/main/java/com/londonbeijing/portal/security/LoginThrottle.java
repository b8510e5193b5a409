package com.londonbeijing.portal.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/**
 * How long the next attempt must wait after failed ones: a delay that grows with each
 * failure instead of a lock. Up to {@value #ACCOUNT_FREE} failures for one account (and
 * {@value #ADDRESS_FREE} from one address, which a whole office may share) within
 * {@link #WINDOW} cost nothing; each further failure doubles the wait after it, from
 * {@link #FIRST_DELAY} up to {@link #MAX_DELAY}. Refused attempts are not failures, so
 * waiting always ends the delay, and failures older than the window stop counting.
 * <p>
 * The trade-off: an attacker who keeps failing can keep an account waiting. For an
 * account with two-step sign-in a password alone grants nothing, so its password step
 * waits at most {@link #SHORT_WAIT} ({@link #cap}): its holder, with the right password
 * and the right code, gets in after a short wait, while the codes have their own
 * throttle. Accounts without a second step wait the full delay.
 */
final class LoginThrottle {

	static final int ACCOUNT_FREE = 5;

	static final int ADDRESS_FREE = 20;

	static final Duration WINDOW = Duration.ofHours(1);

	static final Duration FIRST_DELAY = Duration.ofSeconds(30);

	static final Duration MAX_DELAY = Duration.ofMinutes(15);

	static final Duration SHORT_WAIT = FIRST_DELAY;

	/** How far back failures can still matter. */
	static final Duration LOOKBACK = WINDOW;

	private LoginThrottle() {
	}

	/**
	 * A wait in whole minutes, rounded up, as the forms say it.
	 * @param wait the wait
	 * @return at least 1
	 */
	static long minutes(Duration wait) {
		return Math.max(1, (wait.toSeconds() + 59) / 60);
	}

	/**
	 * The longest wait a password step may impose.
	 * @param secondStepFollows whether the account signs in with a second step
	 * @return {@link #SHORT_WAIT} if so, otherwise {@link #MAX_DELAY}
	 */
	static Duration cap(boolean secondStepFollows) {
		return secondStepFollows ? SHORT_WAIT : MAX_DELAY;
	}

	/**
	 * Until when attempts wait.
	 * @param failures the times of recent failures for one account or one address, in any
	 * order
	 * @param free how many failures cost nothing
	 * @param cap the longest delay
	 * @param now the current time (of the same clock as the failures)
	 * @return the end of the delay, or empty if an attempt may be made now
	 */
	static Optional<Instant> delayedUntil(Collection<Instant> failures, int free, Duration cap, Instant now) {
		Instant since = now.minus(WINDOW);
		long count = failures.stream().filter((failure) -> failure.isAfter(since)).count();
		if (count < free) {
			return Optional.empty();
		}
		Instant last = failures.stream().max(Instant::compareTo).orElseThrow();
		long doublings = Math.min(count - free, 20);
		Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
		if (delay.compareTo(cap) > 0) {
			delay = cap;
		}
		Instant until = last.plus(delay);
		return until.isAfter(now) ? Optional.of(until) : Optional.empty();
	}

}
