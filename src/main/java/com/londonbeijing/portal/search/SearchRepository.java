package com.londonbeijing.portal.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The search's SQL: PostgreSQL full-text search over the generated {@code search} columns
 * (migration {@code V10__site_search.sql}), trigram similarity of titles and names for
 * misspellings, and substring matching for queries full-text search cannot split into
 * words. Only published content is searched. The query reaches the database only as bind
 * parameters.
 * <p>
 * An item matches if its own text matches the whole query, or one of its child rows does
 * (a statement, participant or topic of a meeting; an outcome or metric of a case study;
 * a benefit of an area): the words of one query are not combined across several rows. Its
 * rank adds the best child's rank to its own, so a match in a title (weight A) outranks
 * one in a summary (B), which outranks one in a body or statement (C).
 */
@Repository
class SearchRepository {

	/**
	 * The parsed query, passed back as text (tsquery's text form parses back to itself).
	 */
	private static final String TSQ = "CAST(:tsq AS tsquery)";

	/** Matches everywhere in the text, for the highlighted extracts. */
	private static final String HEADLINE_OPTIONS = "StartSel=" + Snippet.START + ", StopSel=" + Snippet.STOP
			+ ", MaxWords=35, MinWords=15, ShortWord=3, MaxFragments=2, FragmentDelimiter=" + Snippet.FRAGMENT;

	private static final String HITS = """
			SELECT 'AREA' AS kind, a.id, a.slug, a.name AS title, a.updated_at, CAST(NULL AS date) AS meeting_date,
			       ts_rank(a.search, {tsq}) + coalesce(children.rank, 0)
			       + CASE WHEN :q <% a.name THEN word_similarity(:q, a.name) ELSE 0 END
			       + CASE WHEN :substrings AND a.name ILIKE :pattern THEN 0.5 ELSE 0 END AS rank
			FROM cooperation_area a
			LEFT JOIN (SELECT area_id, max(ts_rank(search, {tsq})) AS rank FROM area_benefit
			           WHERE search @@ {tsq} OR (:substrings AND text ILIKE :pattern)
			           GROUP BY area_id) children ON children.area_id = a.id
			WHERE a.status = 'PUBLISHED'
			  AND (a.search @@ {tsq} OR :q <% a.name OR children.area_id IS NOT NULL
			       OR (:substrings AND (a.name ILIKE :pattern OR a.summary ILIKE :pattern OR a.body ILIKE :pattern)))
			UNION ALL
			SELECT 'CASE_STUDY', c.id, c.slug, c.title, c.updated_at, NULL,
			       ts_rank(c.search, {tsq}) + coalesce(children.rank, 0)
			       + CASE WHEN :q <% c.title THEN word_similarity(:q, c.title) ELSE 0 END
			       + CASE WHEN :substrings AND c.title ILIKE :pattern THEN 0.5 ELSE 0 END
			FROM case_study c
			LEFT JOIN (SELECT case_study_id, max(rank) AS rank FROM (
			               SELECT case_study_id, ts_rank(search, {tsq}) AS rank FROM case_study_outcome
			               WHERE search @@ {tsq} OR (:substrings AND text ILIKE :pattern)
			               UNION ALL
			               SELECT case_study_id, ts_rank(search, {tsq}) FROM case_study_metric
			               WHERE search @@ {tsq} OR (:substrings AND (project_name ILIKE :pattern
			                     OR sector ILIKE :pattern OR outcome ILIKE :pattern))) matched
			           GROUP BY case_study_id) children ON children.case_study_id = c.id
			WHERE c.status = 'PUBLISHED'
			  AND (c.search @@ {tsq} OR :q <% c.title OR children.case_study_id IS NOT NULL
			       OR (:substrings AND (c.title ILIKE :pattern OR c.summary ILIKE :pattern OR c.body ILIKE :pattern
			           OR c.partners ILIKE :pattern)))
			UNION ALL
			SELECT 'MEETING', m.id, m.slug, m.title, m.updated_at, m.meeting_date,
			       ts_rank(m.search, {tsq}) + coalesce(children.rank, 0)
			       + CASE WHEN :q <% m.title THEN word_similarity(:q, m.title) ELSE 0 END
			       + CASE WHEN :substrings AND m.title ILIKE :pattern THEN 0.5 ELSE 0 END
			FROM meeting m
			LEFT JOIN (SELECT meeting_id, max(rank) AS rank FROM (
			               SELECT meeting_id, ts_rank(search, {tsq}) AS rank FROM meeting_statement
			               WHERE search @@ {tsq} OR (:substrings AND text ILIKE :pattern)
			               UNION ALL
			               SELECT meeting_id, ts_rank(search, {tsq})
			                      + CASE WHEN :q <% name THEN word_similarity(:q, name) / 2 ELSE 0 END
			               FROM meeting_participant
			               WHERE search @@ {tsq} OR :q <% name
			                  OR (:substrings AND (name ILIKE :pattern OR office ILIKE :pattern))
			               UNION ALL
			               SELECT mt.meeting_id, ts_rank(t.search, {tsq})
			                      + CASE WHEN :q <% t.name THEN word_similarity(:q, t.name) / 2 ELSE 0 END
			               FROM meeting_topic mt JOIN topic t ON t.id = mt.topic_id
			               WHERE t.search @@ {tsq} OR :q <% t.name OR (:substrings AND t.name ILIKE :pattern)) matched
			           GROUP BY meeting_id) children ON children.meeting_id = m.id
			WHERE m.status = 'PUBLISHED'
			  AND (m.search @@ {tsq} OR :q <% m.title OR children.meeting_id IS NOT NULL
			       OR (:substrings AND (m.title ILIKE :pattern OR m.summary ILIKE :pattern OR m.body ILIKE :pattern
			           OR m.venue ILIKE :pattern OR m.city ILIKE :pattern)))
			UNION ALL
			SELECT 'TOPIC', t.id, t.slug, t.name, NULL, NULL,
			       ts_rank(t.search, {tsq}) + CASE WHEN :q <% t.name THEN word_similarity(:q, t.name) ELSE 0 END
			       + CASE WHEN :substrings AND t.name ILIKE :pattern THEN 0.5 ELSE 0 END
			FROM topic t
			WHERE (t.search @@ {tsq} OR :q <% t.name OR (:substrings AND t.name ILIKE :pattern))
			  AND EXISTS (SELECT 1 FROM meeting_topic mt JOIN meeting m ON m.id = mt.meeting_id
			              WHERE mt.topic_id = t.id AND m.status = 'PUBLISHED')
			""";

