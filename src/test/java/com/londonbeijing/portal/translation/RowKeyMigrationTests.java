package com.londonbeijing.portal.translation;

import java.util.List;

import com.londonbeijing.portal.test.PortalIntegrationTest;
import com.londonbeijing.portal.test.ScratchDatabase;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migration V15 moves the translations of list rows from the row's position to its
 * identity: on a database as it was before (seeded, plus translations editors saved by
 * position), every translation lands on the row it was made for, and translations of
 * positions no row has are dropped.
 */
@PortalIntegrationTest
class RowKeyMigrationTests {

	private static final String HASH = "encode(sha256(convert_to(%s, 'UTF8')), 'hex')";

	@Autowired
	HikariDataSource primary;

	@Test
	void translationsByPositionMoveToTheirRowsAndThoseOfMissingRowsGo() {
		try (ScratchDatabase database = new ScratchDatabase(this.primary, "portal_test_migration_")) {
			JdbcClient sql = database.migrateTo("12").jdbc();
			long meeting = sql.sql("SELECT id FROM meeting WHERE slug = '2024-10-18-wang-yi-david-lammy'")
				.query(Long.class)
				.single();
			long outcomes = sql.sql("SELECT id FROM case_study WHERE slug = 'london-shanghai-cooperation'")
				.query(Long.class)
				.single();
			long metrics = sql.sql("SELECT id FROM case_study WHERE slug = 'tech-partnerships'")
				.query(Long.class)
				.single();
			translate(sql, "meeting", meeting, "statement", 0, "发言零", "meeting_statement", "meeting_id", "text");
			translate(sql, "meeting", meeting, "statement", 2, "发言二", "meeting_statement", "meeting_id", "text");
			translate(sql, "meeting", meeting, "participantOffice", 1, "职务一", "meeting_participant", "meeting_id",
					"office");
			translate(sql, "case-study", outcomes, "outcome", 1, "成果一", "case_study_outcome", "case_study_id", "text");
			translate(sql, "case-study", metrics, "metricSector", 1, "领域一", "case_study_metric", "case_study_id",
					"sector");
			sql.sql("""
					INSERT INTO translation (kind, item_id, field, locale, text, source_hash)
					SELECT 'area', id, 'benefit7', 'zh-CN', '没有这一行', 'x' FROM cooperation_area
					WHERE slug = 'education-and-research'""").update();

			database.migrate();

			assertThat(
					sql.sql("""
							SELECT b.text || ' = ' || t.text FROM translation t
							JOIN area_benefit b ON t.kind = 'area' AND t.item_id = b.area_id AND t.field = 'benefit' || b.row_key
							ORDER BY b.position""")
						.query(String.class)
						.list())
				.as("the seed's benefits")
				.containsExactly("Access to a diverse academic ecosystem = 融入多元的学术生态",
						"Opportunities for joint research funding = 获得联合科研资助的机会",
						"Enhanced cultural understanding among students = 增进学生之间的文化理解");
			assertThat(moved(sql, "meeting", "statement", "meeting_statement", "meeting_id", "id", "text"))
				.containsExactly("0 发言零", "2 发言二");
			assertThat(moved(sql, "meeting", "participantOffice", "meeting_participant", "meeting_id", "id", "office"))
				.containsExactly("1 职务一");
			assertThat(moved(sql, "case-study", "outcome", "case_study_outcome", "case_study_id", "row_key", "text"))
				.containsExactly("1 成果一");
			assertThat(
					moved(sql, "case-study", "metricSector", "case_study_metric", "case_study_id", "row_key", "sector"))
				.containsExactly("1 领域一");
			assertThat(sql.sql("SELECT text FROM translation WHERE field ~ '[0-9]' ORDER BY text")
				.query(String.class)
				.list()).as("every row translation moved, none left behind")
				.containsExactlyInAnyOrder("融入多元的学术生态", "获得联合科研资助的机会", "增进学生之间的文化理解", "发言零", "发言二", "职务一", "成果一",
						"领域一");
			assertThat(sql.sql("""
					SELECT count(*) FROM area_benefit_aud h
					JOIN area_benefit b ON b.area_id = h.area_id AND b.row_key = h.row_key AND b.text = h.text""")
				.query(Long.class)
				.single()).as("history of the current rows keeps their keys")
				.isEqualTo(sql.sql("SELECT count(*) FROM area_benefit").query(Long.class).single());
		}
	}

	/**
	 * Saves a translation of one list row as the application did before V15: by position.
	 */
	private static void translate(JdbcClient sql, String kind, long item, String field, int position, String text,
			String table, String owner, String column) {
		sql.sql("INSERT INTO translation (kind, item_id, field, locale, text, source_hash) SELECT ?, ?, ?, 'zh-CN', ?, "
				+ HASH.formatted(column) + " FROM " + table + " WHERE " + owner + " = ? AND position = ?")
			.params(kind, item, field + position, text, item, position)
			.update();
	}

	/**
	 * The translations now named by their rows' identity, as "position text", only those
	 * still made from their row's English.
	 */
	private static List<String> moved(JdbcClient sql, String kind, String field, String table, String owner,
			String identity, String column) {
		return sql
			.sql("SELECT r.position || ' ' || t.text FROM translation t JOIN " + table
					+ " r ON t.kind = ? AND t.item_id = r." + owner + " AND t.field = ? || r." + identity
					+ " AND t.source_hash = " + HASH.formatted("r." + column) + " ORDER BY r.position")
			.params(kind, field)
			.query(String.class)
			.list();
	}

}
