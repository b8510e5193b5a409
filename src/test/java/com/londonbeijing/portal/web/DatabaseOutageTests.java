package com.londonbeijing.portal.web;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.londonbeijing.portal.account.Role;
import com.londonbeijing.portal.test.PortalIntegrationTest;
import com.londonbeijing.portal.test.TestAccounts;
import com.londonbeijing.portal.test.WebClient;
import com.londonbeijing.portal.test.WebSession;
import com.zaxxer.hikari.HikariDataSource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When the database refuses connections, pages say so with a 503 within seconds (cached
 * pages included, once the content version cannot be checked), health goes DOWN, an
 * editor's unsaved input stays on the form, and everything recovers without a restart
 * once the database is back. Runs in its own context (and database), which it cuts off
 * and restores.
 */
@PortalIntegrationTest
@TestPropertySource(properties = "spring.datasource.hikari.max-lifetime=30000")
class DatabaseOutageTests {

	@LocalServerPort
	int port;

	@Autowired
	HikariDataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@RegisterExtension
	TestAccounts accounts = new TestAccounts();

	@AfterEach
	void deleteTestData() {
		awaitRecovery();
	}

	@Test
	void pagesAnswer503WhileTheDatabaseIsDownAndRecoverAfterwards() throws Exception {
		WebClient web = new WebClient(this.port);
		assertThat(web.get("/meetings").statusCode()).isEqualTo(200);
		String database;
		try (Connection connection = this.dataSource.getConnection()) {
			database = connection.getCatalog();
		}

		cutOff(database, true);
		try {
			// The page in memory is served until the content version has gone unread for
			// 5 s (portal.cache.version-max-age): then the page is rendered, which needs
			// the database, and each answer comes within the 3 s connection timeout.
			Instant start = Instant.now();
			HttpResponse<String> down = web.get("/meetings");
			while (down.statusCode() == 200 && Duration.between(start, Instant.now()).getSeconds() < 7) {
				Thread.sleep(100);
				down = web.get("/meetings");
			}
			assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(11));
			assertThat(down.statusCode()).isEqualTo(503);
			assertThat(down.headers().firstValue("Retry-After")).isPresent();
			assertThat(down.body()).contains("temporarily unavailable")
				.contains(down.headers().firstValue("X-Request-Id").orElseThrow())
				.doesNotContain("Exception")
				.doesNotContain("at org.");
			assertThat(web.get("/actuator/health").statusCode()).isEqualTo(503);
		}
		finally {
			cutOff(database, false);
		}

