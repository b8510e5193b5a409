package com.londonbeijing.portal.editing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The scheduled publications and unpublications, in table {@code scheduled_change} (V55):
 * one per item and action. Read by the admin pages; taken by {@link ScheduledPublishing}
 * when due.
 */
@Repository
public class PublishingSchedule {

	private final JdbcClient jdbc;

	PublishingSchedule(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Sets (or moves) an item's scheduled change. */
	void schedule(ScheduledChange change) {
		this.jdbc.sql("""
				INSERT INTO scheduled_change (kind, item_id, action, due_at, scheduled_by) VALUES (?, ?, ?, ?, ?)
				ON CONFLICT (kind, item_id, action)
				DO UPDATE SET due_at = EXCLUDED.due_at, scheduled_by = EXCLUDED.scheduled_by, scheduled_at = now()
				""")
			.params(change.kind(), change.itemId(), change.action().name(), Timestamp.from(change.dueAt()),
					change.scheduledBy())
			.update();
	}

	/**
	 * Cancels an item's scheduled change.
	 * @return whether there was one
	 */
	boolean cancel(String kind, long itemId, ScheduledChange.Action action) {
		return this.jdbc.sql("DELETE FROM scheduled_change WHERE kind = ? AND item_id = ? AND action = ?")
			.params(kind, itemId, action.name())
			.update() > 0;
	}

	/** Cancels every scheduled change of an item (it is being deleted). */
	void cancelAll(String kind, long itemId) {
		this.jdbc.sql("DELETE FROM scheduled_change WHERE kind = ? AND item_id = ?").params(kind, itemId).update();
	}

	/** An item's scheduled change, if any (an item has at most one that can happen). */
	public Optional<ScheduledChange> of(String kind, long itemId) {
		return this.jdbc.sql("SELECT * FROM scheduled_change WHERE kind = ? AND item_id = ? ORDER BY due_at LIMIT 1")
			.params(kind, itemId)
			.query(PublishingSchedule::change)
			.optional();
	}

	/** The scheduled changes of some items of a kind, by item id, for a list page. */
	public Map<Long, ScheduledChange> of(String kind, Collection<Long> itemIds) {
		if (itemIds.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.sql("SELECT * FROM scheduled_change WHERE kind = :kind AND item_id IN (:ids) ORDER BY due_at")
			.param("kind", kind)
			.param("ids", itemIds)
			.query(PublishingSchedule::change)
			.list()
			.stream()
			.collect(Collectors.toMap(ScheduledChange::itemId, Function.identity(), (first, later) -> first));
	}

	/** The changes due now, oldest first, without locking them. */
	List<ScheduledChange> due(int limit) {
		return this.jdbc.sql("SELECT * FROM scheduled_change WHERE due_at <= now() ORDER BY due_at, id LIMIT ?")
			.param(limit)
			.query(PublishingSchedule::change)
			.list();
	}

	/**
	 * Takes a change that is still due, locking its row so that no other instance takes
	 * it too; call inside the transaction that applies it and {@link #done deletes} it.
	 * @return whether it was still there and due, and not taken by another instance
	 */
	boolean take(ScheduledChange change) {
		return this.jdbc.sql("""
				SELECT id FROM scheduled_change
				WHERE kind = ? AND item_id = ? AND action = ? AND due_at <= now()
				FOR UPDATE SKIP LOCKED
				""")
			.params(change.kind(), change.itemId(), change.action().name())
			.query(Long.class)
			.optional()
			.isPresent();
	}

	void done(ScheduledChange change) {
		cancel(change.kind(), change.itemId(), change.action());
	}

	private static ScheduledChange change(ResultSet row, int number) throws SQLException {
		Instant due = row.getTimestamp("due_at").toInstant();
		return new ScheduledChange(row.getString("kind"), row.getLong("item_id"),
				ScheduledChange.Action.valueOf(row.getString("action")), due, row.getString("scheduled_by"));
	}

}
