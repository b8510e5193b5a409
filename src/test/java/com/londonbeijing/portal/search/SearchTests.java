package com.londonbeijing.portal.search;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import com.londonbeijing.portal.test.PortalIntegrationTest;
import com.londonbeijing.portal.test.WebClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What visitors get from {@code /search}: the seeded content and content added here (all
 * of it removed afterwards, as the database is shared), found by title, text,
 * participant, topic, misspelt name or Chinese word, ranked, highlighted, paginated; and
 * a friendly page for any input at all.
 */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchTests {

	private static final String MEETING = "/meetings/2024-10-18-wang-yi-david-lammy";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	WebClient web;

	@BeforeAll
	void addContent() {
		removeContent();
		this.jdbc.update("""
				INSERT INTO case_study (slug, title, summary, status) VALUES
				('search-test-panda', 'Panda Diplomacy Programme', 'Giant animals on loan between zoos.', 'PUBLISHED'),
				('search-test-chinese', '北京与伦敦的合作', '北京是中国的首都 <script>alert(''x'')</script>，伦敦是英国的首都。两座城市合作多年。',
				 'PUBLISHED'),
				('search-test-script', 'Zebracorn exchange', 'A <script>alert(''x'')</script> zebracorn in the text.',
				 'PUBLISHED')""");
		this.jdbc.update("""
				INSERT INTO meeting (slug, title, meeting_date, venue, city, summary, body, status) VALUES
				('search-test-body', 'Search Test Summit', DATE '2020-05-01', 'Hall', 'London', 'A summit on zoos.',
				 'The panda came up. Another panda was discussed, and a third panda too.', 'PUBLISHED'),
				('search-test-draft', 'Clandestinoid panda draft', DATE '2020-05-02', 'Hall', 'London', 'Unpublished.',
				 NULL, 'DRAFT')""");
		this.jdbc.update("""
				INSERT INTO meeting (slug, title, meeting_date, venue, city, summary, status)
				SELECT 'search-test-page-' || n, 'Paginated meeting ' || n, DATE '2019-01-01' + n, 'Hall', 'London',
				       'The quokka was mentioned.', 'PUBLISHED'
				FROM generate_series(1, 12) AS n""");
	}

	@AfterAll
	void removeContent() {
		this.jdbc.update("DELETE FROM case_study WHERE slug LIKE 'search-test-%'");
		this.jdbc.update("DELETE FROM meeting WHERE slug LIKE 'search-test-%'");
	}

	@BeforeEach
	void setUp() {
		this.web = new WebClient(this.port);
	}

	@Test
	void findsTheMeetingByParticipantStatementAndTopic() {
		assertThat(resultLinks(search("Lammy"))).contains(MEETING);
		assertThat(resultLinks(search("Diaoyutai State Guesthouse"))).contains(MEETING);
		assertThat(resultLinks(search("geopolitical crises"))).contains(MEETING);

		Document myanmar = search("Myanmar");
		assertThat(resultLinks(myanmar)).contains("/meetings?topic=myanmar", MEETING);
		assertThat(result(myanmar, "/meetings?topic=myanmar").select(".search-results__kind").text())
			.isEqualTo("Topic");
		assertThat(result(myanmar, MEETING).select(".search-results__kind").text()).isEqualTo("Diplomatic meeting");
		assertThat(result(myanmar, MEETING).select("time[datetime=2024-10-18]").text()).isEqualTo("18 October 2024");
	}

	@Test
	void findsAreasAndCaseStudiesLabelledByType() {
		Document education = search("universities");
		assertThat(resultLinks(education)).contains("/areas/education-and-research");
		assertThat(result(education, "/areas/education-and-research").select(".search-results__kind").text())
			.isEqualTo("Area of cooperation");

		Document fintech = search("fintech");
		assertThat(resultLinks(fintech)).contains("/case-studies/tech-partnerships");
		assertThat(result(fintech, "/case-studies/tech-partnerships").select(".search-results__kind").text())
			.isEqualTo("Case study");
		assertThat(resultLinks(search("joint research funding"))).contains("/areas/education-and-research");
		assertThat(resultLinks(search("urban sustainability"))).contains("/case-studies/london-shanghai-cooperation");
	}

	@Test
	void aTitleMatchRanksAboveMatchesInTheBody() {
		assertThat(resultLinks(search("panda"))).containsExactly("/case-studies/search-test-panda",
				"/meetings/search-test-body");
	}

	@Test
	void misspeltNamesAreStillFound() {
		assertThat(resultLinks(search("Lamy"))).contains(MEETING);
		assertThat(resultLinks(search("educaton"))).first().isEqualTo("/areas/education-and-research");
		assertThat(resultLinks(search("Tehc Partnerships"))).contains("/case-studies/tech-partnerships");
	}

	@Test
	void chineseQueriesFindChineseTextAndShowMarkupInItAsText() {
		Document page = search("北京");

		assertThat(resultLinks(page)).containsExactly("/case-studies/search-test-chinese");
		assertThat(page.select(".snippet mark").eachText()).contains("北京");
		assertThat(page.select(".snippet").text()).contains("<script>alert('x')</script>");
		assertThat(page.select("main script")).isEmpty();
		assertThat(resultLinks(search("首都"))).containsExactly("/case-studies/search-test-chinese");
	}

	@Test
	void draftsNeverAppear() {
		Document page = search("clandestinoid");

		assertThat(resultLinks(page)).isEmpty();
		assertThat(page.select("h2").eachText()).contains("Nothing matched your search");
		assertThat(resultLinks(search("panda"))).doesNotContain("/meetings/search-test-draft");
	}

	@Test
	void extractsHighlightMatchesAndNeverCarryMarkup() {
		Document page = search("zebracorn");
		Element result = result(page, "/case-studies/search-test-script");

		assertThat(result.select(".snippet mark").eachText()).contains("zebracorn");
		assertThat(result.select(".snippet").text()).contains("zebracorn in the text");
		assertThat(page.select("main script")).isEmpty();
	}

	@Test
	void resultsArePaginatedAndKeepTheQuery() {
		Document first = search("quokka");

		assertThat(first.select("main [role=status]").text()).contains("12 results for “quokka”");
		assertThat(first.select("ol.search-results > li")).hasSize(SearchService.PAGE_SIZE);
		assertThat(first.select("#search-q").val()).isEqualTo("quokka");
		assertThat(first.select("nav.pagination a[rel=next]").attr("href")).isEqualTo("/search?q=quokka&page=2");

		Document second = page("/search?q=quokka&page=2");
		assertThat(second.select("ol.search-results > li")).hasSize(2);
		assertThat(second.select("ol.search-results").attr("start")).isEqualTo("11");
		assertThat(second.select("#search-q").val()).isEqualTo("quokka");
		assertThat(page("/search?q=quokka&page=99").select("ol.search-results").attr("start")).isEqualTo("11");
	}

	@Test
	void paginationLinksEncodeTheQueryStrictly() {
		Document page = search("quokka + {x} & more");

		assertThat(page.select("#search-q").val()).isEqualTo("quokka + {x} & more");
	}

	@Test
	void emptySearchShowsTheBoxAndAHint() {
		for (String path : List.of("/search", "/search?q=", "/search?q=%20%20")) {
			Document page = page(path);
			assertThat(page.select("h1").text()).as(path).isEqualTo("Search the portal");
			assertThat(page.select("#search-q").val()).as(path).isEmpty();
			assertThat(page.select("main").text()).as(path).contains("Type a word or a name");
		}
	}

	@Test
	void onlyCommonWordsAreExplained() {
		Document page = search("the and of");

		assertThat(page.select("main").text()).contains("only very common words");
		assertThat(resultLinks(page)).isEmpty();
	}

	@Test
	void aLongQueryIsShortenedAndTheVisitorTold() {
		Document page = search("trade ".repeat(200));

		assertThat(page.select(".banner").text()).contains("only its first 200 characters were used");
		assertThat(page.select("#search-q").val()).hasSize(SearchQuery.MAX_LENGTH);
		assertThat(resultLinks(page)).contains("/areas/trade-and-investment");
	}

	static Stream<String> hostileQueries() {
		return Stream.of("\"", "'", "\"unclosed quote", "& | ! :*", "trade:* & !finance", "!!!", "-", "((((",
				"'; DROP TABLE meeting; --", "') OR 1=1 --", "<script>alert(1)</script>", "\\", "%", "_", "%_%", "{q}",
				"${7*7}", "[[${7*7}]]", "*{title}", "#{site.name}", "\u0000", "trade\u0000finance", "\uFFFF", "😀",
				"a".repeat(1_000), "北京".repeat(600), "trade ".repeat(300), "<->", "trade <-> finance",
				"trade <2> finance");
	}

	@ParameterizedTest
	@MethodSource("hostileQueries")
	void oddAndHostileQueriesGetAFriendlyPage(String query) {
		HttpResponse<String> response = this.web.get("/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));

		assertThat(response.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("h1")).hasSize(1);
		assertThat(page.select("#search-q")).hasSize(1);
		assertThat(page.select("main script")).isEmpty();
		assertThat(page.text()).doesNotContain("49");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM meeting WHERE slug = ?", Integer.class,
				MEETING.substring("/meetings/".length())))
			.isEqualTo(1);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/areas", "/trade", "/case-studies/tech-partnerships", MEETING, "/login",
			"/does-not-exist" })
	void everyPublicPageHasASearchBoxInItsHeader(String path) {
		Document page = Jsoup.parse(this.web.get(path).body());

		Element form = page.selectFirst("header form[role=search]");
		assertThat(form).as(path).isNotNull();
		assertThat(form.attr("action")).isEqualTo("/search");
		assertThat(form.attr("method")).isEqualTo("get");
		Element input = form.selectFirst("input[type=search][name=q]");
		assertThat(input).isNotNull();
		assertThat(form.select("label[for=" + input.id() + "]").text()).isEqualTo("Search the site");
	}

	private Document search(String query) {
		return page("/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
	}

	private Document page(String path) {
		HttpResponse<String> response = this.web.get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return Jsoup.parse(response.body());
	}

	private static List<String> resultLinks(Document page) {
		return page.select("ol.search-results > li h3 a").eachAttr("href");
	}

	private static Element result(Document page, String href) {
		return page.select("ol.search-results > li")
			.stream()
			.filter((li) -> li.select("h3 a").attr("href").equals(href))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no result linking to " + href));
	}

}
