package com.londonbeijing.portal.editing;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import com.londonbeijing.portal.account.Role;
import com.londonbeijing.portal.test.AdminForms;
import com.londonbeijing.portal.test.PortalIntegrationTest;
import com.londonbeijing.portal.test.TestAccounts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What editing areas, case studies, meetings and trade figures shares, as editors and
 * visitors see it: each change shows on the public page, with "Last updated" and the
 * latest change note marked for visitors; the admin lists say who changed what last;
 * saving returns to the list as the editor left it; delete pages say what links to the
 * item, whose page then gives 404.
 */
@PortalIntegrationTest
@AutoConfigureMockMvc
class ContentEditingTests {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@RegisterExtension
	TestAccounts accounts = new TestAccounts();

	String username;

	RequestPostProcessor editor;

	@BeforeEach
	void signInAnEditor() {
		this.username = this.accounts.create("journey-editor", Role.EDITOR).getUsername();
		this.editor = user(this.username).roles("EDITOR");
	}

	@AfterEach
	void removeTestContent() {
		this.jdbc.update("DELETE FROM case_study WHERE slug LIKE 'test-%'");
		this.jdbc.update("DELETE FROM meeting WHERE slug LIKE 'test-%'");
		this.jdbc.update("DELETE FROM cooperation_area WHERE slug LIKE 'test-%'");
		this.jdbc.update("DELETE FROM trade_figure WHERE year BETWEEN ? AND ?", AdminForms.FIRST_TEST_YEAR,
				AdminForms.LAST_TEST_YEAR);
	}

	static final Kind AREAS = new Kind("/admin/areas", "cooperation_area", AdminForms::area, "name",
			"/areas/test-journey-item", "SELECT id FROM cooperation_area WHERE slug = 'test-journey-item'");

	static final Kind CASE_STUDIES = new Kind("/admin/case-studies", "case_study", AdminForms::caseStudy, "title",
			"/case-studies/test-journey-item", "SELECT id FROM case_study WHERE slug = 'test-journey-item'");

	static final Kind MEETINGS = new Kind("/admin/meetings", "meeting", AdminForms::meeting, "title",
			"/meetings/test-journey-item", "SELECT id FROM meeting WHERE slug = 'test-journey-item'");

	static final Kind TRADE = new Kind("/admin/trade", "trade_figure",
			(label) -> AdminForms.tradeFigure(AdminForms.FIRST_TEST_YEAR + 1), "notes", "/trade",
			"SELECT id FROM trade_figure WHERE year = " + (AdminForms.FIRST_TEST_YEAR + 1));

	static Stream<Arguments> kinds() {
		return Stream.of(Arguments.argumentSet("areas", AREAS), Arguments.argumentSet("case studies", CASE_STUDIES),
				Arguments.argumentSet("meetings", MEETINGS), Arguments.argumentSet("trade figures", TRADE));
	}

	@ParameterizedTest
	@MethodSource("kinds")
	void createdAndEditedItemsShowOnThePublicPage(Kind kind) throws Exception {
		long id = create(kind, "Test Journey Item");
		assertThat(publicPage(kind).text()).contains((kind != TRADE) ? "Test Journey Item" : "Calendar years.");

		edit(kind, id, Map.of(kind.labelField(), "Test Journey Item renamed", "slug", "test-journey-item"));

		assertThat(publicPage(kind).text()).contains("Test Journey Item renamed");
	}

