package com.londonbeijing.portal.admin;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the admin dashboard shows: how much content of each kind is published or in draft,
 * the drafts waiting, and the latest changes by anyone. Read straight from the content
 * and Envers audit tables in three queries, whatever the number of kinds.
 */
@Service
@Transactional(readOnly = true)
public class Dashboard {

	/** How many drafts and changes the dashboard lists. */
	static final int LIMIT = 10;

	/** How many submissions the review queue lists. */
	static final int QUEUE_LIMIT = 50;

	private static final String COUNTS = """
			SELECT 'areas' AS kind, count(*) FILTER (WHERE status = 'PUBLISHED') AS published,
			       count(*) FILTER (WHERE status = 'DRAFT') AS drafts FROM cooperation_area
			UNION ALL SELECT 'trade', count(*) FILTER (WHERE status = 'PUBLISHED'),
			       count(*) FILTER (WHERE status = 'DRAFT') FROM trade_figure
			UNION ALL SELECT 'case-studies', count(*) FILTER (WHERE status = 'PUBLISHED'),
			       count(*) FILTER (WHERE status = 'DRAFT') FROM case_study
			UNION ALL SELECT 'meetings', count(*) FILTER (WHERE status = 'PUBLISHED'),
			       count(*) FILTER (WHERE status = 'DRAFT') FROM meeting
			""";

	private static final String DRAFTS = """
			SELECT kind, id, label, updated_at FROM (
			  SELECT 'areas' AS kind, id, name AS label, updated_at FROM cooperation_area WHERE status = 'DRAFT'
			  UNION ALL SELECT 'trade', id, year::text, updated_at FROM trade_figure WHERE status = 'DRAFT'
			  UNION ALL SELECT 'case-studies', id, title, updated_at FROM case_study WHERE status = 'DRAFT'
			  UNION ALL SELECT 'meetings', id, title, updated_at FROM meeting WHERE status = 'DRAFT'
			) drafts ORDER BY updated_at DESC, kind, id LIMIT :limit
			""";

	private static final String SCHEDULED = """
			SELECT kind, id, label, action, due_at FROM (
			  SELECT 'areas' AS kind, a.id, a.name AS label, s.action, s.due_at FROM scheduled_change s
			    JOIN cooperation_area a ON s.kind = 'areas' AND a.id = s.item_id
			  UNION ALL SELECT 'trade', t.id, t.year::text, s.action, s.due_at FROM scheduled_change s
			    JOIN trade_figure t ON s.kind = 'trade' AND t.id = s.item_id
			  UNION ALL SELECT 'case-studies', c.id, c.title, s.action, s.due_at FROM scheduled_change s
			    JOIN case_study c ON s.kind = 'case-studies' AND c.id = s.item_id
			  UNION ALL SELECT 'meetings', m.id, m.title, s.action, s.due_at FROM scheduled_change s
			    JOIN meeting m ON s.kind = 'meetings' AND m.id = s.item_id
			) scheduled ORDER BY due_at, kind, id LIMIT :limit
			""";

	// A deleted item's audit row holds no values, so its label comes from its last row
	// that had one.
	private static final String CHANGES = """
			SELECT c.kind, c.item, c.revtype, c.label, r.revtstmp, r.username, r.change_note FROM (
			  SELECT 'areas' AS kind, a.id::text AS item, a.rev, a.revtype, coalesce(a.name,
			         (SELECT x.name FROM cooperation_area_aud x WHERE x.id = a.id AND x.name IS NOT NULL
			          ORDER BY x.rev DESC LIMIT 1)) AS label
			  FROM cooperation_area_aud a
			  UNION ALL SELECT 'trade', t.id::text, t.rev, t.revtype, coalesce(t.year,
			         (SELECT x.year FROM trade_figure_aud x WHERE x.id = t.id AND x.year IS NOT NULL
			          ORDER BY x.rev DESC LIMIT 1))::text
			  FROM trade_figure_aud t
			  UNION ALL SELECT 'case-studies', c.id::text, c.rev, c.revtype, coalesce(c.title,
			         (SELECT x.title FROM case_study_aud x WHERE x.id = c.id AND x.title IS NOT NULL
			          ORDER BY x.rev DESC LIMIT 1))
			  FROM case_study_aud c
			  UNION ALL SELECT 'meetings', m.id::text, m.rev, m.revtype, coalesce(m.title,
			         (SELECT x.title FROM meeting_aud x WHERE x.id = m.id AND x.title IS NOT NULL
			          ORDER BY x.rev DESC LIMIT 1))
			  FROM meeting_aud m
			  UNION ALL SELECT 'texts', s.text_key, s.rev, s.revtype, coalesce(s.title, s.text_key)
			  FROM site_text_aud s
			) c JOIN revinfo r ON r.rev = c.rev
			ORDER BY c.rev DESC, c.kind, c.item LIMIT :limit
			""";

	// Drafts of published items (editing/ContentDraft): those submitted for review,
	// oldest
	// first, and the others, latest first.
	private static final String REVIEW_QUEUE = """
			SELECT kind, item_key, label, submitted_by, submitted_at, submit_note FROM content_draft
			WHERE submitted_at IS NOT NULL ORDER BY submitted_at, id LIMIT :limit
			""";

