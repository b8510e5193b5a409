package com.londonbeijing.portal.security;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.londonbeijing.portal.account.Role;
import com.londonbeijing.portal.test.PortalIntegrationTest;
import com.londonbeijing.portal.test.TestAccounts;
import com.londonbeijing.portal.test.WebClient;
import com.londonbeijing.portal.test.WebSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests written as an attacker writes them (issue 12, holes 1, 5 and 6): addresses
 * that could lead off-site, feeds of topics only drafts use, and hostile form values.
 * Each gets a styled 4xx or a form message, never a redirect elsewhere or a 500.
 */
@PortalIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class HostileRequestTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@RegisterExtension
	TestAccounts accounts = new TestAccounts();

	@AfterEach
	void deleteTestData() {
		this.jdbc.sql("DELETE FROM meeting WHERE slug = 'hostile-draft-meeting'").update();
		this.jdbc.sql("DELETE FROM topic WHERE slug = 'hostile-secret-topic'").update();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/zh//evil.example", "/zh///evil.example/a.css", "/zh//evil.example/x/y",
			"/zh/%2Fevil.example", "/zh/%2fevil.example", "/zh/%5Cevil.example", "/zh/%5cevil.example",
			"//evil.example", "/zh/%252F%252Fevil.example/x", "/areas//evil.example" })
	void noAddressRedirectsOrLinksToAnotherHost(String path) throws IOException {
		HttpResponse<String> response = new WebClient(this.port).get(path);

		assertThat(response.statusCode()).as(path).isIn(400, 404);
		assertThat(response.headers().firstValue("Location")).as(path).isEmpty();
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("link[href=/css/site.css]")).as("styled page for " + path).isNotEmpty();
		URI base = URI.create("http://localhost:" + this.port + "/");
		assertThat(page.select("a[href], link[href]").eachAttr("href")).as(path)
			.allMatch((href) -> "localhost".equals(base.resolve(href.replace('\\', '/')).getHost()));
	}

	@Test
	void aRawBackslashGetsTheStyled400PageToo() throws IOException {
		String response = rawRequest("GET /zh/\\evil.example HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n"
				+ "Connection: close\r\n\r\n");

		assertThat(response).startsWith("HTTP/1.1 400").contains("/css/site.css").doesNotContain("Location:");
	}

	@Test
	void aSafeChineseAddressOfAnEnglishOnlyPageStillRedirects() {
		HttpResponse<String> response = new WebClient(this.port).get("/zh/trade.csv");

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
				(location) -> assertThat(location).isEqualTo("http://localhost:" + this.port + "/trade.csv"));
	}

	@Test
	void theFeedOfATopicThatOnlyADraftUsesIsUnknown() {
		long topic = this.jdbc
			.sql("INSERT INTO topic (slug, name) VALUES ('hostile-secret-topic', 'Secret topic') " + "RETURNING id")
			.query(Long.class)
			.single();
		long meeting = this.jdbc
			.sql("INSERT INTO meeting (slug, title, meeting_date, venue, city, summary, status) VALUES "
					+ "('hostile-draft-meeting', 'Draft', DATE '2024-01-02', 'V', 'London', 'S', 'DRAFT') RETURNING id")
			.query(Long.class)
			.single();
		this.jdbc.sql("INSERT INTO meeting_topic (meeting_id, topic_id) VALUES (?, ?)").params(meeting, topic).update();
		WebClient web = new WebClient(this.port);

		HttpResponse<String> feed = web.get("/topics/hostile-secret-topic/feed.atom");

		assertThat(feed.statusCode()).isEqualTo(404);
		assertThat(feed.body()).doesNotContain("Secret topic");
		this.jdbc.sql("UPDATE meeting SET status = 'PUBLISHED' WHERE id = ?").param(meeting).update();
		assertThat(web.get("/topics/hostile-secret-topic/feed.atom").statusCode()).as("once published").isEqualTo(200);
	}

	@ParameterizedTest
	@ValueSource(strings = { "\u0000", "", " ", "PUBLISHED\u0000", "<b>DRAFT</b>", "published" })
	void aHostileStatusIsAFormMessageWithTheInputKept(String status) {
		WebSession editor = signedInEditor();
		Map<String, String> form = caseStudyForm(editor);
		form.put("status", status);
		form.put("title", "Title kept – 标题");

		HttpResponse<String> response = editor.post("/admin/case-studies/2/edit", form);

		assertThat(response.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("#status-error").text())
			.contains(status.isBlank() ? "Enter a value" : "Enter a valid value");
		assertThat(page.select("#title").val()).isEqualTo("Title kept – 标题");
		assertThat(this.jdbc.sql("SELECT title FROM case_study WHERE id = 2").query(String.class).single())
			.isNotEqualTo("Title kept – 标题");
	}

	@ParameterizedTest
	@ValueSource(strings = { "outcomes[300]", "outcomes[99999999999]", "metrics[300].outcome", "metrics[1][400]",
			"outcomes[256]" })
	void aListIndexPastTheLimitIsAStyled400WithOneShortLogLine(String name, CapturedOutput output) {
		WebSession editor = signedInEditor();
		Map<String, String> form = caseStudyForm(editor);
		form.put(name, "x");
		int before = output.length();

		HttpResponse<String> response = editor.post("/admin/case-studies/2/edit", form);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("/css/site.css").contains("The request could not be read.");
		String logged = output.toString().substring(before);
		assertThat(logged).contains("list index past").doesNotContain("Exception").doesNotContain("\tat ");
	}

	@Test
	void theLargestListIndexAFormMayHaveIsStillBound() {
		WebSession editor = signedInEditor();
		Map<String, String> form = caseStudyForm(editor);
		form.put("outcomes[255]", "");
		form.put("action", "publish"); // as before drafts: no draft left on the seeded
										// item

		HttpResponse<String> response = editor.post("/admin/case-studies/2/edit", form);

		assertThat(response.statusCode()).isIn(200, 302);
	}

	@Test
	void moreThanAThousandParametersInTheAddressAreAStyled400WithoutAStackTrace(CapturedOutput output) {
		StringBuilder query = new StringBuilder("q=x");
		for (int i = 0; i < 1000; i++) {
			query.append("&p").append(i).append("=x");
		}
		int before = output.length();

		HttpResponse<String> response = new WebClient(this.port).get("/search?" + query);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("/css/site.css");
		String logged = output.toString().substring(before);
		assertThat(logged).doesNotContain("\tat ").doesNotContain("ERROR");
		assertThat(logged.lines().filter((line) -> line.contains("RequestLimits")).count()).isOne();
	}

	private WebSession signedInEditor() {
		WebSession editor = new WebSession(this.port);
		this.accounts.address(editor.address());
		editor.signIn(this.accounts.create("hostile", Role.EDITOR).getUsername(), TestAccounts.PASSWORD);
		return editor;
	}

	/** The seeded case study's edit form, as the browser would post it unchanged. */
	private Map<String, String> caseStudyForm(WebSession editor) {
		Document page = Jsoup.parse(editor.get("/admin/case-studies/2/edit").body());
		Map<String, String> fields = new LinkedHashMap<>();
		for (var input : page.select("main form input[name], main form textarea[name]")) {
			String type = input.attr("type");
			if (List.of("checkbox", "radio").contains(type) && !input.hasAttr("checked")) {
				continue;
			}
			if (!input.attr("name").equals("_csrf")) {
				fields.put(input.attr("name"), input.is("textarea") ? input.text() : input.val());
			}
		}
		for (var select : page.select("main form select[name]")) {
			var selected = select.selectFirst("option[selected]");
			fields.put(select.attr("name"), (selected != null) ? selected.val() : "");
		}
		fields.put("action", "save");
		return fields;
	}

	private String rawRequest(String request) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