		// The pool re-creates its connections on its own schedule, within seconds.
		Instant restored = Instant.now();
		while (web.get("/meetings").statusCode() != 200) {
			assertThat(Duration.between(restored, Instant.now())).isLessThan(Duration.ofSeconds(15));
			Thread.sleep(200);
		}
		assertThat(web.get("/actuator/health").body()).contains("\"status\":\"UP\"");
	}

	@Test
	void adminSaveDuringAnOutageKeepsTheInputOnTheFormAndSavesOnceTheDatabaseIsBack() throws Exception {
		Map<String, Object> figure = this.jdbc.sql("SELECT id, notes FROM trade_figure ORDER BY year LIMIT 1")
			.query()
			.singleRow();
		String editPath = "/admin/trade/" + figure.get("id") + "/edit";
		WebSession editor = signedInEditor("outage");
		Map<String, String> fields = formFields(editor.get(editPath).body());
		fields.put("notes", "Typed while the database was down");
		fields.put("action", "publish"); // a published year: Save would keep a draft
		HttpResponse<String> refused = postWhileTheDatabaseIsDown(editor, editPath, fields);

		assertThat(refused.statusCode()).isEqualTo(503);
		assertThat(refused.headers().firstValue("Retry-After")).isPresent();
		Document page = Jsoup.parse(refused.body());
		assertThat(page.select(".error-summary").text()).contains("nothing has been saved");
		assertThat(page.select("textarea[name=notes]").text()).isEqualTo("Typed while the database was down");
		assertThat(page.select("input[name=year]").val()).isEqualTo(fields.get("year"));
		assertThat(notes(figure)).isEqualTo(figure.get("notes"));

		Map<String, String> again = formFields(refused.body());
		again.put("action", "publish");
		HttpResponse<String> saved = editor.post(editPath, again);

		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(notes(figure)).isEqualTo("Typed while the database was down");
	}

	@Test
	void meetingSaveDuringAnOutageShowsTheFormWithTheInputAndTheChoices() throws Exception {
		long id = this.jdbc.sql("SELECT id FROM meeting ORDER BY id LIMIT 1").query(Long.class).single();
		String summary = this.jdbc.sql("SELECT summary FROM meeting WHERE id = ?")
			.param(id)
			.query(String.class)
			.single();
		String editPath = "/admin/meetings/" + id + "/edit";
		WebSession editor = signedInEditor("outage-meeting");
		Document opened = Jsoup.parse(editor.get(editPath).body());
		int areaChoices = opened.select("input[type=checkbox][name=areaIds]").size();
		int topicSuggestions = opened.select("#topic-suggestions option").size();
		Map<String, String> fields = formFields(opened.outerHtml());
		String chosenArea = opened.select("input[type=checkbox][name=areaIds]").last().val();
		fields.put("areaIds", chosenArea);
		fields.put("summary", "Summary typed while the database was down");
		HttpResponse<String> refused = postWhileTheDatabaseIsDown(editor, editPath, fields);

		assertThat(refused.statusCode()).isEqualTo(503);
		Document page = Jsoup.parse(refused.body());
		assertThat(page.select(".error-summary").text()).contains("nothing has been saved");
		assertThat(page.select("[name=summary]").text()).isEqualTo("Summary typed while the database was down");
		assertThat(page.select("input[type=checkbox][name=areaIds]")).hasSize(areaChoices);
		assertThat(page.select("input[type=checkbox][name=areaIds][checked]").eachAttr("value"))
			.containsExactly(chosenArea);
		assertThat(page.select("#topic-suggestions option")).hasSize(topicSuggestions);
		assertThat(this.jdbc.sql("SELECT summary FROM meeting WHERE id = ?").param(id).query(String.class).single())
			.isEqualTo(summary);
	}

	private WebSession signedInEditor(String name) {
		WebSession editor = new WebSession(this.port);
		this.accounts.address(editor.address());
		editor.signIn(this.accounts.create(name, Role.EDITOR).getUsername(), TestAccounts.PASSWORD);
		return editor;
	}

	/** Posts a form while the database refuses connections; returns once it is back. */
	private HttpResponse<String> postWhileTheDatabaseIsDown(WebSession editor, String path, Map<String, String> fields)
			throws SQLException {
		String database = databaseName();
		cutOff(database, true);
		try {
			return editor.post(path, fields);
		}
		finally {
			cutOff(database, false);
			awaitRecovery();
		}
	}

	/**
	 * Waits until the application reaches the database again, as a person would retry.
	 */
	private void awaitRecovery() {
		WebClient web = new WebClient(this.port);
		Instant giveUp = Instant.now().plusSeconds(30);
		while (web.get("/actuator/health").statusCode() != 200 && Instant.now().isBefore(giveUp)) {
			Thread.onSpinWait();
		}
	}

	private String notes(Map<String, Object> figure) {
		return this.jdbc.sql("SELECT notes FROM trade_figure WHERE id = ?")
			.param(figure.get("id"))
			.query(String.class)
			.single();
	}

	/**
	 * The values a browser would send from the page's form, without pressing a button.
	 */
	private static Map<String, String> formFields(String html) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (Element field : Jsoup.parse(html).select("main form[method=post] [name]")) {
			switch (field.tagName()) {
				case "textarea" -> fields.put(field.attr("name"), field.text());
				case "select" -> fields.put(field.attr("name"), field.select("option[selected]").val());
				case "input" -> {
					if (!field.attr("type").equals("checkbox") || field.hasAttr("checked")) {
						fields.put(field.attr("name"), field.val());
					}
				}
				default -> {
				}
			}
		}
		return fields;
	}

	private String databaseName() throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			return connection.getCatalog();
		}
	}

	/** Refuses (or allows again) new connections to the database and ends open ones. */
	private void cutOff(String database, boolean refuse) throws SQLException {
		String adminUrl = this.dataSource.getJdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/postgres$1");
		try (Connection admin = DriverManager.getConnection(adminUrl, this.dataSource.getUsername(),
				this.dataSource.getPassword()); Statement statement = admin.createStatement()) {
			statement.execute("ALTER DATABASE " + database + " ALLOW_CONNECTIONS " + !refuse);
			if (refuse) {
				statement.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database
						+ "' AND pid <> pg_backend_pid()");
			}
		}
	}

}
