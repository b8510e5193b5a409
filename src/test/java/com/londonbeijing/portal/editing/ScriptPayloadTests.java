package com.londonbeijing.portal.editing;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import com.londonbeijing.portal.account.Role;
import com.londonbeijing.portal.test.AdminForms;
import com.londonbeijing.portal.test.PortalIntegrationTest;
import com.londonbeijing.portal.test.TestAccounts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Script typed into any text field of any kind of content (other than meetings) never
 * runs: saved through the admin form, it is shown as text on the public pages and on the
 * admin list, form and history, which hold no script element, no event handler attribute
 * and no {@code javascript:} link.
 */
@PortalIntegrationTest
@AutoConfigureMockMvc
class ScriptPayloadTests {

	/** Payloads for every text field: each must come back as the very text typed. */
	static final List<String> TEXT_PAYLOADS = List.of("<script>alert(1)</script>", "<img src=x onerror=alert(2)>",
			"\"'><svg onload=alert(3)>");

	/** Further payloads for Markdown fields, which turn links into HTML. */
	static final List<String> MARKDOWN_PAYLOADS = List.of("[x](javascript:alert(4))", "[x](JaVaScRiPt:alert(5))",
			"<a href=\"javascript:alert(6)\">x</a>", "![x](javascript:alert(7))",
			"[x](data:text/html;base64,PHNjcmlwdD4=)", "<div onmouseover=\"alert(8)\">hover</div>");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@RegisterExtension
	TestAccounts accounts = new TestAccounts();

	RequestPostProcessor editor;

	Map<String, Object> homeIntro;

	@BeforeEach
	void signInAnEditor() {
		this.editor = user(this.accounts.create("payload-editor", Role.EDITOR).getUsername()).roles("EDITOR");
		this.homeIntro = this.jdbc.queryForMap("SELECT title, body FROM site_text WHERE text_key = 'home.intro'");
	}

	@AfterEach
	void removeTestContent() {
		this.jdbc.update("DELETE FROM case_study WHERE slug LIKE 'test-%'");
		this.jdbc.update("DELETE FROM cooperation_area WHERE slug LIKE 'test-%'");
		this.jdbc.update("DELETE FROM trade_figure WHERE year BETWEEN ? AND ?", AdminForms.FIRST_TEST_YEAR,
				AdminForms.LAST_TEST_YEAR);
		this.jdbc.update("UPDATE site_text SET title = ?, body = ? WHERE text_key = 'home.intro'",
				this.homeIntro.get("title"), this.homeIntro.get("body"));
	}

	static Stream<Arguments> areaFields() {
		return payloads("areas", List.of("name", "summary", "benefitsTitle", "benefits[0]", "changeNote"), "body");
	}

	static Stream<Arguments> caseStudyFields() {
		return payloads("case studies",
				List.of("title", "summary", "partners", "period", "outcomesTitle", "outcomes[0]", "metricsTitle",
						"metrics[0].projectName", "metrics[0].sector", "metrics[0].outcome", "changeNote"),
				"body");
	}

	static Stream<Arguments> tradeFields() {
		return payloads("trade figures", List.of("sourceTitle", "sourcePublisher", "notes", "changeNote"), null);
	}

	static Stream<Arguments> siteTextFields() {
		return payloads("site texts", List.of("title", "changeNote"), "body");
	}

	@ParameterizedTest
	@MethodSource("areaFields")
	void areaFieldsAreShownAsText(String field, String payload) throws Exception {
		Map<String, String> form = AdminForms.area("Test xss item");
		form.put("slug", "test-xss-item");
		put(form, field, payload);
		long id = save("/admin/areas/new", form, "SELECT id FROM cooperation_area WHERE slug = 'test-xss-item'");

		List<Document> publicPages = List.of(publicPage("/areas/test-xss-item"), publicPage("/areas"));
		List<Document> adminPages = adminPages("/admin/areas?q=Test+xss", "/admin/areas/" + id);

		assertShownAsText(field, payload, publicPages, adminPages);
	}

