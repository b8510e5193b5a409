package com.londonbeijing.portal.discovery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What the feeds and the sitemap list: published content only, read with plain SQL (a few
 * columns per item, no entities), each list in one statement.
 */
@Repository
class PublishedContent {

	private static final String MEETINGS = """
			SELECT 'MEETING' AS kind, m.id, m.slug, m.title, m.summary, m.published_at, m.updated_at
			FROM meeting m WHERE m.status = 'PUBLISHED'
			""";

	private static final String CASE_STUDIES = """
			SELECT 'CASE_STUDY' AS kind, c.id, c.slug, c.title, c.summary, c.published_at, c.updated_at
			FROM case_study c WHERE c.status = 'PUBLISHED'
			""";

	private static final String NEWEST_FIRST = " ORDER BY published_at DESC, updated_at DESC, kind, id DESC LIMIT :limit";

	/**
	 * Wraps a feed's items (already limited, so the history is read for those only) with
	 * the newest change note that editors marked for visitors, as the pages show it.
	 */
	private static final String WITH_LATEST_UPDATE_BEFORE = """
			SELECT items.*, COALESCE(mu.change_note, cu.change_note) AS update_note,
			       COALESCE(mu.revtstmp, cu.revtstmp) AS update_at
			FROM (""";

	private static final String WITH_LATEST_UPDATE_AFTER = """
			) items
			LEFT JOIN LATERAL (SELECT r.change_note, r.revtstmp FROM meeting_aud a JOIN revinfo r ON r.rev = a.rev
			                   WHERE items.kind = 'MEETING' AND a.id = items.id AND r.public_note
			                     AND a.status = 'PUBLISHED' ORDER BY a.rev DESC LIMIT 1) mu ON true
			LEFT JOIN LATERAL (SELECT r.change_note, r.revtstmp FROM case_study_aud a JOIN revinfo r ON r.rev = a.rev
			                   WHERE items.kind = 'CASE_STUDY' AND a.id = items.id AND r.public_note
			                     AND a.status = 'PUBLISHED' ORDER BY a.rev DESC LIMIT 1) cu ON true
			ORDER BY published_at DESC, updated_at DESC, kind, id DESC
			""";

	private final NamedParameterJdbcTemplate jdbc;

