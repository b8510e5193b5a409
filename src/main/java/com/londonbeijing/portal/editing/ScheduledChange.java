package com.londonbeijing.portal.editing;

import java.time.Instant;

/**
 * A publication or unpublication an editor set for a date and time.
 *
 * @param kind the item's kind, as {@link ContentEditor#kind()} names it (e.g.
 * {@code meetings})
 * @param itemId the item's id
 * @param action what happens
 * @param dueAt when, in UTC
 * @param scheduledBy who scheduled it
 */
public record ScheduledChange(String kind, long itemId, Action action, Instant dueAt, String scheduledBy) {

	/**
	 * The change note of the revision a scheduled change makes.
	 *
	 * @param text the note
	 * @param shownToVisitors whether visitors see it
	 */
	record Note(String text, boolean shownToVisitors) {

	}

	/** What a scheduled change does to the item. */
	public enum Action {

		/** Makes a draft public. */
		PUBLISH,

		/** Takes a published item back to draft. */
		UNPUBLISH

	}

}
