package com.londonbeijing.portal.database;

import java.time.Duration;
import java.util.function.LongSupplier;

import org.springframework.stereotype.Component;

/**
 * Answers, for everyone in this application, whether the database is to be taken as down
 * at the moment: for {@link #ASSUMED_DOWN_FOR} after anyone met an outage
 * ({@link DatabaseOutage#isOutage}), unless the database has answered since. Whoever has
 * a fallback (the session's remembered copy, the last choices a form offered, skipping
 * the account check) asks it first, so that one request during an outage waits for the
 * pool's connection timeout once, not at every session read, account check and list of
 * choices in turn.
 * <p>
 * The one owner of that state: each application context has its own (two instances in one
 * JVM, as in tests, do not share it).
 */
@Component
public class DatabaseAvailability {

	/**
	 * How long after a failure the database is taken to be still down; about the time a
	 * caller would otherwise wait for the pool's connection timeout (3 s) once more.
	 */
	public static final Duration ASSUMED_DOWN_FOR = Duration.ofSeconds(5);

	private final LongSupplier nanoTime;

	/** {@link #nanoTime} of the last failure, valid while {@link #failing}. */
	private volatile long failedAt;

	private volatile boolean failing;

	public DatabaseAvailability() {
		this(System::nanoTime);
	}

	/**
	 * Takes the time from the given clock.
	 * @param nanoTime the clock, {@link System#nanoTime()} outside tests
	 */
	DatabaseAvailability(LongSupplier nanoTime) {
		this.nanoTime = nanoTime;
	}

	/**
	 * Whether a failure a moment ago says not to wait for the database now.
	 * @return {@code true} within {@link #ASSUMED_DOWN_FOR} of a failure, unless the
	 * database answered since
	 */
	public boolean assumedDown() {
		return this.failing && this.nanoTime.getAsLong() - this.failedAt < ASSUMED_DOWN_FOR.toNanos();
	}

	/**
	 * Records that the database could not be reached (an exception for which
	 * {@link DatabaseOutage#isOutage} holds).
	 */
	public void unreachable() {
		this.failedAt = this.nanoTime.getAsLong();
		this.failing = true;
	}

	/**
	 * Records that the database answered: callers use it again at once.
	 */
	public void reachable() {
		if (this.failing) {
			this.failing = false;
		}
	}

}
