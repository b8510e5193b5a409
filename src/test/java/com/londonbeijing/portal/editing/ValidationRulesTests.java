package com.londonbeijing.portal.editing;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Every validation rule of every kind of content other than meetings, as an editor meets
 * it: the form comes back (200, never an error page) with the message beside the field,
 * the same message as a link to the field in the error summary, what was typed still in
 * the field, and nothing stored.
 */
@PortalIntegrationTest
@AutoConfigureMockMvc
class ValidationRulesTests {

	private static final String SLUG_MESSAGE = "Use only lower-case letters, digits and single hyphens, for example trade-and-investment";

	private static final String TAKEN_SLUG = "Another item already uses this web address: choose another";

	private static final String REQUIRED = "Enter a value";

	private static final String PUBLIC_NOTE_EMPTY = "Write the note to show on the public page, or untick “Show this note on the public page”";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@RegisterExtension
	TestAccounts accounts = new TestAccounts();

	RequestPostProcessor editor;

	@BeforeEach
	void signInAnEditor() {
		this.editor = user(this.accounts.create("validation-editor", Role.EDITOR).getUsername()).roles("EDITOR");
	}

	@AfterEach
	void removeAnythingStored() {
		this.jdbc.update("DELETE FROM cooperation_area WHERE slug LIKE 'test-%'");
		this.jdbc.update("DELETE FROM case_study WHERE slug LIKE 'test-%'");
		this.jdbc.update("DELETE FROM trade_figure WHERE year BETWEEN ? AND ?", AdminForms.FIRST_TEST_YEAR,
				AdminForms.LAST_TEST_YEAR);
	}

	static Stream<Arguments> areaRules() {
		return Stream.of(rule("name is required", "name", "", REQUIRED),
				rule("name at most 200 characters", "name", "N".repeat(201), "Use 200 characters or fewer"),
				rule("slug of lower-case letters, digits and hyphens", "slug", "Not A Slug", SLUG_MESSAGE),
				rule("slug without double hyphens", "slug", "test--double", SLUG_MESSAGE),
				rule("slug at most 120 characters", "slug", "test-" + "a".repeat(116), "Use 120 characters or fewer"),
				rule("slug unique among areas", "slug", "trade-and-investment", TAKEN_SLUG),
				rule("slug needed when the name gives none to suggest", "slug", "",
						"Enter a web address, or a name to make one from")
					.withField("name", "!!!"),
				rule("summary at most 1000 characters", "summary", "s".repeat(1001), "Use 1000 characters or fewer"),
				rule("text at most 100000 characters", "body", "b".repeat(100001), "Use 100000 characters or fewer"),
				rule("benefits heading at most 200 characters", "benefitsTitle", "h".repeat(201),
						"Use 200 characters or fewer"),
				rule("benefit rows are required", "benefits[0]", "   ", REQUIRED).keepsNothing(),
				rule("benefit at most 500 characters", "benefits[0]", "x".repeat(501), "Use 500 characters or fewer"),
				rule("order is a whole number", "navOrder", "first", "Enter a whole number, for example 2023"),
				rule("order is not negative", "navOrder", "-1", "Enter 0 or more"),
				rule("order is required", "navOrder", "", REQUIRED),
				rule("change note at most 500 characters", "changeNote", "c".repeat(501),
						"Use 500 characters or fewer"),
				rule("a public change note needs a note", "changeNote", "", PUBLIC_NOTE_EMPTY)
					.withField("changeNotePublic", "true"))
			.map((rule) -> rule.on("/admin/areas/new", AdminForms.area("Test Validation Area"),
					"SELECT count(*) FROM cooperation_area"));
	}