	/**
	 * Markdown's markup, left out of extracts: link targets, then emphasis, headings,
	 * quotes.
	 */
	private static final String PLAIN = "regexp_replace(regexp_replace(%s, '\\]\\([^)]*\\)', ' ', 'g'), '[#*_`>|~\\[\\]]+', ' ', 'g')";

	/** The text an extract is taken from, read only for the page's rows. */
	private static final String DOCUMENT = """
			CASE page.kind
			  WHEN 'AREA' THEN (SELECT concat_ws(' ', a.summary, {areaBody},
			          (SELECT string_agg(b.text, ' ' ORDER BY b.position) FROM area_benefit b WHERE b.area_id = a.id))
			      FROM cooperation_area a WHERE a.id = page.id)
			  WHEN 'CASE_STUDY' THEN (SELECT concat_ws(' ', c.summary, {caseStudyBody}, c.partners,
			          (SELECT string_agg(o.text, ' ' ORDER BY o.position) FROM case_study_outcome o WHERE o.case_study_id = c.id),
			          (SELECT string_agg(x.project_name || ' ' || x.sector || ' ' || x.outcome, ' ' ORDER BY x.position)
			           FROM case_study_metric x WHERE x.case_study_id = c.id))
			      FROM case_study c WHERE c.id = page.id)
			  WHEN 'MEETING' THEN (SELECT concat_ws(' ', m.summary, {meetingBody},
			          (SELECT string_agg(p.name || ', ' || p.office, '; ' ORDER BY p.position) FROM meeting_participant p WHERE p.meeting_id = m.id),
			          (SELECT string_agg(s.text, ' ' ORDER BY s.position) FROM meeting_statement s WHERE s.meeting_id = m.id))
			      FROM meeting m WHERE m.id = page.id)
			END
			"""
		.replace("{areaBody}", PLAIN.formatted("a.body"))
		.replace("{caseStudyBody}", PLAIN.formatted("c.body"))
		.replace("{meetingBody}", PLAIN.formatted("m.body"));