	private static final String PENDING = """
			SELECT kind, item_key, label, updated_by, updated_at, returned_at IS NOT NULL AS returned
			FROM content_draft WHERE submitted_at IS NULL ORDER BY updated_at DESC, id LIMIT :limit
			""";

	private final JdbcClient jdbc;

	Dashboard(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Published and draft items of each kind. */
	public List<KindCount> counts() {
		return this.jdbc.sql(COUNTS).query(KindCount.class).list();
	}

	/** The drafts changed most recently. */
	public List<Draft> drafts() {
		return this.jdbc.sql(DRAFTS)
			.param("limit", LIMIT)
			.query((row, number) -> new Draft(row.getString("kind"), row.getLong("id"), row.getString("label"),
					row.getTimestamp("updated_at").toInstant()))
			.list();
	}

	/** The drafts submitted for review, oldest first. */
	public List<Submission> reviewQueue() {
		return this.jdbc.sql(REVIEW_QUEUE)
			.param("limit", QUEUE_LIMIT)
			.query((row, number) -> new Submission(row.getString("kind"), row.getString("item_key"),
					row.getString("label"), row.getString("submitted_by"), row.getTimestamp("submitted_at").toInstant(),
					row.getString("submit_note")))
			.list();
	}

	/**
	 * Published items with unpublished changes not submitted for review, latest first.
	 */
	public List<PendingDraft> pendingDrafts() {
		return this.jdbc.sql(PENDING)
			.param("limit", LIMIT)
			.query((row, number) -> new PendingDraft(row.getString("kind"), row.getString("item_key"),
					row.getString("label"), row.getString("updated_by"), row.getTimestamp("updated_at").toInstant(),
					row.getBoolean("returned")))
			.list();
	}

	/** The latest changes to any content, newest first. */
	public List<Change> recentChanges() {
		return this.jdbc.sql(CHANGES)
			.param("limit", LIMIT)
			.query((row, number) -> new Change(row.getString("kind"), row.getString("item"),
					Change.Kind.values()[row.getInt("revtype")], row.getString("label"),
					Instant.ofEpochMilli(row.getLong("revtstmp")), row.getString("username"),
					row.getString("change_note")))
			.list();
	}

	/** The next scheduled publications and unpublications, soonest first. */
	public List<Scheduled> scheduled() {
		return this.jdbc.sql(SCHEDULED)
			.param("limit", LIMIT)
			.query((row, number) -> new Scheduled(row.getString("kind"), row.getLong("id"), row.getString("label"),
					row.getString("action"), row.getTimestamp("due_at").toInstant()))
			.list();
	}

	/**
	 * An item scheduled to be published or unpublished.
	 *
	 * @param kind its kind's admin path segment
	 * @param id its id
	 * @param label its name, title or year
	 * @param action {@code PUBLISH} or {@code UNPUBLISH}
	 * @param dueAt when
	 */
	public record Scheduled(String kind, long id, String label, String action, Instant dueAt) {

	}

	/**
	 * How many items of one kind are published and in draft.
	 *
	 * @param kind the kind's admin path segment ({@code areas}, {@code trade}…)
	 * @param published the number published
	 * @param drafts the number in draft
	 */
	public record KindCount(String kind, long published, long drafts) {

	}

	/**
	 * A draft item.
	 *
	 * @param kind its kind's admin path segment
	 * @param id its id
	 * @param label its name, title or year
	 * @param updatedAt when it was last saved
	 */
	public record Draft(String kind, long id, String label, Instant updatedAt) {

	}

	/**
	 * A draft waiting for review.
	 *
	 * @param kind its kind's admin path segment
	 * @param item the item's id, or a site text's key
	 * @param label its name, title or year as the draft has it
	 * @param submittedBy who submitted it
	 * @param submittedAt when
	 * @param note the author's note for the reviewer, or {@code null}
	 */
	public record Submission(String kind, String item, String label, String submittedBy, Instant submittedAt,
			String note) {

	}

	/**
	 * A published item with unpublished changes.
	 *
	 * @param kind its kind's admin path segment
	 * @param item the item's id, or a site text's key
	 * @param label its name, title or year as the draft has it
	 * @param updatedBy who last saved the draft
	 * @param updatedAt when
	 * @param returned whether a reviewer sent it back
	 */
	public record PendingDraft(String kind, String item, String label, String updatedBy, Instant updatedAt,
			boolean returned) {

	}

	/**
	 * One change to one item.
	 *
	 * @param kind the item's kind (admin path segment)
	 * @param item the item's id, or a site text's key
	 * @param type what happened
	 * @param label the item's name, title or year
	 * @param at when
	 * @param username who, or {@code null} if unknown
	 * @param changeNote the editor's note, or {@code null}
	 */
	public record Change(String kind, String item, Kind type, String label, Instant at, String username,
			String changeNote) {

		/** Envers' revision types, in the order of their numbers. */
		public enum Kind {

			CREATED, CHANGED, DELETED

		}

		/** Whether the item still exists, so its page can be linked. */
		public boolean isDeleted() {
			return this.type == Kind.DELETED;
		}

	}

}