	static Stream<Arguments> caseStudyRules() {
		return Stream.of(rule("title is required", "title", "", REQUIRED),
				rule("title at most 200 characters", "title", "T".repeat(201), "Use 200 characters or fewer"),
				rule("slug of lower-case letters, digits and hyphens", "slug", "test_underscore", SLUG_MESSAGE),
				rule("slug at most 120 characters", "slug", "test-" + "a".repeat(116), "Use 120 characters or fewer"),
				rule("slug unique among case studies", "slug", "london-shanghai-cooperation", TAKEN_SLUG),
				rule("summary is required", "summary", "", REQUIRED),
				rule("summary at most 1000 characters", "summary", "s".repeat(1001), "Use 1000 characters or fewer"),
				rule("text at most 100000 characters", "body", "b".repeat(100001), "Use 100000 characters or fewer"),
				rule("partners at most 500 characters", "partners", "p".repeat(501), "Use 500 characters or fewer"),
				rule("period at most 100 characters", "period", "p".repeat(101), "Use 100 characters or fewer"),
				rule("outcomes heading at most 200 characters", "outcomesTitle", "h".repeat(201),
						"Use 200 characters or fewer"),
				rule("outcome rows are required", "outcomes[0]", "", REQUIRED),
				rule("outcome at most 500 characters", "outcomes[0]", "o".repeat(501), "Use 500 characters or fewer"),
				rule("metrics heading at most 200 characters", "metricsTitle", "h".repeat(201),
						"Use 200 characters or fewer"),
				rule("metric project is required", "metrics[0].projectName", "", REQUIRED),
				rule("metric project at most 200 characters", "metrics[0].projectName", "p".repeat(201),
						"Use 200 characters or fewer"),
				rule("metric sector is required", "metrics[0].sector", "", REQUIRED),
				rule("metric sector at most 200 characters", "metrics[0].sector", "s".repeat(201),
						"Use 200 characters or fewer"),
				rule("metric outcome is required", "metrics[0].outcome", "", REQUIRED),
				rule("metric outcome at most 500 characters", "metrics[0].outcome", "o".repeat(501),
						"Use 500 characters or fewer"),
				rule("order is a whole number", "sortOrder", "1.5", "Enter a whole number, for example 2023"),
				rule("order is not negative", "sortOrder", "-3", "Enter 0 or more"),
				rule("change note at most 500 characters", "changeNote", "c".repeat(501),
						"Use 500 characters or fewer"),
				rule("a public change note needs a note", "changeNote", "", PUBLIC_NOTE_EMPTY)
					.withField("changeNotePublic", "true"))
			.map((rule) -> rule.on("/admin/case-studies/new", AdminForms.caseStudy("Test Validation Case"),
					"SELECT count(*) FROM case_study"));
	}

	static Stream<Arguments> tradeRules() {
		String tomorrow = LocalDate.now().plusDays(2).toString();
		return Stream
			.of(rule("year is required", "year", "", REQUIRED),
					rule("year is a whole number", "year", "19x0", "Enter a whole number, for example 2023"),
					rule("year from 1950", "year", "1949", "Enter 1950 or more"),
					rule("year not after the current year", "year", String.valueOf(AdminForms.nextYear()),
							"The year must be " + (AdminForms.nextYear() - 1) + " or earlier"),
					rule("year unique", "year", "2021", "There are already figures for 2021: edit those instead"),
					rule("exports are required", "exports", "", REQUIRED),
					rule("exports are a number", "exports", "lots", "Enter a number, for example 27.5"),
					rule("exports not negative", "exports", "-0.01", "Enter 0.00 or more"),
					rule("exports with at most 2 decimals", "exports", "1.234",
							"Use at most 10 digits before the decimal point and 2 after it"),
					rule("imports are required", "imports", "", REQUIRED),
					rule("imports not negative", "imports", "-5", "Enter 0.00 or more"),
					rule("imports with at most 2 decimals", "imports", "0.001",
							"Use at most 10 digits before the decimal point and 2 after it"),
					rule("source title at most 300 characters", "sourceTitle", "t".repeat(301),
							"Use 300 characters or fewer"),
					rule("publisher at most 200 characters", "sourcePublisher", "p".repeat(201),
							"Use 200 characters or fewer"),
					rule("web address is http(s) only: javascript", "sourceUrl", "javascript:alert(1)",
							"Enter a web address starting with https:// or http://"),
					rule("web address is http(s) only: ftp", "sourceUrl", "ftp://example.org/file",
							"Enter a web address starting with https:// or http://"),
					rule("web address at most 2000 characters", "sourceUrl", "https://example.org/" + "u".repeat(1981),
							"Use 2000 characters or fewer"),
					rule("retrieved on not in the future", "sourceRetrievedOn", tomorrow,
							"Enter a date that is not in the future"),
					rule("retrieved on is a real date", "sourceRetrievedOn", "2023-02-30", "Enter a real date")
						.keepsNothing(),
					rule("notes at most 2000 characters", "notes", "n".repeat(2001), "Use 2000 characters or fewer"),
					rule("change note at most 500 characters", "changeNote", "c".repeat(501),
							"Use 500 characters or fewer"),
					rule("a public change note needs a note", "changeNote", "", PUBLIC_NOTE_EMPTY)
						.withField("changeNotePublic", "true"))
			.map((rule) -> rule.on("/admin/trade/new", AdminForms.tradeFigure(AdminForms.FIRST_TEST_YEAR),
					"SELECT count(*) FROM trade_figure"));
	}