	PublishedContent(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The newest published meetings and case studies, newest first. */
	List<Item> newest(int limit) {
		return this.jdbc.query(
				withLatestUpdate(
						"SELECT * FROM (" + MEETINGS + " UNION ALL " + CASE_STUDIES + ") items" + NEWEST_FIRST),
				new MapSqlParameterSource("limit", limit), PublishedContent::item);
	}

	/** The newest published meetings and case studies in an area, newest first. */
	List<Item> inArea(long areaId, int limit) {
		return this.jdbc.query(withLatestUpdate("SELECT * FROM (" + MEETINGS
				+ " AND m.id IN (SELECT meeting_id FROM meeting_area WHERE area_id = :area) UNION ALL " + CASE_STUDIES
				+ " AND c.id IN (SELECT case_study_id FROM case_study_area WHERE area_id = :area)) items"
				+ NEWEST_FIRST), new MapSqlParameterSource("limit", limit).addValue("area", areaId),
				PublishedContent::item);
	}

	/** The newest published meetings on a topic, newest first. */
	List<Item> onTopic(long topicId, int limit) {
		return this.jdbc.query(withLatestUpdate("SELECT * FROM (" + MEETINGS
				+ " AND m.id IN (SELECT meeting_id FROM meeting_topic WHERE topic_id = :topic)) items" + NEWEST_FIRST),
				new MapSqlParameterSource("limit", limit).addValue("topic", topicId), PublishedContent::item);
	}

	/** A published area, by slug. */
	Optional<Named> area(String slug) {
		return this.jdbc.query(
				"SELECT id, slug, name, updated_at FROM cooperation_area WHERE slug = :slug AND status = 'PUBLISHED'",
				new MapSqlParameterSource("slug", slug), PublishedContent::named)
			.stream()
			.findFirst();
	}

	/**
	 * A topic, by slug, if a published meeting is on it. Topics have no status of their
	 * own: one that only drafts or deleted meetings use must stay as unknown as they are.
	 */
	Optional<Named> topic(String slug) {
		return this.jdbc
			.query("""
					SELECT t.id, t.slug, t.name, NULL AS updated_at FROM topic t
					WHERE t.slug = :slug
					  AND EXISTS (SELECT 1 FROM meeting_topic mt JOIN meeting m ON m.id = mt.meeting_id
					              WHERE mt.topic_id = t.id AND m.status = 'PUBLISHED')""",
					new MapSqlParameterSource("slug", slug), PublishedContent::named)
			.stream()
			.findFirst();
	}

	/**
	 * Every published page with an address of its own (areas, case studies, meetings), in
	 * the order of the site's lists.
	 */
	List<Page> detailPages() {
		return this.jdbc.query("""
				SELECT '/areas/' || slug AS path, updated_at FROM cooperation_area WHERE status = 'PUBLISHED'
				UNION ALL
				SELECT '/case-studies/' || slug, updated_at FROM case_study WHERE status = 'PUBLISHED'
				UNION ALL
				SELECT '/meetings/' || slug, updated_at FROM meeting WHERE status = 'PUBLISHED'
				""", (rs, row) -> new Page(rs.getString("path"), instant(rs, "updated_at")));
	}

	/**
	 * When each section last changed: the newest published change among its items, or
	 * {@code null} if it has none.
	 */
	LastChanges lastChanges() {
		return this.jdbc.queryForObject("""
				SELECT (SELECT max(updated_at) FROM cooperation_area WHERE status = 'PUBLISHED') AS areas,
				       (SELECT max(updated_at) FROM case_study WHERE status = 'PUBLISHED') AS case_studies,
				       (SELECT max(updated_at) FROM meeting WHERE status = 'PUBLISHED') AS meetings,
				       (SELECT max(updated_at) FROM trade_figure WHERE status = 'PUBLISHED') AS trade,
				       (SELECT max(updated_at) FROM site_text) AS texts
				""", new MapSqlParameterSource(), (rs, row) -> new LastChanges(instant(rs, "areas"),
				instant(rs, "case_studies"), instant(rs, "meetings"), instant(rs, "trade"), instant(rs, "texts")));
	}

	private static String withLatestUpdate(String items) {
		return WITH_LATEST_UPDATE_BEFORE + items + WITH_LATEST_UPDATE_AFTER;
	}

	private static Item item(ResultSet rs, int row) throws SQLException {
		long updateAt = rs.getLong("update_at");
		Update update = rs.wasNull() ? null : new Update(rs.getString("update_note"), Instant.ofEpochMilli(updateAt));
		return new Item(Kind.valueOf(rs.getString("kind")), rs.getString("slug"), rs.getString("title"),
				rs.getString("summary"), instant(rs, "published_at"), instant(rs, "updated_at"), update);
	}

	private static Named named(ResultSet rs, int row) throws SQLException {
		return new Named(rs.getLong("id"), rs.getString("slug"), rs.getString("name"), instant(rs, "updated_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	/** The kinds of item a feed lists, with the path of their pages. */
	enum Kind {

		MEETING("/meetings/"), CASE_STUDY("/case-studies/");

		private final String pathPrefix;

		Kind(String pathPrefix) {
			this.pathPrefix = pathPrefix;
		}

		String path(String slug) {
			return this.pathPrefix + slug;
		}

	}

	/**
	 * A meeting or case study in a feed.
	 *
	 * @param update the newest change note shown to visitors, or {@code null}
	 */
	record Item(Kind kind, String slug, String title, String summary, Instant publishedAt, Instant updatedAt,
			Update update) {

		String path() {
			return this.kind.path(this.slug);
		}

	}

	/** A change note that editors marked for visitors, and when the change was saved. */
	record Update(String note, Instant at) {

	}

	/** An area or topic that has a feed. */
	record Named(long id, String slug, String name, Instant updatedAt) {

	}

	/** A page in the sitemap. */
	record Page(String path, Instant updatedAt) {

	}

	/** When each section's content last changed ({@code null}: nothing published). */
	record LastChanges(Instant areas, Instant caseStudies, Instant meetings, Instant trade, Instant texts) {

	}

}
