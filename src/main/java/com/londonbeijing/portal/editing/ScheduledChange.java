package com.londonbeijing.portal.editing;

import java.time.Instant;

/**
 * A publication or unpublication an editor set for a date and time.
 *
 * @param kind the item's kind (its entity's simple name, e.g. {@code Meeting})
 * @param itemId the item's id
 * @param action what happens
 * @param dueAt when, in UTC
 * @param scheduledBy who scheduled it
 */
public record ScheduledChange(String kind, long itemId, Action action, Instant dueAt, String scheduledBy) {

	/** What a scheduled change does to the item. */
	public enum Action {

		/** Makes a draft public. */
		PUBLISH,

		/** Takes a published item back to draft. */
		UNPUBLISH

	}

}
