package com.londonbeijing.portal.editing;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.londonbeijing.portal.database.DatabaseOutage;

/**
 * Something a form offers to choose from (areas, topics), read from the database each
 * time, and the last value read while the database cannot be reached: a save refused
 * during an outage can then show the form again with the editor's input and choices
 * instead of an error page.
 *
 * @param <T> the value
 */
public final class LastKnown<T> {

	/**
	 * How long after a failed read the database is taken to be still down, by every
	 * instance of this class: a form offers several lists, and each read would otherwise
	 * wait for the pool's connection timeout in turn.
	 */
	static final long ASSUMED_DOWN_FOR_NANOS = 5_000_000_000L;

	/** {@link System#nanoTime()} of the last failed read, by any instance. */
	private static final AtomicLong lastFailure = new AtomicLong(System.nanoTime() - ASSUMED_DOWN_FOR_NANOS);

	private final Supplier<T> reader;

	private volatile T last;

	/**
	 * Remembers what the reader last read.
	 * @param reader reads the value from the database
	 * @param unknown offered during an outage if it was never read
	 */
	public LastKnown(Supplier<T> reader, T unknown) {
		this.reader = reader;
		this.last = unknown;
	}

	public T get() {
		if (System.nanoTime() - lastFailure.get() < ASSUMED_DOWN_FOR_NANOS) {
			return this.last;
		}
		try {
			T value = this.reader.get();
			this.last = value;
			return value;
		}
		catch (RuntimeException ex) {
			if (!DatabaseOutage.isOutage(ex)) {
				throw ex;
			}
			lastFailure.set(System.nanoTime());
			return this.last;
		}
	}

}
