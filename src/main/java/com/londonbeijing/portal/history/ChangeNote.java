package com.londonbeijing.portal.history;

import java.util.function.Supplier;

/**
 * Carries an editor's change note to the revision that the current save creates. Envers
 * builds revisions inside the transaction on the same thread, so a thread-bound value is
 * enough; {@link #during} always clears it.
 */
public final class ChangeNote {

	private static final ThreadLocal<String> NOTE = new ThreadLocal<>();

	private static final ThreadLocal<Boolean> PUBLIC = new ThreadLocal<>();

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
		return during(note, false, save);
	}

	/**
	 * Runs a save with a change note attached to the revision it creates, which visitors
	 * may see on the public page.
	 * @param note the note, may be {@code null} or blank
	 * @param shownToVisitors whether the public page may show the note (ignored without a
	 * note)
	 * @param save the work that saves
	 * @param <T> what the save returns
	 * @return what the save returned
	 */
	public static <T> T during(String note, boolean shownToVisitors, Supplier<T> save) {
		String text = (note != null && !note.isBlank()) ? note.strip() : null;
		// A save nested in another's transaction (a scheduled publication of a draft)
		// gives the outer one its note back: the revision is written at the outer commit.
		String outerNote = NOTE.get();
		Boolean outerPublic = PUBLIC.get();
		NOTE.set(text);
		PUBLIC.set(text != null && shownToVisitors);
		try {
			return save.get();
		}
		finally {
			if (outerNote != null || outerPublic != null) {
				NOTE.set(outerNote);
				PUBLIC.set(outerPublic);
			}
			else {
				NOTE.remove();
				PUBLIC.remove();
			}
		}
	}

	static String current() {
		return NOTE.get();
	}

	static boolean currentIsPublic() {
		return Boolean.TRUE.equals(PUBLIC.get());
	}

}