	@ParameterizedTest
	@MethodSource("caseStudyFields")
	void caseStudyFieldsAreShownAsText(String field, String payload) throws Exception {
		Map<String, String> form = AdminForms.caseStudy("Test xss item");
		form.put("slug", "test-xss-item");
		form.put("areaIds", "1");
		form.put("featured", "true");
		put(form, field, payload);
		long id = save("/admin/case-studies/new", form, "SELECT id FROM case_study WHERE slug = 'test-xss-item'");
		String area = this.jdbc.queryForObject("SELECT slug FROM cooperation_area WHERE id = 1", String.class);

		List<Document> publicPages = List.of(publicPage("/case-studies/test-xss-item"), publicPage("/case-studies"),
				publicPage("/areas/" + area), publicPage("/"));
		List<Document> adminPages = adminPages("/admin/case-studies?q=Test+xss", "/admin/case-studies/" + id);

		assertShownAsText(field, payload, publicPages, adminPages);
	}

	@ParameterizedTest
	@MethodSource("tradeFields")
	void tradeFigureFieldsAreShownAsText(String field, String payload) throws Exception {
		Map<String, String> form = AdminForms.tradeFigure(AdminForms.FIRST_TEST_YEAR + 2);
		put(form, field, payload);
		long id = save("/admin/trade/new", form,
				"SELECT id FROM trade_figure WHERE year = " + (AdminForms.FIRST_TEST_YEAR + 2));

		List<Document> publicPages = List.of(publicPage("/trade"));
		List<Document> adminPages = adminPages("/admin/trade?q=" + (AdminForms.FIRST_TEST_YEAR + 2),
				"/admin/trade/" + id);

		assertShownAsText(field, payload, publicPages, adminPages);
	}

	@ParameterizedTest
	@MethodSource("siteTextFields")
	void siteTextFieldsAreShownAsText(String field, String payload) throws Exception {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("version",
				this.jdbc.queryForObject("SELECT version FROM site_text WHERE text_key = 'home.intro'", Long.class)
					.toString());
		form.put("title", "Test xss title");
		form.put("body", "Some text.");
		form.put(field, payload);
		form.put("action", "publish"); // a plain save of a site text is a draft
		MvcResult saved = this.mvc.perform(AdminForms.submit("/admin/texts/home.intro/edit", form).with(this.editor))
			.andReturn();
		assertThat(saved.getResponse().getStatus()).isEqualTo(302);

		List<Document> publicPages = List.of(publicPage("/"));
		List<Document> adminPages = List.of(adminPage("/admin/texts"), adminPage("/admin/texts/home.intro/edit"),
				adminPage("/admin/texts/home.intro/history"));

		assertShownAsText(field, payload, field.equals("changeNote") ? List.of() : publicPages, adminPages,
				publicPages);
	}

	/**
	 * A web address can be any http(s) address, quotes included, and still not break out.
	 */
	@ParameterizedTest
	@MethodSource("webAddresses")
	void tradeSourceAddressesStayInsideTheirLink(String url) throws Exception {
		Map<String, String> form = AdminForms.tradeFigure(AdminForms.FIRST_TEST_YEAR + 3);
		form.put("sourceUrl", url);
		long id = save("/admin/trade/new", form,
				"SELECT id FROM trade_figure WHERE year = " + (AdminForms.FIRST_TEST_YEAR + 3));

		Document trade = publicPage("/trade");
		assertNoLiveScript(trade, "/trade");
		assertThat(trade.select("a[href]").eachAttr("href")).contains(url);
		for (Document page : adminPages("/admin/trade?q=" + (AdminForms.FIRST_TEST_YEAR + 3), "/admin/trade/" + id)) {
			assertNoLiveScript(page, page.location());
		}
	}

	static Stream<Arguments> webAddresses() {
		return Stream.of(Arguments.argumentSet("quote and script", "https://example.org/\"><script>alert(1)</script>"),
				Arguments.argumentSet("quote and handler", "https://example.org/'onmouseover='alert(2)"),
				Arguments.argumentSet("javascript after the scheme", "https://x/javascript:alert(3)"));
	}

	private void assertShownAsText(String field, String payload, List<Document> publicPages,
			List<Document> adminPages) {
		assertShownAsText(field, payload, publicPages, adminPages, List.of());
	}