	@ParameterizedTest
	@MethodSource({ "areaRules", "caseStudyRules", "tradeRules" })
	void refusesBadInputBesideTheFieldAndInTheSummaryKeepingItAndStoringNothing(Rule rule) throws Exception {
		int before = this.jdbc.queryForObject(rule.countSql(), Integer.class);

		Document page = show(rule.path(), rule.fields());

		assertThat(page.select("h1").text()).isNotBlank();
		assertFieldError(page, rule.field(), rule.message());
		if (rule.keepsInput()) {
			assertThat(page.getElementById(id(rule.field())).val()).as("input kept").isEqualTo(rule.value().strip());
		}
		assertThat(this.jdbc.queryForObject(rule.countSql(), Integer.class)).as("rows stored").isEqualTo(before);
	}

	static Stream<Arguments> siteTextRules() {
		return Stream.of(Arguments.argumentSet("heading at most 200 characters", "title", "t".repeat(201), "200"),
				Arguments.argumentSet("text at most 100000 characters", "body", "b".repeat(100001), "100000"),
				Arguments.argumentSet("change note at most 500 characters", "changeNote", "c".repeat(501), "500"));
	}

	@ParameterizedTest
	@MethodSource("siteTextRules")
	void refusesSiteTextsThatDoNotFitTheirColumns(String field, String value, String max) throws Exception {
		Map<String, Object> stored = this.jdbc
			.queryForMap("SELECT title, body, version FROM site_text WHERE text_key = 'home.intro'");
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("version", stored.get("version").toString());
		fields.put("title", (String) stored.get("title"));
		fields.put("body", (String) stored.get("body"));
		fields.put(field, value);

		Document page = show("/admin/texts/home.intro/edit", fields);

		assertFieldError(page, field, "Use " + max + " characters or fewer");
		assertThat(page.getElementById(field).val()).isEqualTo(value);
		assertThat(this.jdbc.queryForMap("SELECT title, body, version FROM site_text WHERE text_key = 'home.intro'"))
			.isEqualTo(stored);
	}

	private Document show(String path, Map<String, String> fields) throws Exception {
		MvcResult result = this.mvc.perform(AdminForms.submit(path, fields).with(this.editor)).andReturn();
		assertThat(result.getResponse().getStatus()).as("status").isEqualTo(200);
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

	private static void assertFieldError(Document page, String field, String message) {
		String id = id(field);
		Element error = page.getElementById(id + "-error");
		assertThat(error).as("error beside " + field).isNotNull();
		assertThat(error.text()).contains(message);
		assertThat(page.getElementById(id).attr("aria-describedby")).contains(id + "-error");
		assertThat(page.select(".error-summary a[href=#" + id + "]").eachText()).as("error summary link")
			.contains(message);
	}

	private static String id(String field) {
		return field.replace("[", "-").replace("]", "").replace(".", "-");
	}

	private static Rule rule(String name, String field, String value, String message) {
		return new Rule(name, null, null, null, field, value, message, true, Map.of());
	}

	/**
	 * One rule: a valid form with one field made wrong.
	 */
	record Rule(String name, String path, Map<String, String> base, String countSql, String field, String value,
			String message, boolean keepsInput, Map<String, String> extra) {

		Rule withField(String otherField, String otherValue) {
			Map<String, String> more = new LinkedHashMap<>(this.extra);
			more.put(otherField, otherValue);
			return new Rule(this.name, this.path, this.base, this.countSql, this.field, this.value, this.message,
					this.keepsInput, more);
		}

		/** For values the field cannot show again (blank rows, impossible dates). */
		Rule keepsNothing() {
			return new Rule(this.name, this.path, this.base, this.countSql, this.field, this.value, this.message, false,
					this.extra);
		}

		Arguments on(String formPath, Map<String, String> validForm, String count) {
			return Arguments.argumentSet(this.name, new Rule(this.name, formPath, validForm, count, this.field,
					this.value, this.message, this.keepsInput, this.extra));
		}

		Map<String, String> fields() {
			Map<String, String> fields = new LinkedHashMap<>(this.base);
			fields.putAll(this.extra);
			fields.put(this.field, this.value);
			return fields;
		}

		@Override
		public String toString() {
			return this.name;
		}

	}

}
