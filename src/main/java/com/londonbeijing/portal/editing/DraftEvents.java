package com.londonbeijing.portal.editing;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What happened to an item's drafts (saved, submitted, sent back, published, discarded),
 * for its history page. A draft row keeps only its latest state and goes when it is
 * published; this keeps the trail.
 */
@Repository
public class DraftEvents {

	/** How many events an item's history page shows. */
	private static final int LIMIT = 50;

	private final JdbcClient jdbc;

	DraftEvents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(String kind, String itemKey, Type type, String username, String note) {
		this.jdbc.sql("INSERT INTO content_draft_event (kind, item_key, event, username, note) VALUES (?, ?, ?, ?, ?)")
			.params(kind, itemKey, type.name(), username, note)
			.update();
	}

	/** An item's draft events, newest first. */
	public List<Event> of(String kind, String itemKey) {
		return this.jdbc
			.sql("SELECT event, username, at, note FROM content_draft_event WHERE kind = ? AND item_key = ? "
					+ "ORDER BY at DESC, id DESC LIMIT ?")
			.params(kind, itemKey, LIMIT)
			.query((row, number) -> new Event(Type.valueOf(row.getString("event")), row.getString("username"),
					row.getTimestamp("at").toInstant(), row.getString("note")))
			.list();
	}

	/** What happened to a draft. */
	public enum Type {

		SAVED, SUBMITTED, RETURNED, PUBLISHED, DISCARDED

	}

	/**
	 * One thing that happened to a draft.
	 *
	 * @param type what
	 * @param username who
	 * @param at when
	 * @param note the change note, submission note or review comment, if any
	 */
	public record Event(Type type, String username, Instant at, String note) {

	}

}
