package com.londonbeijing.portal.meeting.admin;

import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.londonbeijing.portal.account.Role;
import com.londonbeijing.portal.history.RevisionEntry;
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

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * Editors record diplomatic meetings — who met, where, what each side said on which
 * topics — and visitors see them on the meeting's page.
 */
@PortalIntegrationTest
@AutoConfigureMockMvc
class MeetingAdminTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MeetingAdmin admin;

	@RegisterExtension
	TestAccounts accounts = new TestAccounts();

	RequestPostProcessor editor;

	@BeforeEach
	void signInAnEditor() {
		this.editor = user(this.accounts.create("editor", Role.EDITOR).getUsername()).roles("EDITOR");
	}

	@AfterEach
	void removeTestMeetingsAndAccounts() {
		this.jdbc.update("DELETE FROM meeting WHERE slug LIKE 'test-%'");
		this.jdbc.update("DELETE FROM topic WHERE slug LIKE 'test-%'");
	}

	@Test
	void createsAMeetingThatVisitorsSeeWithEachSidesStatementsByTopic() throws Exception {
		this.mvc.perform(save("/admin/meetings/new", validMeeting()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/meetings"));

		String page = this.mvc.perform(get("/meetings/test-summit").with(anonymous()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document html = Jsoup.parse(page);
		assertThat(html.select("h1").text()).isEqualTo("Test Summit");
		assertThat(html.text()).contains("Lancaster House", "London", "Test Minister A", "Foreign Secretary",
				"Test Minister B", "The UK wants open markets.", "China agreed on climate finance.",
				"Both sides met the press.", "Test Climate Finance");
		assertThat(this.jdbc.queryForList(
				"SELECT p.name || ':' || p.side || ':' || p.position FROM meeting_participant p "
						+ "JOIN meeting m ON m.id = p.meeting_id WHERE m.slug = 'test-summit' ORDER BY p.position",
				String.class))
			.containsExactly("Test Minister A:UK:0", "Test Minister B:CHINA:1");
		assertThat(this.jdbc.queryForList("SELECT coalesce(p.name, 'both') || ':' || s.text FROM meeting_statement s "
				+ "JOIN meeting m ON m.id = s.meeting_id LEFT JOIN meeting_participant p ON p.id = s.participant_id "
				+ "WHERE m.slug = 'test-summit' ORDER BY s.position", String.class))
			.containsExactly("Test Minister A:The UK wants open markets.",
					"Test Minister B:China agreed on climate finance.", "both:Both sides met the press.");
		assertThat(this.jdbc
			.queryForList("SELECT t.name FROM meeting_statement_topic st JOIN topic t ON t.id = st.topic_id "
					+ "JOIN meeting_statement s ON s.id = st.statement_id JOIN meeting m ON m.id = s.meeting_id "
					+ "WHERE m.slug = 'test-summit' AND s.position = 1 ORDER BY t.name", String.class))
			.containsExactly("Test Climate Finance", "Trade");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM topic WHERE name = 'Trade'", Integer.class))
			.as("an existing topic is reused, whatever its case when typed")
			.isEqualTo(1);
	}

	@Test
	void editingKeepsStoredParticipantsAndMovesStatements() throws Exception {
		this.mvc.perform(save("/admin/meetings/new", validMeeting())).andExpect(status().is3xxRedirection());
		long id = meetingId("test-summit");
		MeetingForm stored = this.admin.form(id);
		List<Long> participantIds = participantIds(id);

		Map<String, String> edit = validMeeting();
		edit.put("version", String.valueOf(stored.getVersion()));
		edit.put("participants[0].key", "p" + participantIds.get(0));
		edit.put("participants[0].name", "Test Minister A Renamed");
		edit.put("participants[1].key", "p" + participantIds.get(1));
		edit.put("statements[0].speaker", "p" + participantIds.get(1));
		edit.put("statements[1].speaker", "p" + participantIds.get(0));
		edit.put("statements[2].text", "Both sides met the press again.");
		this.mvc.perform(save("/admin/meetings/" + id + "/edit", edit)).andExpect(status().is3xxRedirection());

		assertThat(participantIds(id)).as("participants are updated, not replaced").isEqualTo(participantIds);
		assertThat(
				this.jdbc.queryForList(
						"SELECT p.name FROM meeting_statement s JOIN meeting_participant p "
								+ "ON p.id = s.participant_id WHERE s.meeting_id = ? ORDER BY s.position",
						String.class, id))
			.containsExactly("Test Minister B", "Test Minister A Renamed");
		this.mvc.perform(get("/meetings/test-summit").with(anonymous()))
			.andExpect(content().string(containsString("Both sides met the press again.")))
			.andExpect(content().string(containsString("Test Minister A Renamed")));
	}

	@Test
	void rowsAreAddedRemovedAndMovedWithoutSavingOrLosingInput() throws Exception {
		Map<String, String> form = validMeeting();
		form.put("edit", "add:participants");
		String html = this.mvc.perform(save("/admin/meetings/new", form))
			.andExpect(status().isOk())
			.andExpect(view().name("admin/meetings/form"))
			.andExpect(model().hasNoErrors())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(html).select("input[name=\"participants[2].name\"]")).hasSize(1);
		assertThat(html).contains("value=\"Test Summit\"", "The UK wants open markets.");

		form.put("edit", "remove:statements:0");
		html = this.mvc.perform(save("/admin/meetings/new", form)).andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(html).select("textarea[name=\"statements[0].text\"]").text())
			.isEqualTo("China agreed on climate finance.");

		form.put("edit", "up:topics:1");
		html = this.mvc.perform(save("/admin/meetings/new", form)).andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(html).select("input[name=\"topics[0]\"]").val()).isEqualTo("Test Climate Finance");

		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM meeting WHERE slug = 'test-summit'", Integer.class))
			.isZero();
	}

	@Test
	void statementsOfferTheParticipantsTypedSoFarAsSpeakers() throws Exception {
		String html = this.mvc
			.perform(save("/admin/meetings/new",
					Map.of("edit", "add:statements", "participants[0].key", "n1a", "participants[0].name", "Test Envoy",
							"participants[0].office", "Envoy", "participants[0].side", "UK")))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(Jsoup.parse(html).select("select[name=\"statements[0].speaker\"] option"))
			.extracting((option) -> option.val() + "=" + option.text())
			.containsExactly("=Choose who said it", "both=Both sides together", "n1a=Test Envoy (Envoy)");
	}

	static Stream<Arguments> badInput() {
		int tooLate = Year.now().getValue() + MeetingChecks.YEARS_AHEAD + 1;
		return Stream.of(Arguments.of("title", "", "title", "Enter a value"),
				Arguments.of("title", "x".repeat(301), "title", "Use 300 characters or fewer"),
				Arguments.of("slug", "Not A Slug", "slug", "Use only lower-case letters"),
				Arguments.of("slug", "2024-10-18-wang-yi-david-lammy", "slug", "Another item already uses"),
				Arguments.of("date", "", "date", "Enter a value"),
				Arguments.of("date", "18 October", "date", "Enter a real date"),
				Arguments.of("date", "1949-12-31", "date", "between 1 January 1950"),
				Arguments.of("date", tooLate + "-01-01", "date", "between 1 January 1950"),
				Arguments.of("venue", " ", "venue", "Enter a value"),
				Arguments.of("venue", "x".repeat(301), "venue", "Use 300 characters or fewer"),
				Arguments.of("city", "", "city", "Enter a value"),
				Arguments.of("city", "x".repeat(121), "city", "Use 120 characters or fewer"),
				Arguments.of("summary", "", "summary", "Enter a value"),
				Arguments.of("summary", "x".repeat(2001), "summary", "Use 2000 characters or fewer"),
				Arguments.of("body", "x".repeat(100001), "body", "Use 100000 characters or fewer"),
				Arguments.of("topics[1]", " ", "topics[1]", "Enter a value"),
				Arguments.of("topics[1]", "trade", "topics[1]", "This topic is listed twice"),
				Arguments.of("topics[1]", "Trade!", "topics[1]", "A topic named Trade already exists"),
				Arguments.of("topics[1]", "x".repeat(201), "topics[1]", "Use 200 characters or fewer"),
				Arguments.of("participants[0].name", "", "participants[0].name", "Enter a value"),
				Arguments.of("participants[0].name", "x".repeat(201), "participants[0].name",
						"Use 200 characters or fewer"),
				Arguments.of("participants[1].office", "", "participants[1].office", "Enter a value"),
				Arguments.of("participants[1].office", "x".repeat(301), "participants[1].office",
						"Use 300 characters or fewer"),
				Arguments.of("participants[1].side", "", "participants[1].side", "Enter a value"),
				Arguments.of("statements[0].speaker", "", "statements[0].speaker", "Choose who made this statement"),
				Arguments.of("statements[0].speaker", "n99", "statements[0].speaker", "Choose who made this statement"),
				Arguments.of("statements[1].text", "", "statements[1].text", "Enter a value"),
				Arguments.of("statements[1].text", "x".repeat(2001), "statements[1].text",
						"Use 2000 characters or fewer"),
				Arguments.of("statements[1].topics", " , ", "statements[1].topics", "Enter at least one topic"),
				Arguments.of("statements[1].topics", "Trade, Tarde", "statements[1].topics",
						"Tarde is not a topic of this meeting"));
	}

	@ParameterizedTest(name = "{0} = \"{1}\" is refused")
	@MethodSource("badInput")
	void badInputIsExplainedBesideItsFieldAndKept(String name, String value, String field, String message)
			throws Exception {
		Map<String, String> form = validMeeting();
		form.put(name, value);

		String html = this.mvc.perform(save("/admin/meetings/new", form))
			.andExpect(status().isOk())
			.andExpect(view().name("admin/meetings/form"))
			.andExpect(model().attributeHasFieldErrors("form", field))
			.andReturn()
			.getResponse()
			.getContentAsString();

		Document page = Jsoup.parse(html);
		String id = field.replace('.', '-').replace("[", "-").replace("]", "");
		assertThat(page.select(".error-summary a[href=\"#" + id + "\"]").text()).contains(message);
		assertThat(page.select("#" + id + "-error").text()).contains(message);
		if (!name.equals("date") && value.length() < 100) {
			Element input = page.selectFirst("[name=\"" + name + "\"]");
			if (!input.is("select")) {
				assertThat(input.val().strip()).as("the editor's input is kept").isEqualTo(value.strip());
			}
		}
		assertThat(page.select("input[name=title]").val()).isEqualTo(name.equals("title") ? value : "Test Summit");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM meeting WHERE slug = 'test-summit'", Integer.class))
			.isZero();
	}

	@Test
	void whateverAnEditorTypesIsShownAsTextEverywhere() throws Exception {
		String script = "<script>alert(1)</script>";
		String attribute = "\"'><svg onload=alert(2)>";
		Map<String, String> form = validMeeting();
		form.put("title", "Test " + script + attribute);
		form.put("venue", script + " venue " + attribute);
		form.put("city", script + attribute);
		form.put("summary", script + " summary " + attribute);
		form.put("body", "Hello <script>alert(3)</script> <img src=x onerror=alert(4)> [x](javascript:alert(5))");
		form.put("topics[1]", "Test " + script + attribute);
		form.put("statements[1].topics", "Test " + script + attribute);
		form.put("statements[2].topics", "Test " + script + attribute);
		form.put("participants[0].name", script + " name " + attribute);
		form.put("participants[0].office", script + " office " + attribute);
		form.put("statements[0].text", script + " text " + attribute);
		form.put("changeNote", script + attribute);
		this.mvc.perform(save("/admin/meetings/new", form)).andExpect(status().is3xxRedirection());
		long id = meetingId("test-summit");

		for (String path : List.of("/meetings/test-summit", "/meetings", "/admin/meetings",
				"/admin/meetings/" + id + "/edit", "/admin/meetings/" + id + "/history",
				"/admin/meetings/" + id + "/delete")) {
			String html = this.mvc.perform(get(path).with(this.editor))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			Document page = Jsoup.parse(html);
			assertThat(page.select("script")).as(path).allMatch((element) -> element.hasAttr("src"));
			assertThat(page.select("svg[onload], img[onerror], [onload], [onerror]")).as(path).isEmpty();
			assertThat(page.select("a[href^=javascript]")).as(path).isEmpty();
			assertThat(html).as(path).doesNotContain("<script>alert", "<svg onload");
		}
		String page = this.mvc.perform(get("/meetings/test-summit").with(anonymous()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(page).text()).contains(script + " name " + attribute, script + " text " + attribute,
				script + " venue " + attribute);
	}

	@Test
	void aSecondEditorCannotSaveOverAChangeTheyHaveNotSeen() throws Exception {
		this.mvc.perform(save("/admin/meetings/new", validMeeting())).andExpect(status().is3xxRedirection());
		long id = meetingId("test-summit");
		long version = this.admin.form(id).getVersion();
		Map<String, String> first = validMeeting();
		first.put("version", String.valueOf(version));
		first.put("venue", "Test Venue One");
		this.mvc.perform(save("/admin/meetings/" + id + "/edit", first)).andExpect(status().is3xxRedirection());

		Map<String, String> second = validMeeting();
		second.put("version", String.valueOf(version));
		second.put("city", "Test City Two");
		String html = this.mvc.perform(save("/admin/meetings/" + id + "/edit", second))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		Document page = Jsoup.parse(html);
		assertThat(page.select(".conflict").text()).contains("Venue", "Test Venue One", "Lancaster House");
		assertThat(page.select("input[name=city]").val()).isEqualTo("Test City Two");
		assertThat(this.jdbc.queryForObject("SELECT venue || '/' || city FROM meeting WHERE id = ?", String.class, id))
			.isEqualTo("Test Venue One/London");
	}

	@Test
	void draftsAreHiddenFromVisitorsButPreviewedByEditors() throws Exception {
		Map<String, String> form = validMeeting();
		form.put("status", "DRAFT");
		this.mvc.perform(save("/admin/meetings/new", form)).andExpect(status().is3xxRedirection());

		this.mvc.perform(get("/meetings/test-summit").with(anonymous())).andExpect(status().isNotFound());
		this.mvc.perform(get("/meetings").with(anonymous()))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Test Summit"))));
		this.mvc.perform(get("/meetings/test-summit").with(this.editor))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Draft")));
	}

	@Test
	void historyRecordsEachChangeAndAnOldRevisionCanBeRestored() throws Exception {
		this.mvc.perform(save("/admin/meetings/new", validMeeting())).andExpect(status().is3xxRedirection());
		long id = meetingId("test-summit");
		Map<String, String> edit = validMeeting();
		edit.put("version", String.valueOf(this.admin.form(id).getVersion()));
		edit.put("participants[1].office", "Test Vice Premier");
		edit.put("changeNote", "Corrected the office");
		this.mvc.perform(save("/admin/meetings/" + id + "/edit", edit)).andExpect(status().is3xxRedirection());

		List<RevisionEntry> history = this.admin.history(id);
		assertThat(history).hasSize(2);
		assertThat(history.get(0).username()).startsWith("editor");
		assertThat(history.get(0).changeNote()).isEqualTo("Corrected the office");
		assertThat(history.get(0).changes()).singleElement()
			.satisfies((change) -> assertThat(change.after()).contains("Test Vice Premier"));
		this.mvc.perform(get("/admin/meetings/" + id + "/history").with(this.editor))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Corrected the office")));

		this.mvc
			.perform(post("/admin/meetings/" + id + "/history/" + history.get(1).number() + "/restore").with(csrf())
				.with(this.editor))
			.andExpect(status().is3xxRedirection());

		assertThat(this.jdbc.queryForList(
				"SELECT office FROM meeting_participant WHERE meeting_id = ? ORDER BY position", String.class, id))
			.containsExactly("Foreign Secretary", "Foreign Minister");
		assertThat(this.admin.history(id)).hasSize(3);
	}

	@Test
	void deletingSaysWhichPagesLinkToTheMeetingThenTakesItsPageOff() throws Exception {
		Map<String, String> form = validMeeting();
		form.put("areaIds", String.valueOf(this.jdbc
			.queryForObject("SELECT id FROM cooperation_area WHERE slug = 'trade-and-investment'", Long.class)));
		this.mvc.perform(save("/admin/meetings/new", form)).andExpect(status().is3xxRedirection());
		long id = meetingId("test-summit");

		this.mvc.perform(get("/admin/meetings/" + id + "/delete").with(this.editor))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Trade and Investment")))
			.andExpect(content().string(containsString("2 participants and 3 statements")));
		this.mvc.perform(post("/admin/meetings/" + id + "/delete").with(csrf()).with(this.editor))
			.andExpect(redirectedUrl("/admin/meetings"));

		// It was published, so its address says it has gone (see
		// address/StableAddressTests).
		this.mvc.perform(get("/meetings/test-summit").with(anonymous())).andExpect(status().isGone());
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM meeting_participant p WHERE NOT EXISTS "
				+ "(SELECT 1 FROM meeting m WHERE m.id = p.meeting_id)", Integer.class))
			.isZero();
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM topic WHERE name = 'Trade'", Integer.class))
			.as("topics stay for other meetings")
			.isEqualTo(1);
	}

	@Test
	void theListFindsMeetingsByTitle() throws Exception {
		this.mvc.perform(save("/admin/meetings/new", validMeeting())).andExpect(status().is3xxRedirection());

		this.mvc.perform(get("/admin/meetings").param("q", "test sum").with(this.editor))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1 meeting")))
			.andExpect(content().string(containsString("Test Summit")));
		this.mvc.perform(get("/admin/meetings").param("q", "100%_").with(this.editor))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No meetings")));
	}

	/**
	 * Saves straight onto the meeting (Publish now): these tests are about the meeting's
	 * own values, which a plain save of a published meeting keeps in a draft.
	 */
	private MockHttpServletRequestBuilder save(String path, Map<String, String> fields) {
		MockHttpServletRequestBuilder request = post(path).with(csrf()).with(this.editor);
		fields.forEach(request::param);
		if (!fields.containsKey("action")) {
			request.param("action", "publish");
		}
		return request;
	}

	private long meetingId(String slug) {
		return this.jdbc.queryForObject("SELECT id FROM meeting WHERE slug = ?", Long.class, slug);
	}

	private List<Long> participantIds(long meetingId) {
		return this.jdbc.queryForList("SELECT id FROM meeting_participant WHERE meeting_id = ? ORDER BY position",
				Long.class, meetingId);
	}

	private static Map<String, String> validMeeting() {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("title", "Test Summit");
		form.put("slug", "test-summit");
		form.put("date", "2023-05-01");
		form.put("venue", "Lancaster House");
		form.put("city", "London");
		form.put("summary", "Talks on trade and climate finance.");
		form.put("body", "## Talks\n\nThey talked.");
		form.put("topics[0]", "trade");
		form.put("topics[1]", "Test Climate Finance");
		form.put("participants[0].key", "n1");
		form.put("participants[0].name", "Test Minister A");
		form.put("participants[0].office", "Foreign Secretary");
		form.put("participants[0].side", "UK");
		form.put("participants[1].key", "n2");
		form.put("participants[1].name", "Test Minister B");
		form.put("participants[1].office", "Foreign Minister");
		form.put("participants[1].side", "CHINA");
		form.put("statements[0].speaker", "n1");
		form.put("statements[0].text", "The UK wants open markets.");
		form.put("statements[0].topics", "Trade");
		form.put("statements[1].speaker", "n2");
		form.put("statements[1].text", "China agreed on climate finance.");
		form.put("statements[1].topics", "Test Climate Finance, trade");
		form.put("statements[2].speaker", "both");
		form.put("statements[2].text", "Both sides met the press.");
		form.put("statements[2].topics", "Test Climate Finance");
		form.put("status", "PUBLISHED");
		return form;
	}

}