	@ParameterizedTest
	@MethodSource("kinds")
	void publicPagesShowTheLatestSaveAndTheNewestNoteMarkedForVisitors(Kind kind) throws Exception {
		long id = create(kind, "Test Journey Item");
		this.jdbc.update("UPDATE " + kind.table() + " SET published_at = TIMESTAMPTZ '2020-03-01 12:00:00Z', "
				+ "updated_at = TIMESTAMPTZ '2020-03-02 12:00:00Z' WHERE id = ?", id);
		edit(kind, id, Map.of("summary", "Changed once.", "notes", "Changed once.", "changeNote",
				"Corrected the figures for visitors", "changeNotePublic", "true"));
		edit(kind, id,
				Map.of("summary", "Changed twice.", "notes", "Changed twice.", "changeNote", "Internal: typo fixed"));

		Document page = publicPage(kind);

		String today = LocalDate.now(LONDON).format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));
		Element dates = page.selectFirst("p.dates");
		assertThat(dates.select("time").get(1).text()).as("last updated").isEqualTo(today);
		assertThat(dates.select("time").get(1).attr("datetime"))
			.startsWith(LocalDate.now(LONDON).toString().substring(0, 4));
		if (kind != TRADE) {
			assertThat(dates.select("time").get(0).text()).as("published").isEqualTo("1 March 2020");
		}
		Element note = page.selectFirst("p.change-note");
		assertThat(note).as("public change note").isNotNull();
		assertThat(note.text()).contains("Corrected the figures for visitors").contains(today);
		assertThat(note.selectFirst("time").attr("datetime")).isNotBlank();
		assertThat(page.text()).doesNotContain("Internal: typo fixed");
	}

	@ParameterizedTest
	@MethodSource("kinds")
	void privateChangeNotesStayOffThePublicPage(Kind kind) throws Exception {
		long id = create(kind, "Test Journey Item");
		edit(kind, id, Map.of("summary", "Changed.", "notes", "Changed.", "changeNote", "Only for editors"));

		Document page = publicPage(kind);

		assertThat(page.text()).doesNotContain("Only for editors");
		if (kind != TRADE) {
			assertThat(page.select("p.change-note")).isEmpty();
		}
		assertThat(history(kind, id).text()).contains("Only for editors");
	}

	@ParameterizedTest
	@MethodSource("kinds")
	void publicPagesListEveryUpdateMarkedForVisitorsNewestFirstInBothLanguages(Kind kind) throws Exception {
		long id = create(kind, "Test Journey Item");
		edit(kind, id, Map.of("summary", "Changed once.", "notes", "Changed once.", "changeNote",
				"Added the first figures", "changeNotePublic", "true"));
		edit(kind, id,
				Map.of("summary", "Changed twice.", "notes", "Changed twice.", "changeNote", "Internal: typo fixed"));
		edit(kind, id, Map.of("summary", "Changed thrice.", "notes", "Changed thrice.", "changeNote",
				"Corrected the sources", "changeNotePublic", "true"));

		Document page = publicPage(kind);

		assertThat(page.select("p.dates a[href=#updates]").text()).isEqualTo("See all updates");
		Element updates = page.getElementById("updates");
		assertThat(updates.selectFirst("h2").text()).isEqualTo("Updates to this page");
		assertThat(updates.select("li span").eachText()).containsExactly("Corrected the sources",
				"Added the first figures", "First published.");
		assertThat(updates.select("li time").eachAttr("datetime")).allMatch((datetime) -> !datetime.isBlank());

		Document chinese = publicPage(kind, "/zh" + kind.publicPath());
		Element chineseUpdates = chinese.getElementById("updates");
		assertThat(chineseUpdates.selectFirst("h2").text()).isEqualTo("本页更新记录");
		assertThat(chineseUpdates.select("li span[lang=en]").eachText()).containsExactly("Corrected the sources",
				"Added the first figures");
		assertThat(chineseUpdates.select("li span:not([lang])").eachText()).containsExactly("首次发布。");
	}

	@ParameterizedTest
	@MethodSource("kinds")
	void pagesWithoutNotesForVisitorsHaveNoUpdatesList(Kind kind) throws Exception {
		long id = create(kind, "Test Journey Item");
		edit(kind, id, Map.of("summary", "Changed.", "notes", "Changed.", "changeNote", "Only for editors"));

		Document page = publicPage(kind);

		assertThat(page.getElementById("updates")).isNull();
		assertThat(page.select("a[href=#updates]")).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("kinds")
	void editorsCorrectTheWordingOfAPublicNoteAndTheHistoryKeepsTheOldOne(Kind kind) throws Exception {
		long id = create(kind, "Test Journey Item");
		edit(kind, id, Map.of("summary", "Changed.", "notes", "Changed.", "changeNote", "Corected the sorces",
				"changeNotePublic", "true"));
		int revision = latestRevision(kind, id);
		String notePath = kind.admin() + "/" + id + "/history/" + revision + "/note";
		assertThat(history(kind, id).select("a[href=" + notePath + "]").text()).isEqualTo("Correct the wording");
		assertThat(page(notePath).selectFirst("textarea[name=note]").text()).isEqualTo("Corected the sorces");

		MvcResult result = this.mvc
			.perform(post(notePath).param("note", "Corrected the sources").with(csrf()).with(this.editor))
			.andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(302);
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(kind.admin() + "/" + id + "/history");
		Document page = publicPage(kind);
		assertThat(page.selectFirst("p.change-note").text()).contains("Corrected the sources");
		assertThat(page.getElementById("updates").text()).contains("Corrected the sources").doesNotContain("Corected");
		assertThat(this.jdbc.queryForObject("SELECT change_note FROM revinfo WHERE rev = ?", String.class, revision))
			.isEqualTo("Corrected the sources");
		assertThat(history(kind, id).select(".history__corrections li").text())
			.startsWith("Wording corrected by " + this.username + " on ")
			.endsWith("it was “Corected the sorces”.");
	}

	@Test
	void refusedCorrectionsSayWhatToFixKeepTheInputAndChangeNothing() throws Exception {
		long id = create(MEETINGS, "Test Journey Item");
		edit(MEETINGS, id,
				Map.of("summary", "Changed.", "changeNote", "Moved the meeting", "changeNotePublic", "true"));
		int revision = latestRevision(MEETINGS, id);
		String notePath = MEETINGS.admin() + "/" + id + "/history/" + revision + "/note";
		Map<String, String> refusals = Map.of("   ", "Enter the note’s new wording", "x".repeat(501),
				"Shorten the note to 500 characters or fewer", "Moved\u0007 the <b>meeting</b>",
				"Remove the control characters (such as tabs or line breaks) from the note");

		for (Map.Entry<String, String> refusal : refusals.entrySet()) {
			MvcResult result = this.mvc
				.perform(post(notePath).param("note", refusal.getKey()).with(csrf()).with(this.editor))
				.andReturn();

			assertThat(result.getResponse().getStatus()).isEqualTo(200);
			Document page = Jsoup.parse(result.getResponse().getContentAsString());
			assertThat(page.select(".error-summary a").text()).isEqualTo(refusal.getValue());
			if (!refusal.getKey().isBlank()) {
				assertThat(page.selectFirst("textarea[name=note]").wholeText()).isEqualTo(refusal.getKey());
			}
		}
		assertThat(this.jdbc.queryForObject("SELECT change_note FROM revinfo WHERE rev = ?", String.class, revision))
			.isEqualTo("Moved the meeting");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM change_note_correction WHERE rev = ?", Integer.class,
				revision))
			.isZero();
	}

	@Test
	void onlyTheItemsOwnPublicNotesCanBeCorrected() throws Exception {
		long id = create(MEETINGS, "Test Journey Item");
		edit(MEETINGS, id, Map.of("summary", "Changed.", "changeNote", "Only for editors"));
		int privateRevision = latestRevision(MEETINGS, id);
		long other = create(CASE_STUDIES, "Test Journey Item");
		edit(CASE_STUDIES, other,
				Map.of("summary", "Changed.", "changeNote", "Public elsewhere", "changeNotePublic", "true"));
		int otherRevision = latestRevision(CASE_STUDIES, other);
		String base = MEETINGS.admin() + "/" + id + "/history/";

		for (String revision : new String[] { "" + privateRevision, "" + otherRevision, "999999999" }) {
			assertThat(this.mvc.perform(get(base + revision + "/note").with(this.editor))
				.andReturn()
				.getResponse()
				.getStatus()).as(revision).isEqualTo(404);
			assertThat(this.mvc
				.perform(post(base + revision + "/note").param("note", "Hijacked").with(csrf()).with(this.editor))
				.andReturn()
				.getResponse()
				.getStatus()).as(revision).isEqualTo(404);
		}
		assertThat(
				this.jdbc.queryForObject("SELECT count(*) FROM revinfo WHERE change_note = 'Hijacked'", Integer.class))
			.isZero();
	}

	@Test
	void feedsCarryTheNewestUpdateMarkedForVisitors() throws Exception {
		long id = create(MEETINGS, "Test Journey Item");
		edit(MEETINGS, id, Map.of("summary", "A changed summary.", "changeNote", "Added who attended",
				"changeNotePublic", "true"));
		String today = LocalDate.now(LONDON).format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));

		String feed = this.mvc.perform(get("/feed.atom").with(anonymous()))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(feed).contains("A changed summary.\n\nUpdated " + today + ": Added who attended");
	}

	@ParameterizedTest
	@MethodSource("kinds")
	void listsSayWhenAndByWhomEachItemLastChanged(Kind kind) throws Exception {
		long id = create(kind, "Test Journey Item");

		Document list = page(kind.admin() + "?q=" + ((kind != TRADE) ? "Journey" : AdminForms.FIRST_TEST_YEAR + 1));

		Element row = list.select("tbody tr")
			.stream()
			.filter((tr) -> tr.select("a[href*=/" + id + "/edit]").size() > 0)
			.findFirst()
			.orElseThrow();
		assertThat(row.select("td time").last().attr("datetime")).startsWith(String.valueOf(LocalDate.now().getYear()));
		assertThat(row.text()).contains("by " + this.username);
	}

	@Test
	void siteTextsListSaysWhoChangedEachTextLast() throws Exception {
		Document list = page("/admin/texts");

		assertThat(list.select("tbody tr").first().text()).contains("by system");
	}

	@Test
	void savingReturnsToTheListWithItsSearchSortAndPage() throws Exception {
		long id = create(AREAS, "Test Journey Item");
		Document list = page("/admin/areas?q=Journey&sort=-name");
		String editLink = list.selectFirst("a[href^=/admin/areas/" + id + "/edit]").attr("href");
		assertThat(editLink).contains("back=");

		Document form = page(editLink);
		assertThat(form.selectFirst("input[name=back]").val()).isEqualTo("/admin/areas?q=Journey&sort=-name");
		assertThat(form.selectFirst(".form__actions a").attr("href")).isEqualTo("/admin/areas?q=Journey&sort=-name");

		MvcResult saved = this.mvc
			.perform(AdminForms.submit("/admin/areas/" + id + "/edit", withVersion(AREAS, id, Map.of()))
				.param("back", form.selectFirst("input[name=back]").val())
				.param("action", "publish")
				.with(this.editor))
			.andReturn();
		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/admin/areas?q=Journey&sort=-name");

		MvcResult continued = this.mvc
			.perform(AdminForms.submit("/admin/areas/" + id + "/edit", withVersion(AREAS, id, Map.of()))
				.param("back", "/admin/areas?q=a b&sort=-name&page=2")
				.param("action", "continue")
				.with(this.editor))
			.andReturn();
		assertThat(continued.getResponse().getRedirectedUrl())
			.isEqualTo("/admin/areas/" + id + "/edit?back=%2Fadmin%2Fareas%3Fq%3Da%2520b%26sort%3D-name%26page%3D2");
		assertThat(page(continued.getResponse().getRedirectedUrl()).selectFirst("input[name=back]").val())
			.isEqualTo("/admin/areas?q=a%20b&sort=-name&page=2");
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://evil.example/admin/areas", "//evil.example/admin/areas",
			"/\\evil.example/admin/areas", "javascript:alert(1)", "/admin/trade?q=1", "/admin/areas/../users",
			"/admin/areas?q=x\r\nSet-Cookie: a=b", "/admin/areasx" })
	void neverReturnsAnywhereButToTheKindsOwnList(String back) throws Exception {
		long id = create(AREAS, "Test Journey Item");

		MvcResult saved = this.mvc
			.perform(AdminForms.submit("/admin/areas/" + id + "/edit", withVersion(AREAS, id, Map.of()))
				.param("back", back)
				.with(this.editor))
			.andReturn();

		assertThat(saved.getResponse().getRedirectedUrl()).startsWith("/admin/areas").doesNotContain("evil");
		assertThat(saved.getResponse().getRedirectedUrl()).matches("/admin/areas(\\?q=x[^\\r\\n]*)?");
	}

	@Test
	void deletingReturnsToTheListAsTheEditorLeftIt() throws Exception {
		long id = create(AREAS, "Test Journey Item");

		MvcResult deleted = this.mvc
			.perform(post("/admin/areas/" + id + "/delete").with(csrf())
				.param("back", "/admin/areas?sort=name&page=1")
				.with(this.editor))
			.andReturn();

		assertThat(deleted.getResponse().getRedirectedUrl()).isEqualTo("/admin/areas?sort=name&page=1");
	}

	@Test
	void areaDeletePageListsTheCaseStudiesAndTextsLinkingToIt() throws Exception {
		long areaId = create(AREAS, "Test Journey Item");
		Map<String, String> caseStudy = AdminForms.caseStudy("Test Tagged Case");
		caseStudy.put("areaIds", String.valueOf(areaId));
		caseStudy.put("body", "See [the area](/areas/test-journey-item) and [another](/areas/test-journey-item-2).");
		this.mvc.perform(AdminForms.submit("/admin/case-studies/new", caseStudy).with(this.editor));

		Document page = page("/admin/areas/" + areaId + "/delete");

		Element linked = page.selectFirst("section.linked-from");
		assertThat(linked.text()).contains("1 case study is tagged with it and links to it")
			.contains("No meetings link to it.")
			.contains("1 text links to its page")
			.contains("these links and mentions disappear");
		assertThat(linked.select("a[href=/case-studies/test-tagged-case]").eachText()).hasSize(2)
			.containsOnly("Test Tagged Case");

		this.mvc.perform(post("/admin/areas/" + areaId + "/delete").with(csrf()).with(this.editor));
		assertThat(status("/areas/test-journey-item")).isEqualTo(410); // it was
																		// published: gone
		assertThat(publicPage(CASE_STUDIES, "/case-studies/test-tagged-case").text()).contains("Test Tagged Case");
	}

	@Test
	void caseStudyDeletePageListsItsAreasAndRelatedCaseStudiesThenItsPageIsGone() throws Exception {
		Map<String, String> form = AdminForms.caseStudy("Test Journey Item");
		form.put("areaIds", "1");
		form.put("featured", "true");
		this.mvc.perform(AdminForms.submit("/admin/case-studies/new", form).with(this.editor));
		long id = this.jdbc.queryForObject(CASE_STUDIES.idQuery(), Long.class);
		String areaName = this.jdbc.queryForObject("SELECT name FROM cooperation_area WHERE id = 1", String.class);
		long related = this.jdbc.queryForObject("""
				SELECT count(DISTINCT c.id) FROM case_study c JOIN case_study_area a ON a.case_study_id = c.id
				WHERE a.area_id = 1 AND c.status = 'PUBLISHED' AND c.id <> ?""", Long.class, id);

		Element linked = page("/admin/case-studies/" + id + "/delete").selectFirst("section.linked-from");

		assertThat(linked.text()).contains("The page of its area lists it").contains(areaName);
		assertThat(linked.text()).contains("featured on the home page");
		assertThat(linked.select("a[href=/]")).hasSize(1);
		if (related > 0) {
			assertThat(linked.text()).contains("may show it under “Related case studies”");
		}

		this.mvc.perform(post("/admin/case-studies/" + id + "/delete").with(csrf()).with(this.editor));
		assertThat(status("/case-studies/test-journey-item")).isEqualTo(410); // it was
																				// published:
																				// gone
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM case_study WHERE id = ?", Integer.class, id))
			.isZero();
	}

	@Test
	void tradeDeletePageListsWhereTheFiguresAppearThenTheYearIsGone() throws Exception {
		long id = create(TRADE, null);
		String year = String.valueOf(AdminForms.FIRST_TEST_YEAR + 1);
		assertThat(publicPage(TRADE).select("th[scope=row]").eachText()).contains(year);

		Element linked = page("/admin/trade/" + id + "/delete").selectFirst("section.linked-from");

		assertThat(linked.select("a[href=/trade]")).hasSize(1);
		assertThat(linked.select("a[href=/areas/trade-and-investment]")).hasSize(1);

		this.mvc.perform(post("/admin/trade/" + id + "/delete").with(csrf()).with(this.editor));
		assertThat(publicPage(TRADE).select("th[scope=row]").eachText()).doesNotContain(year);
	}

	@Test
	void slugsAreUniquePerKindOnly() throws Exception {
		Map<String, String> form = AdminForms.caseStudy("Test Same Slug");
		form.put("slug", "trade-and-investment");
		this.mvc.perform(AdminForms.submit("/admin/case-studies/new", form).with(this.editor));

		assertThat(status("/case-studies/trade-and-investment")).isEqualTo(200);
		this.jdbc.update("DELETE FROM case_study WHERE slug = 'trade-and-investment'");
	}

	@Test
	void slugIsSuggestedFromTheTitle() throws Exception {
		this.mvc.perform(
				AdminForms.submit("/admin/case-studies/new", AdminForms.caseStudy("Test: Électric Buses & Trams 2030"))
					.with(this.editor));

		assertThat(this.jdbc.queryForList("SELECT slug FROM case_study WHERE title LIKE 'Test: %'", String.class))
			.containsExactly("test-electric-buses-trams-2030");
	}

	private long create(Kind kind, String label) throws Exception {
		Map<String, String> form = kind.form().apply(label);
		if (kind != TRADE) {
			form.put("slug", "test-journey-item");
		}
		MvcResult result = this.mvc.perform(AdminForms.submit(kind.admin() + "/new", form).with(this.editor))
			.andReturn();
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(302);
		return this.jdbc.queryForObject(kind.idQuery(), Long.class);
	}

	/** Publishes a change at once: saving a published item would only make a draft. */
	private void edit(Kind kind, long id, Map<String, String> changes) throws Exception {
		MvcResult result = this.mvc
			.perform(AdminForms.submit(kind.admin() + "/" + id + "/edit", withVersion(kind, id, changes))
				.param("action", "publish")
				.with(this.editor))
			.andReturn();
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(302);
	}

	private Map<String, String> withVersion(Kind kind, long id, Map<String, String> changes) {
		Map<String, String> form = kind.form().apply("Test Journey Item");
		if (kind != TRADE) {
			form.put("slug", "test-journey-item");
		}
		changes.forEach((field, value) -> {
			if (form.containsKey(field) || field.startsWith("change")) {
				form.put(field, value);
			}
		});
		form.put("version",
				this.jdbc.queryForObject("SELECT version FROM " + kind.table() + " WHERE id = ?", Long.class, id)
					.toString());
		return form;
	}

	private int latestRevision(Kind kind, long id) {
		return this.jdbc.queryForObject("SELECT max(rev) FROM " + kind.table() + "_aud WHERE id = ?", Integer.class,
				id);
	}

	private Document publicPage(Kind kind) throws Exception {
		return publicPage(kind, kind.publicPath());
	}

	private Document publicPage(Kind kind, String path) throws Exception {
		MvcResult result = this.mvc.perform(get(path).with(anonymous())).andReturn();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

	private Document history(Kind kind, long id) throws Exception {
		return page(kind.admin() + "/" + id + "/history");
	}

	/** GETs a path as a browser would from a link: as it is, already encoded. */
	private Document page(String path) throws Exception {
		MvcResult result = this.mvc.perform(get(URI.create(path)).with(this.editor)).andReturn();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

	private int status(String path) throws Exception {
		return this.mvc.perform(get(path).with(anonymous())).andReturn().getResponse().getStatus();
	}

	/** A kind of content: how to fill its form, where it lives, where visitors see it. */
	record Kind(String admin, String table, Function<String, Map<String, String>> form, String labelField,
			String publicPath, String idQuery) {

		@Override
		public String toString() {
			return this.admin;
		}

	}

}
