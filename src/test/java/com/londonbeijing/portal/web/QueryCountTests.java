package com.londonbeijing.portal.web;

import java.net.http.HttpResponse;

import com.londonbeijing.portal.account.AccountService;
import com.londonbeijing.portal.account.Role;
import com.londonbeijing.portal.database.ContentVersion;
import com.londonbeijing.portal.test.PortalIntegrationTest;
import com.londonbeijing.portal.test.TestAccounts;
import com.londonbeijing.portal.test.WebClient;
import com.londonbeijing.portal.test.WebSession;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages run a bounded number of SQL statements however much content there is: no query
 * per row. Runs in its own context (so its own database) loaded with far more content
 * than the seed. Each page is rendered afresh: the caches are emptied before each count.
 */
@PortalIntegrationTest
@TestPropertySource(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryCountTests {

	private static final int ITEMS = 150;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	AccountService accountService;

	@Autowired
	JdbcClient jdbcClient;

	@Autowired
	ContentVersion contentVersion;

	@BeforeAll
	void loadManyRows() {
		this.jdbc.update("""
				INSERT INTO case_study (slug, title, summary, featured, sort_order)
				SELECT 'bulk-case-' || n, 'Bulk case ' || n, 'Summary ' || n, n % 10 = 0, 100 + n
				FROM generate_series(1, ?) AS n""", ITEMS);
		this.jdbc.update("""
				INSERT INTO case_study_area (case_study_id, area_id)
				SELECT c.id, a.id FROM case_study c CROSS JOIN cooperation_area a
				WHERE c.slug LIKE 'bulk-case-%' AND a.nav_order <= 2""");
		this.jdbc.update("""
				INSERT INTO case_study_outcome (case_study_id, position, text)
				SELECT c.id, p, 'Outcome ' || p FROM case_study c CROSS JOIN generate_series(0, 2) AS p
				WHERE c.slug LIKE 'bulk-case-%'""");
		this.jdbc.update("""
				INSERT INTO meeting (slug, title, meeting_date, venue, city, summary)
				SELECT 'bulk-meeting-' || n, 'Bulk meeting ' || n, DATE '2000-01-01' + n * 30, 'Venue', 'London',
				       'Summary ' || n
				FROM generate_series(1, ?) AS n""", ITEMS);
		this.jdbc.update("""
				INSERT INTO meeting_participant (meeting_id, position, name, office, side)
				SELECT m.id, p, 'Person ' || p, 'Office', CASE WHEN p = 0 THEN 'UK' ELSE 'CHINA' END
				FROM meeting m CROSS JOIN generate_series(0, 1) AS p WHERE m.slug LIKE 'bulk-meeting-%'""");
		this.jdbc.update("""
				INSERT INTO meeting_statement (meeting_id, position, participant_id, text)
				SELECT m.id, s, p.id, 'Statement ' || s
				FROM meeting m CROSS JOIN generate_series(0, 3) AS s
				JOIN meeting_participant p ON p.meeting_id = m.id AND p.position = s % 2
				WHERE m.slug LIKE 'bulk-meeting-%'""");
		this.jdbc.update("""
				INSERT INTO meeting_statement_topic (statement_id, topic_id)
				SELECT s.id, t.id FROM meeting_statement s JOIN meeting m ON m.id = s.meeting_id
				JOIN topic t ON t.slug IN ('trade', 'taiwan') WHERE m.slug LIKE 'bulk-meeting-%'""");
		this.jdbc.update("""
				INSERT INTO meeting_topic (meeting_id, topic_id)
				SELECT DISTINCT s.meeting_id, st.topic_id FROM meeting_statement s
				JOIN meeting_statement_topic st ON st.statement_id = s.id
				JOIN meeting m ON m.id = s.meeting_id WHERE m.slug LIKE 'bulk-meeting-%'""");
		this.jdbc.update("""
				INSERT INTO meeting_area (meeting_id, area_id)
				SELECT m.id, a.id FROM meeting m CROSS JOIN cooperation_area a
				WHERE m.slug LIKE 'bulk-meeting-%' AND a.nav_order <= 2""");
	}

	@ParameterizedTest
	@CsvSource({ "/, 8", "/areas, 3", "/areas/trade-and-investment, 10", "/case-studies, 5",
			"/case-studies?area=education-and-research&page=3, 6", "/case-studies/bulk-case-7, 7", "/meetings, 8",
			"/meetings?topic=taiwan&year=2005&page=1, 8", "/meetings/bulk-meeting-9, 8",
			"/meetings/2024-10-18-wang-yi-david-lammy, 8" })
	void pageRunsABoundedNumberOfStatements(String path, int limit) {
		long statements = statementsFor(path);

		assertThat(statements).as("SQL statements for " + path).isLessThanOrEqualTo(limit);
	}

	@Test
	void listPagesShowAFullPageOfTheLargeDataSet() {
		HttpResponse<String> response = new WebClient(this.port).get("/case-studies?page=2");

		assertThat(response.body()).contains("Page 2 of 16");
	}

	@Test
	void adminListReadsWhoChangedEachItemInOneStatementWhateverThePageHolds() {
		this.jdbc.update("""
				INSERT INTO case_study_aud (id, rev, revtype, slug, title, summary, status, published_at, updated_at)
				SELECT id, (SELECT min(rev) FROM revinfo), 0, slug, title, summary, status, published_at, updated_at
				FROM case_study WHERE slug LIKE 'bulk-case-%' ON CONFLICT DO NOTHING""");
		TestAccounts accounts = new TestAccounts(this.accountService, this.jdbcClient);
		try {
			WebSession editor = new WebSession(this.port);
			editor.signIn(accounts.create("count-editor", Role.EDITOR).getUsername(), TestAccounts.PASSWORD);

			long fullPage = adminStatementsFor(editor, "/admin/case-studies?sort=order&page=2");
			long oneRow = adminStatementsFor(editor, "/admin/case-studies?q=Bulk+case+77");

			// A full page also counts the rows for its pagination; a partial page need
			// not.
			assertThat(fullPage).as("statements for a page of 25 rows and for one row").isEqualTo(oneRow + 1);
			assertThat(Jsoup.parse(editor.get("/admin/case-studies?sort=order&page=2").body())
				.select("tbody tr .last-change__by")).hasSize(25);
		}
		finally {
			accounts.deleteAll();
		}
	}

	private long adminStatementsFor(WebSession session, String path) {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		HttpResponse<String> response = session.get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return statistics.getPrepareStatementCount();
	}

	private long statementsFor(String path) {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		this.contentVersion.changed();
		statistics.clear();
		HttpResponse<String> response = new WebClient(this.port).get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return statistics.getPrepareStatementCount();
	}

}
