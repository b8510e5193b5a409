package com.londonbeijing.portal.history;

import java.util.function.Supplier;

/**
 * Carries an editor's change note to the revision that the current save creates. Envers
 * builds revisions inside the transaction on the same thread, so a thread-bound value is
 * enough; {@link #during} always clears it.
 */
public final class ChangeNote {

	private static final ThreadLocal<String> NOTE = new ThreadLocal<>();

	private ChangeNote() {
	}

	/**
	 * Runs a save with a change note attached to the revision it creates.
	 * @param note the note, may be {@code null} or blank
	 * @param save the work that saves
	 * @param <T> what the save returns
	 * @return what the save returned
	 */
	public static <T> T during(String note, Supplier<T> save) {
		NOTE.set((note != null && !note.isBlank()) ? note.strip() : null);
		try {
			return save.get();
		}
		finally {
			NOTE.remove();
		}
	}

	static String current() {
		return NOTE.get();
	}

}
