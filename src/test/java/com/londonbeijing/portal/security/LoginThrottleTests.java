package com.londonbeijing.portal.security;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The growing delay after failed sign-ins (issue 12, item 12): nothing for the first few
 * failures, then a wait that doubles with each failure up to a ceiling, which waiting
 * always ends, and which is short for an account with a second step.
 */
class LoginThrottleTests {

	private static final Instant NOW = Instant.parse("2026-01-01T12:00:00Z");

	@Test
	void theFirstFailuresCostNothing() {
		assertThat(LoginThrottle.delayedUntil(failures(LoginThrottle.ACCOUNT_FREE - 1, Duration.ofSeconds(1)),
				LoginThrottle.ACCOUNT_FREE, LoginThrottle.MAX_DELAY, NOW))
			.isEmpty();
	}

	@Test
	void eachFurtherFailureDoublesTheWaitAfterTheLastOne() {
		Instant last = NOW.minusSeconds(1);
		assertThat(delayAfter(LoginThrottle.ACCOUNT_FREE)).isEqualTo(last.plus(LoginThrottle.FIRST_DELAY));
		assertThat(delayAfter(LoginThrottle.ACCOUNT_FREE + 1))
			.isEqualTo(last.plus(LoginThrottle.FIRST_DELAY.multipliedBy(2)));
		assertThat(delayAfter(LoginThrottle.ACCOUNT_FREE + 2))
			.isEqualTo(last.plus(LoginThrottle.FIRST_DELAY.multipliedBy(4)));
	}

	@Test
	void theWaitStopsGrowingAtTheCeiling() {
		assertThat(delayAfter(LoginThrottle.ACCOUNT_FREE + 40))
			.isEqualTo(NOW.minusSeconds(1).plus(LoginThrottle.MAX_DELAY));
	}

	@Test
	void anAccountWithASecondStepWaitsOnlyAShortWhileWhateverAnAttackerDid() {
		Instant until = LoginThrottle
			.delayedUntil(failures(LoginThrottle.ACCOUNT_FREE + 40, Duration.ofSeconds(1)), LoginThrottle.ACCOUNT_FREE,
					LoginThrottle.cap(true), NOW)
			.orElseThrow();

		assertThat(Duration.between(NOW, until)).isLessThanOrEqualTo(LoginThrottle.SHORT_WAIT);
		assertThat(LoginThrottle.cap(false)).isEqualTo(LoginThrottle.MAX_DELAY);
	}

	@Test
	void waitingEndsTheDelayAndOldFailuresStopCounting() {
		List<Instant> old = failures(LoginThrottle.ACCOUNT_FREE + 3, LoginThrottle.MAX_DELAY.plusSeconds(1));
		assertThat(LoginThrottle.delayedUntil(old, LoginThrottle.ACCOUNT_FREE, LoginThrottle.MAX_DELAY, NOW)).isEmpty();
		List<Instant> outsideTheWindow = failures(50, LoginThrottle.WINDOW.plusSeconds(1));
		outsideTheWindow.add(NOW.minusSeconds(1));
		assertThat(
				LoginThrottle.delayedUntil(outsideTheWindow, LoginThrottle.ACCOUNT_FREE, LoginThrottle.MAX_DELAY, NOW))
			.isEmpty();
	}

	@Test
	void anAddressMayFailMoreOftenThanAnAccountBeforeWaiting() {
		List<Instant> office = failures(LoginThrottle.ADDRESS_FREE - 1, Duration.ofSeconds(1));
		assertThat(LoginThrottle.delayedUntil(office, LoginThrottle.ADDRESS_FREE, LoginThrottle.MAX_DELAY, NOW))
			.isEmpty();
		assertThat(LoginThrottle.delayedUntil(office, LoginThrottle.ACCOUNT_FREE, LoginThrottle.MAX_DELAY, NOW))
			.isPresent();
	}

	private static Instant delayAfter(int count) {
		return LoginThrottle
			.delayedUntil(failures(count, Duration.ofSeconds(1)), LoginThrottle.ACCOUNT_FREE, LoginThrottle.MAX_DELAY,
					NOW)
			.orElseThrow();
	}

	/** Failures one second apart, the last {@code ago} before now. */
	private static List<Instant> failures(int count, Duration ago) {
		List<Instant> failures = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			failures.add(NOW.minus(ago).minusSeconds(i));
		}
		return failures;
	}

}