	private void assertShownAsText(String field, String payload, List<Document> mustShow, List<Document> adminPages,
			List<Document> alsoCheck) {
		List<Document> all = new ArrayList<>(mustShow);
		all.addAll(adminPages);
		all.addAll(alsoCheck);
		for (Document page : all) {
			assertNoLiveScript(page, page.location() + " (" + field + ")");
		}
		if (!TEXT_PAYLOADS.contains(payload)) {
			return;
		}
		// Shown as the text typed: escaped, so the browser shows it rather than running
		// it.
		if (!field.equals("changeNote")) {
			// A change note belongs to one save: the form starts the next one empty.
			Document form = adminPages.get(1);
			assertThat(shows(form, payload)).as("the form shows " + field + " as typed").isTrue();
		}
		if (!field.equals("changeNote") && !mustShow.isEmpty()) {
			assertThat(mustShow.stream().anyMatch((page) -> shows(page, payload)))
				.as("a public page shows " + field + " as typed")
				.isTrue();
		}
		if (field.equals("changeNote") && !mustShow.isEmpty()) {
			assertThat(mustShow.get(0).select("p.change-note").text()).as("public change note").contains(payload);
		}
		Document history = adminPages.get(2);
		assertThat(history.text()).as("the history shows " + field + " as typed").contains(payload);
	}

	private static boolean shows(Document page, String payload) {
		if (page.text().contains(payload) || page.title().contains(payload)) {
			return true;
		}
		return page.getAllElements()
			.stream()
			.anyMatch((element) -> element.val().contains(payload)
					|| element.attributes().asList().stream().anyMatch((a) -> a.getValue().contains(payload)));
	}

	static void assertNoLiveScript(Document page, String where) {
		assertThat(page.select("script, iframe, object, embed")).as(where + ": script elements").isEmpty();
		for (Element element : page.getAllElements()) {
			for (Attribute attribute : element.attributes()) {
				String name = attribute.getKey().toLowerCase(Locale.ROOT);
				assertThat(name).as(where + ": event handler on <" + element.tagName() + ">").doesNotStartWith("on");
				if (name.equals("href") || name.equals("src") || name.equals("action") || name.equals("formaction")
						|| name.endsWith(":href")) {
					String value = attribute.getValue().replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
					assertThat(value).as(where + ": " + name + " of <" + element.tagName() + ">")
						.doesNotStartWith("javascript:")
						.doesNotStartWith("vbscript:")
						.doesNotStartWith("data:");
				}
			}
		}
	}

	private static Stream<Arguments> payloads(String kind, List<String> textFields, String markdownField) {
		List<Arguments> cases = new ArrayList<>();
		List<String> fields = new ArrayList<>(textFields);
		if (markdownField != null) {
			fields.add(markdownField);
		}
		for (String field : fields) {
			for (String payload : TEXT_PAYLOADS) {
				cases.add(Arguments.argumentSet(kind + " " + field + ": " + payload, field, payload));
			}
		}
		if (markdownField != null) {
			for (String payload : MARKDOWN_PAYLOADS) {
				cases.add(Arguments.argumentSet(kind + " " + markdownField + ": " + payload, markdownField, payload));
			}
		}
		return cases.stream();
	}

	private static void put(Map<String, String> form, String field, String payload) {
		if (field.equals("name") || field.equals("title")) {
			form.put(field, "Test xss " + payload);
		}
		else {
			form.put(field, payload);
		}
		if (field.equals("changeNote")) {
			form.put("changeNotePublic", "true");
		}
	}

	private long save(String path, Map<String, String> form, String idQuery) throws Exception {
		MvcResult result = this.mvc.perform(AdminForms.submit(path, form).with(this.editor)).andReturn();
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(302);
		return this.jdbc.queryForObject(idQuery, Long.class);
	}

	private List<Document> adminPages(String list, String item) throws Exception {
		return List.of(adminPage(list), adminPage(item + "/edit"), adminPage(item + "/history"),
				adminPage(item + "/delete"));
	}

	private Document publicPage(String path) throws Exception {
		MvcResult result = this.mvc.perform(get(URI.create(path)).with(anonymous())).andReturn();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		return Jsoup.parse(result.getResponse().getContentAsString(), "http://localhost" + path);
	}

	private Document adminPage(String path) throws Exception {
		MvcResult result = this.mvc.perform(get(URI.create(path)).with(this.editor)).andReturn();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		return Jsoup.parse(result.getResponse().getContentAsString(), "http://localhost" + path);
	}

}