	private static final String ORDER = "rank DESC, updated_at DESC NULLS LAST, kind, id";

	private static final String PAGE = """
			WITH hits AS ({hits})
			SELECT kind, slug, title, updated_at, meeting_date, total, doc,
			       ts_headline('english', doc, {tsq}, :options) AS headline
			FROM (SELECT page.*, translate({document}, :markers, '') AS doc
			      FROM (SELECT hits.*, count(*) OVER () AS total FROM hits ORDER BY {order} LIMIT :limit OFFSET :offset) page
			     ) found
			ORDER BY {order}
			"""
		.replace("{hits}", HITS)
		.replace("{document}", DOCUMENT)
		.replace("{order}", ORDER)
		.replace("{tsq}", TSQ);

	private final NamedParameterJdbcTemplate jdbc;

	SearchRepository(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Parses a query as {@code websearch_to_tsquery} does (it never fails, whatever the
	 * input: unbalanced quotes and operators are read as words or ignored).
	 * @param query the query
	 * @return the parsed query's text form, empty if it has no searchable words (only
	 * stop words such as "the", or only punctuation)
	 */
	String parse(SearchQuery query) {
		String tsquery = this.jdbc.queryForObject("SELECT CAST(websearch_to_tsquery('english', :q) AS text)",
				new MapSqlParameterSource("q", query.text()), String.class);
		return (tsquery != null) ? tsquery : "";
	}

	/**
	 * One page of what matches, best first.
	 * @param query the query
	 * @param tsquery its parsed form, from {@link #parse}
	 * @param limit how many rows
	 * @param offset how many to skip
	 * @return the rows, each with the total number of matches
	 */
	List<Row> find(SearchQuery query, String tsquery, int limit, int offset) {
		MapSqlParameterSource parameters = new MapSqlParameterSource().addValue("q", query.text())
			.addValue("tsq", tsquery)
			.addValue("substrings", query.matchesSubstrings())
			.addValue("pattern", query.likePattern())
			.addValue("options", HEADLINE_OPTIONS)
			.addValue("markers", String.valueOf(Snippet.START) + Snippet.STOP + Snippet.FRAGMENT)
			.addValue("limit", limit)
			.addValue("offset", offset);
		return this.jdbc.query(PAGE, parameters, SearchRepository::row);
	}

	private static Row row(ResultSet rs, int rowNumber) throws SQLException {
		Timestamp updated = rs.getTimestamp("updated_at");
		java.sql.Date date = rs.getDate("meeting_date");
		return new Row(SearchKind.valueOf(rs.getString("kind")), rs.getString("slug"), rs.getString("title"),
				(updated != null) ? updated.toInstant() : null, (date != null) ? date.toLocalDate() : null,
				rs.getLong("total"), rs.getString("doc"), rs.getString("headline"));
	}

	/**
	 * One row found.
	 *
	 * @param kind what it is
	 * @param slug its slug
	 * @param title its title or name
	 * @param updatedAt when it last changed ({@code null} for topics)
	 * @param date a meeting's day ({@code null} otherwise)
	 * @param total how many rows match in all
	 * @param document the plain text extracts are taken from ({@code null} for topics)
	 * @param headline {@code ts_headline}'s extract, with markers around matches
	 */
	record Row(SearchKind kind, String slug, String title, java.time.Instant updatedAt, java.time.LocalDate date,
			long total, String document, String headline) {

	}

}
