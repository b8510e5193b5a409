package com.londonbeijing.portal.address;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.londonbeijing.portal.account.Role;
import com.londonbeijing.portal.test.HtmlChecker;
import com.londonbeijing.portal.test.PortalIntegrationTest;
import com.londonbeijing.portal.test.TestAccounts;
import com.londonbeijing.portal.test.WebClient;
import com.londonbeijing.portal.test.WebSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Links to the site keep working when editors rename, delete or withdraw pages: earlier
 * addresses redirect permanently to the current one (in both languages, chains collapsed,
 * no loops, the old slug reserved), deleted pages answer 410 with the editor's note, and
 * withdrawn pages stay online with their notice but leave every list. Seen as a visitor
 * and an editor see it, through the real forms, with the rows the database keeps.
 */
@PortalIntegrationTest
class StableAddressTests {

	private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日",
			Locale.SIMPLIFIED_CHINESE);

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@RegisterExtension
	TestAccounts accounts = new TestAccounts();

	WebClient visitor;

	WebSession editor;

	@BeforeEach
	void signInAnEditor() {
		this.visitor = new WebClient(this.port);
		this.editor = new WebSession(this.port);
		this.accounts.address(this.editor.address());
		this.editor.signIn(this.accounts.create("addresses", Role.EDITOR).getUsername(), TestAccounts.PASSWORD);
	}

	@AfterEach
	void removeTestItems() {
		this.jdbc.update("DELETE FROM cooperation_area WHERE slug LIKE 'test-addr-%'");
		this.jdbc.update("DELETE FROM case_study WHERE slug LIKE 'test-addr-%'");
		this.jdbc.update("DELETE FROM meeting WHERE slug LIKE 'test-addr-%'");
		this.jdbc.update("DELETE FROM earlier_address WHERE slug LIKE 'test-addr-%'");
	}

	@Test
	void everyEarlierSlugRedirectsStraightToTheCurrentPageInBothLanguages() {
		long id = createArea("Test Addr Renamed", "test-addr-first", "PUBLISHED");
		assertThat(this.visitor.get("/areas/test-addr-first").statusCode()).isEqualTo(200); // now
																							// cached
		assertThat(this.visitor.get("/areas/test-addr-second").statusCode()).isEqualTo(404);

		rename(id, "test-addr-second");
		assertThat(this.visitor.get("/areas/test-addr-second").statusCode()).isEqualTo(200);
		rename(id, "test-addr-third");

		for (String earlier : List.of("test-addr-first", "test-addr-second")) {
			HttpResponse<String> english = this.visitor.get("/areas/" + earlier + "?utm_source=mail&x=1");
			assertThat(english.statusCode()).isEqualTo(301);
			assertThat(WebSession.location(english)).isEqualTo("/areas/test-addr-third?utm_source=mail&x=1");
			HttpResponse<String> chinese = this.visitor.get("/zh/areas/" + earlier);
			assertThat(chinese.statusCode()).isEqualTo(301);
			assertThat(WebSession.location(chinese)).isEqualTo("/zh/areas/test-addr-third");
		}
		assertThat(this.visitor.get("/areas/test-addr-third").body()).contains("Test Addr Renamed");
		assertThat(this.jdbc.queryForList(
				"SELECT slug FROM earlier_address WHERE kind = 'areas' AND item_id = ? AND gone_at IS NULL ORDER BY slug",
				String.class, id))
			.containsExactly("test-addr-first", "test-addr-second");
	}

	@Test
	void takingBackAnEarlierSlugRemovesItsRedirectSoNothingLoops() {
		long id = createArea("Test Addr Back", "test-addr-home", "PUBLISHED");
		rename(id, "test-addr-away");
		rename(id, "test-addr-home");

		assertThat(this.visitor.get("/areas/test-addr-home").statusCode()).isEqualTo(200);
		HttpResponse<String> away = this.visitor.get("/areas/test-addr-away");
		assertThat(away.statusCode()).isEqualTo(301);
		assertThat(WebSession.location(away)).isEqualTo("/areas/test-addr-home");
		assertThat(this.jdbc.queryForList("SELECT slug FROM earlier_address WHERE kind = 'areas' AND item_id = ?",
				String.class, id))
			.containsExactly("test-addr-away");
	}

	@Test
	void anEarlierSlugOfAnotherItemIsRefusedWithAMessageAndByTheDatabase() {
		long moved = createArea("Test Addr Moved", "test-addr-old", "PUBLISHED");
		rename(moved, "test-addr-new");

		HttpResponse<String> refused = postArea("/admin/areas/new", "Test Addr Squatter", "test-addr-old", "DRAFT",
				null);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(WebSession.errorSummary(refused))
			.contains("used to belong to another item and still leads to it (now at /areas/test-addr-new)");
		assertThat(Jsoup.parse(refused.body()).selectFirst("input[name=slug]").val()).isEqualTo("test-addr-old");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM cooperation_area WHERE name = 'Test Addr Squatter'",
				Integer.class))
			.isZero();

		long other = createArea("Test Addr Squatter", "test-addr-free", "DRAFT"); // positive
																					// control
		assertThatThrownBy(
				() -> this.jdbc.update("UPDATE cooperation_area SET slug = 'test-addr-old' WHERE id = ?", other))
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("still leads to another item");
		assertThat(WebSession.location(this.visitor.get("/areas/test-addr-old"))).isEqualTo("/areas/test-addr-new");
	}

	@Test
	void renamingThroughTheDatabaseCountsTooForMeetingsAndTheApi() {
		long id = insertMeeting("test-addr-meeting-before", "Test Addr Meeting");
		this.jdbc.update("UPDATE meeting SET slug = 'test-addr-meeting-after' WHERE id = ?", id);

		HttpResponse<String> page = this.visitor.get("/zh/meetings/test-addr-meeting-before?topic=x");
		assertThat(page.statusCode()).isEqualTo(301);
		assertThat(WebSession.location(page)).isEqualTo("/zh/meetings/test-addr-meeting-after?topic=x");
		HttpResponse<String> api = this.visitor.get("/api/v1/meetings/test-addr-meeting-before?lang=zh",
				"application/json");
		assertThat(api.statusCode()).isEqualTo(301);
		assertThat(WebSession.location(api)).isEqualTo("/api/v1/meetings/test-addr-meeting-after?lang=zh");
	}

	@Test
	void aDeletedPublishedItemAnswersGoneAtEveryAddressWithItsNoteAndLink() {
		long id = createArea("Test Addr Doomed", "test-addr-doomed-old", "PUBLISHED");
		rename(id, "test-addr-doomed");
		this.editor.get("/admin/areas/" + id + "/delete");
		HttpResponse<String> deleted = this.editor.post("/admin/areas/" + id + "/delete",
				Map.of("note", "Merged into Education and Research.", "noteZh", "已并入教育与研究。", "link",
						"/areas/education-and-research", "back", "/admin/areas"));
		assertThat(deleted.statusCode()).isEqualTo(302);

		String today = LocalDate.now(ZoneId.of("Europe/London")).format(ENGLISH_DATE);
		for (String slug : List.of("test-addr-doomed", "test-addr-doomed-old")) {
			HttpResponse<String> english = this.visitor.get("/areas/" + slug);
			assertThat(english.statusCode()).isEqualTo(410);
			Document page = Jsoup.parse(english.body());
			assertThat(page.selectFirst("h1").text()).isEqualTo("This page has been removed");
			assertThat(page.select("main").text()).contains("It was removed on " + today)
				.contains("Merged into Education and Research.");
			assertThat(page.selectFirst("main a[href=/areas/education-and-research]")).isNotNull();
		}
		HttpResponse<String> chineseGone = this.visitor.get("/zh/areas/test-addr-doomed");
		assertValidHtml("/zh/areas/test-addr-doomed", chineseGone);
		Document chinese = Jsoup.parse(chineseGone.body());
		assertThat(chinese.selectFirst("h1").text()).isEqualTo("此页面已被删除");
		assertThat(chinese.select("main").text()).contains("已并入教育与研究。");
		assertThat(chinese.selectFirst("main a[href=/zh/areas/education-and-research]")).isNotNull();
		HttpResponse<String> api = this.visitor.get("/api/v1/areas/test-addr-doomed-old", "application/json");
		assertThat(api.statusCode()).isEqualTo(410);
		assertThat(api.body()).contains("\"note\":\"Merged into Education and Research.\"")
			.contains("\"link\":\"/areas/education-and-research\"");
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM earlier_address WHERE kind = 'areas' AND item_id = ? AND gone_at IS NOT NULL "
						+ "AND gone_note = 'Merged into Education and Research.' "
						+ "AND gone_link = '/areas/education-and-research'",
				Integer.class, id))
			.isEqualTo(2);
	}

	@Test
	void aHostileReplacementLinkIsRefusedAndEverythingTypedKept() {
		long id = createArea("Test Addr Kept", "test-addr-kept", "PUBLISHED");
		for (String link : List.of("javascript:alert(1)", "//evil.example/x", "/\\evil.example", "http://plain.example",
				"https://exa mple.org")) {
			this.editor.get("/admin/areas/" + id + "/delete");
			HttpResponse<String> refused = this.editor.post("/admin/areas/" + id + "/delete",
					Map.of("note", "<script>alert(2)</script>", "link", link));
			assertThat(refused.statusCode()).as(link).isEqualTo(200);
			assertThat(WebSession.errorSummary(refused)).as(link).contains("Enter a path of this site starting with /");
			Document page = Jsoup.parse(refused.body());
			assertThat(page.selectFirst("textarea[name=note]").text()).isEqualTo("<script>alert(2)</script>");
			assertThat(page.selectFirst("input[name=link]").val()).isEqualTo(link);
			assertThat(refused.body()).doesNotContain("<script>alert(2)");
		}
		assertValidHtml("the delete page with errors", this.editor.post("/admin/areas/" + id + "/delete",
				Map.of("note", "x".repeat(1001), "link", "javascript:alert(1)")));
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM cooperation_area WHERE id = ?", Integer.class, id))
			.isOne();

		this.editor.get("/admin/areas/" + id + "/delete"); // positive control
		assertThat(this.editor
			.post("/admin/areas/" + id + "/delete", Map.of("note", "", "link", "HTTPS://www.gov.uk/government/x"))
			.statusCode()).isEqualTo(302);
		assertThat(this.visitor.get("/areas/test-addr-kept").body()).contains("HTTPS://www.gov.uk/government/x");
	}

	@Test
	void deletingADraftThatWasNeverPublishedIsAPlainDelete() {
		long id = createArea("Test Addr Draft", "test-addr-draft", "DRAFT");
		rename(id, "test-addr-draft-renamed");
		this.editor.get("/admin/areas/" + id + "/delete");
		assertThat(this.editor.post("/admin/areas/" + id + "/delete", Map.of("note", "Never mind")).statusCode())
			.isEqualTo(302);

		assertThat(this.visitor.get("/areas/test-addr-draft-renamed").statusCode()).isEqualTo(404);
		assertThat(this.visitor.get("/areas/test-addr-draft").statusCode()).isEqualTo(404);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM earlier_address WHERE item_id = ? AND kind = 'areas'",
				Integer.class, id))
			.isZero();
	}

	@Test
	void aWithdrawnPageKeepsItsAddressWithANoticeAndLeavesEveryList() {
		long id = insertCaseStudy("test-addr-study", "Test Addr Quokkaville Study");
		assertThat(listings()).allSatisfy((listing) -> assertThat(listing).contains("test-addr-study"));

		this.editor.get("/admin/case-studies/" + id + "/withdraw");
		HttpResponse<String> empty = this.editor.post("/admin/case-studies/" + id + "/withdraw",
				Map.of("reason", "  ", "reasonZh", "已被取代"));
		assertThat(empty.statusCode()).isEqualTo(200);
		assertThat(WebSession.errorSummary(empty)).isNotEmpty();
		assertValidHtml("the withdraw page with errors", empty);
		assertThat(Jsoup.parse(empty.body()).selectFirst("textarea[name=reasonZh]").text()).isEqualTo("已被取代");
		assertThat(status(id)).isEqualTo("PUBLISHED");

		HttpResponse<String> withdrawn = this.editor.post("/admin/case-studies/" + id + "/withdraw", Map.of("reason",
				"Superseded by the 2027 programme.", "reasonZh", "已由2027年计划取代。", "back", "/admin/case-studies"));
		assertThat(withdrawn.statusCode()).isEqualTo(302);
		assertThat(status(id)).isEqualTo("WITHDRAWN");

		LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
		HttpResponse<String> english = this.visitor.get("/case-studies/test-addr-study");
		assertThat(english.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(english.body()).select(".banner--withdrawn").text()).startsWith(
				"This page was withdrawn on " + today.format(ENGLISH_DATE) + ": Superseded by the 2027 programme.");
		assertThat(english.body()).doesNotContain("Draft — not public");
		assertValidHtml("/case-studies/test-addr-study", english);
		assertValidHtml("the page bringing it back", this.editor.get("/admin/case-studies/" + id + "/withdraw"));
		assertThat(Jsoup.parse(this.visitor.get("/zh/case-studies/test-addr-study").body())
			.select(".banner--withdrawn")
			.text()).startsWith("此页面已于 " + today.format(CHINESE_DATE) + "撤回： 已由2027年计划取代。");
		assertThat(this.visitor.get("/api/v1/case-studies/test-addr-study?lang=zh", "application/json").body())
			.contains("\"withdrawn\":{\"withdrawnAt\":\"")
			.contains("\"reason\":\"已由2027年计划取代。\"");
		assertThat(listings()).allSatisfy((listing) -> assertThat(listing).doesNotContain("test-addr-study"));
		assertThat(this.editor.get("/admin/case-studies?q=Quokkaville").body()).contains("Withdrawn")
			.contains("Bring back");

		this.editor.get("/admin/case-studies/" + id + "/withdraw");
		assertThat(this.editor.post("/admin/case-studies/" + id + "/unwithdraw", Map.of()).statusCode()).isEqualTo(302);
		assertThat(status(id)).isEqualTo("PUBLISHED");
		assertThat(this.jdbc.queryForObject(
				"SELECT withdrawn_at IS NULL AND withdrawn_reason IS NULL FROM case_study " + "WHERE id = ?",
				Boolean.class, id))
			.isTrue();
		assertThat(this.visitor.get("/case-studies/test-addr-study").body()).doesNotContain("withdrawn on");
		assertThat(listings()).allSatisfy((listing) -> assertThat(listing).contains("test-addr-study"));
	}

	@Test
	void theEditFormOfAWithdrawnPageKeepsItWithdrawnAndAFormCannotWithdraw() {
		long id = createArea("Test Addr Form", "test-addr-form", "PUBLISHED");
		this.editor.get("/admin/areas/" + id + "/withdraw");
		this.editor.post("/admin/areas/" + id + "/withdraw", Map.of("reason", "Out of date."));
		Document form = Jsoup.parse(this.editor.get("/admin/areas/" + id + "/edit").body());
		assertThat(form.select("select[name=status] option[selected]").val()).isEqualTo("WITHDRAWN");

		long other = createArea("Test Addr Other", "test-addr-other", "PUBLISHED");
		assertThat(Jsoup.parse(this.editor.get("/admin/areas/" + other + "/edit").body())
			.select("select[name=status] option")
			.eachAttr("value")).containsExactly("DRAFT", "PUBLISHED");
		postArea("/admin/areas/" + other + "/edit", "Test Addr Other", "test-addr-other", "WITHDRAWN",
				version("cooperation_area", other));
		assertThat(status("cooperation_area", other)).isEqualTo("PUBLISHED");
	}

	private static void assertValidHtml(String what, HttpResponse<String> page) {
		List<HtmlChecker.Message> errors = HtmlChecker.errors(page.body().getBytes(StandardCharsets.UTF_8));
		assertThat(errors).as(HtmlChecker.report(what, errors)).isEmpty();
	}

	/**
	 * The public lists a published case study appears in, as visitors and programs get
	 * them.
	 */
	private List<String> listings() {
		return List.of(this.visitor.get("/case-studies").body(), this.visitor.get("/search?q=Quokkaville").body(),
				this.visitor.get("/feed.atom", "application/atom+xml").body(),
				this.visitor.get("/sitemap.xml", "application/xml").body(),
				this.visitor.get("/api/v1/case-studies", "application/json").body());
	}

	private long createArea(String name, String slug, String status) {
		HttpResponse<String> saved = postArea("/admin/areas/new", name, slug, status, null);
		assertThat(saved.statusCode()).as(WebSession.errorSummary(saved)).isEqualTo(302);
		return this.jdbc.queryForObject("SELECT id FROM cooperation_area WHERE slug = ?", Long.class, slug);
	}

	private void rename(long id, String slug) {
		String name = this.jdbc.queryForObject("SELECT name FROM cooperation_area WHERE id = ?", String.class, id);
		HttpResponse<String> saved = postArea("/admin/areas/" + id + "/edit", name, slug,
				status("cooperation_area", id), version("cooperation_area", id));
		assertThat(saved.statusCode()).as(WebSession.errorSummary(saved)).isEqualTo(302);
	}

	private HttpResponse<String> postArea(String path, String name, String slug, String status, Long version) {
		this.editor.get(path);
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("name", name);
		fields.put("slug", slug);
		fields.put("navOrder", "90");
		fields.put("status", status);
		if (version != null) {
			fields.put("version", version.toString());
		}
		// An edit of a live item is published at once, not kept as a draft.
		fields.put("action", (version != null) ? "publish" : "save");
		return this.editor.post(path, fields);
	}

	private long insertCaseStudy(String slug, String title) {
		return this.jdbc.queryForObject("INSERT INTO case_study (slug, title, summary, sort_order) "
				+ "VALUES (?, ?, 'A study for the address tests.', -1) RETURNING id", Long.class, slug, title);
	}

	private long insertMeeting(String slug, String title) {
		return this.jdbc.queryForObject(
				"INSERT INTO meeting (slug, title, meeting_date, venue, city, summary) "
						+ "VALUES (?, ?, DATE '2020-01-01', 'Test venue', 'London', 'A test meeting.') RETURNING id",
				Long.class, slug, title);
	}

	private String status(long caseStudyId) {
		return status("case_study", caseStudyId);
	}

	private String status(String table, long id) {
		return this.jdbc.queryForObject("SELECT status FROM " + table + " WHERE id = ?", String.class, id);
	}

	private long version(String table, long id) {
		return this.jdbc.queryForObject("SELECT version FROM " + table + " WHERE id = ?", Long.class, id);
	}

}
