package com.londonbeijing.portal.database;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseAvailabilityTests {

	private final AtomicLong now = new AtomicLong(1_000_000_000L);

	private final DatabaseAvailability database = new DatabaseAvailability(this.now::get);

	@Test
	void theDatabaseIsTakenToBeUpUntilSomeoneFindsItUnreachable() {
		assertThat(this.database.assumedDown()).isFalse();

		this.database.unreachable();

		assertThat(this.database.assumedDown()).isTrue();
	}

	@Test
	void aFailureIsBelievedForFiveSecondsOnly() {
		this.database.unreachable();

		this.now.addAndGet(DatabaseAvailability.ASSUMED_DOWN_FOR.toNanos() - 1);
		assertThat(this.database.assumedDown()).isTrue();
		this.now.addAndGet(1);
		assertThat(this.database.assumedDown()).isFalse();
	}

	@Test
	void anAnswerFromTheDatabaseEndsTheOutageAtOnce() {
		this.database.unreachable();

		this.database.reachable();

		assertThat(this.database.assumedDown()).isFalse();
	}

	@Test
	void eachApplicationHasItsOwnAnswer() {
		DatabaseAvailability other = new DatabaseAvailability(this.now::get);

		this.database.unreachable();

		assertThat(other.assumedDown()).isFalse();
	}

}
