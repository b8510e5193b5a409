package com.londonbeijing.portal.editing;

import java.util.function.Supplier;

import com.londonbeijing.portal.database.DatabaseAvailability;
import com.londonbeijing.portal.database.DatabaseOutage;

/**
 * Something a form offers to choose from (areas, topics), read from the database each
 * time, and the last value read while the database cannot be reached: a save refused
 * during an outage can then show the form again with the editor's input and choices
 * instead of an error page. While {@link DatabaseAvailability} takes the database to be
 * down (a form offers several lists), the last value is offered without asking it.
 *
 * @param <T> the value
 */
public final class LastKnown<T> {

	private final DatabaseAvailability database;

	private final Supplier<T> reader;

	private volatile T last;

	/**
	 * Remembers what the reader last read.
	 * @param database whether the database is taken to be down
	 * @param reader reads the value from the database
	 * @param unknown offered during an outage if it was never read
	 */
	public LastKnown(DatabaseAvailability database, Supplier<T> reader, T unknown) {
		this.database = database;
		this.reader = reader;
		this.last = unknown;
	}

	public T get() {
		if (this.database.assumedDown()) {
			return this.last;
		}
		try {
			T value = this.reader.get();
			this.last = value;
			this.database.reachable();
			return value;
		}
		catch (RuntimeException ex) {
			if (!DatabaseOutage.isOutage(ex)) {
				throw ex;
			}
			this.database.unreachable();
			return this.last;
		}
	}

}
