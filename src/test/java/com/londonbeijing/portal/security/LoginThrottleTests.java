package com.londonbeijing.portal.security;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTests {

	private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

	@Test
	void fourFailuresDoNotLock() {
		assertThat(LoginThrottle.lockedUntil(minutesAgo(4, 3, 2, 1), NOW)).isEmpty();
	}

	@Test
	void fifthFailureWithinFifteenMinutesLocksForFifteenMinutesAfterIt() {
		assertThat(LoginThrottle.lockedUntil(minutesAgo(14, 10, 5, 2, 1), NOW))
			.contains(NOW.minus(Duration.ofMinutes(1)).plus(Duration.ofMinutes(15)));
	}

	@Test
	void lockEndsFifteenMinutesAfterTheFailureThatCausedIt() {
		List<Instant> failures = minutesAgo(20, 19, 18, 17, 16);

		assertThat(LoginThrottle.lockedUntil(failures, NOW.minusSeconds(61))).isPresent();
		assertThat(LoginThrottle.lockedUntil(failures, NOW.minusSeconds(60))).isEmpty();
	}

	@Test
	void failuresSpreadOverMoreThanFifteenMinutesDoNotLock() {
		assertThat(LoginThrottle.lockedUntil(minutesAgo(20, 15, 10, 5, 0), NOW)).isEmpty();
	}

	@Test
	void exactlyFifteenMinutesBetweenFirstAndFifthStillCounts() {
		assertThat(LoginThrottle.lockedUntil(minutesAgo(15, 12, 8, 4, 0), NOW)).isPresent();
	}

	@Test
	void orderOfTheFailuresDoesNotMatter() {
		List<Instant> shuffled = new ArrayList<>(minutesAgo(1, 14, 2, 10, 5));

		assertThat(LoginThrottle.lockedUntil(shuffled, NOW)).contains(NOW.plus(Duration.ofMinutes(14)));
	}

	@Test
	void theLatestLockCounts() {
		// Locked 29 minutes ago (over by now), then again a minute ago.
		assertThat(LoginThrottle.lockedUntil(minutesAgo(30, 30, 29, 29, 29, 5, 4, 3, 2, 1), NOW))
			.contains(NOW.plus(Duration.ofMinutes(14)));
	}

	private static List<Instant> minutesAgo(int... minutes) {
		List<Instant> times = new ArrayList<>();
		for (int minute : minutes) {
			times.add(NOW.minus(Duration.ofMinutes(minute)));
		}
		return times;
	}

}
