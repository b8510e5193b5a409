package com.londonbeijing.portal.history;

import java.time.Instant;
import java.util.List;

/**
 * One revision of a content item: who saved it, when, why, and which fields changed.
 *
 * @param number the revision number, unique across all content
 * @param at when it was saved
 * @param username who saved it
 * @param changeNote the editor's note, or {@code null}
 * @param publicNote whether the note may be shown on the public page
 * @param kind whether the item was created, changed or deleted
 * @param changes the fields that differ from the previous revision
 * @param corrections later corrections of the note's wording, oldest first
 */
public record RevisionEntry(int number, Instant at, String username, String changeNote, boolean publicNote, Kind kind,
		List<FieldChange> changes, List<NoteCorrection> corrections) {

	/** What a revision did to the item. */
	public enum Kind {

		CREATED, CHANGED, DELETED

	}

}
