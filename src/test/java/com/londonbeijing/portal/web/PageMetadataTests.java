package com.londonbeijing.portal.web;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;

import com.londonbeijing.portal.test.PortalIntegrationTest;
import com.londonbeijing.portal.test.WebClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What pages tell search engines, link previews and people citing them: a canonical
 * address, Open Graph and Twitter card tags, "Cite this page" on the pages of single
 * items, and every date in a {@code <time datetime>}.
 */
@PortalIntegrationTest
class PageMetadataTests {

	private static final String MEETING = "/meetings/2024-10-18-wang-yi-david-lammy";

	/** A date as the pages show it, such as "18 October 2024". */
	private static final Pattern SHOWN_DATE = Pattern.compile(
			"\\b\\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \\d{4}\\b");

	@LocalServerPort
	int port;

	WebClient web;

	String base;

	@BeforeEach
	void setUp() {
		this.web = new WebClient(this.port);
		this.base = "http://localhost:" + this.port;
	}

	@Test
	void meetingPageDescribesItselfForLinkPreviews() {
		Document page = page(MEETING);

		assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(this.base + MEETING);
		assertThat(meta(page, "og:url")).isEqualTo(this.base + MEETING);
		assertThat(meta(page, "og:title")).isEqualTo("Strengthening UK-China Relations: A New Chapter");
		assertThat(meta(page, "og:description")).startsWith("Foreign Minister Wang Yi of China");
		assertThat(meta(page, "og:type")).isEqualTo("article");
		assertThat(meta(page, "og:site_name")).isEqualTo("London–Beijing Cooperation Portal");
		assertThat(page.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary");
	}

	@Test
	void listPagesAreWebsitesAndTheHomePageToo() {
		assertThat(meta(page("/"), "og:type")).isEqualTo("website");
		assertThat(meta(page("/meetings"), "og:title")).isEqualTo("Diplomatic meetings");
		assertThat(meta(page("/meetings"), "og:description")).startsWith("Records of UK–China diplomatic meetings");
	}

	@ParameterizedTest
	@CsvSource({ "/meetings?topic=taiwan&page=1&utm_source=news, /meetings?topic=taiwan",
			"/meetings?page=2&year=2024&topic=taiwan, /meetings?year=2024&topic=taiwan",
			"/case-studies?area=cultural-exchange&page=2&fbclid=x, /case-studies?area=cultural-exchange",
			"/case-studies?utm_campaign=x, /case-studies", "/areas/cultural-exchange?ref=x, /areas/cultural-exchange",
			"/search?q=trade+deal&page=2, /search?q=trade%20deal",
			"/zh/areas/cultural-exchange?ref=x, /zh/areas/cultural-exchange", "/zh, /zh" })
	void canonicalAddressKeepsOnlyTheParametersThatChooseTheContent(String path, String canonical) {
		assertThat(page(path).select("link[rel=canonical]").attr("href")).isEqualTo(this.base + canonical);
	}

	@Test
	void errorPagesHaveNoCanonicalAddress() {
		Document notFound = Jsoup.parse(this.web.get("/does-not-exist").body());

		assertThat(notFound.select("link[rel=canonical]")).isEmpty();
		assertThat(notFound.select("meta[property=og:url]")).isEmpty();
	}

	@Test
	void searchResultsAreKeptOutOfSearchEngines() {
		assertThat(page("/search?q=trade").select("meta[name=robots]").attr("content")).isEqualTo("noindex");
		assertThat(page(MEETING).select("meta[name=robots]")).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "/meetings/2024-10-18-wang-yi-david-lammy | Strengthening UK-China Relations: A New Chapter",
					"/case-studies/tech-partnerships | Tech Partnerships",
					"/areas/education-and-research | Education and Research", "/trade | Key Trade Statistics" })
	void pagesOfSingleItemsCanBeCited(String path, String title) {
		Element cite = page(path).selectFirst("section.cite");

		assertThat(cite).as(path).isNotNull();
		assertThat(cite.select("h2").text()).isEqualTo("Cite this page");
		assertThat(cite.select("dd").eachText()).contains(title, "London–Beijing Cooperation Portal", this.base + path);
		assertThat(cite.select("dd a").attr("href")).isEqualTo(this.base + path);
		List<String> datetimes = cite.select("time").eachAttr("datetime");
		assertThat(datetimes).hasSize(2);
		assertThat(datetimes.get(0)).matches("\\d{4}-\\d{2}-\\d{2}T.*");
		assertThat(datetimes.get(1)).isEqualTo(LocalDate.now(ZoneId.of("Europe/London")).toString());
	}

	@Test
	void listPagesHaveNoCitation() {
		assertThat(page("/meetings").select("section.cite")).isEmpty();
		assertThat(page("/").select("section.cite")).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("com.londonbeijing.portal.test.PublicPages#paths")
	void everyDateShownIsAMachineReadableTime(String path) {
		Document page = Jsoup.parse(this.web.get(path).body());

		assertThat(page.select("time")).allSatisfy(
				(time) -> assertThat(time.attr("datetime")).as(time.outerHtml()).matches("\\d{4}-\\d{2}-\\d{2}(T.*)?"));
		page.select("time").remove();
		assertThat(SHOWN_DATE.matcher(page.body().text()).results().map((m) -> m.group()).toList())
			.as("dates outside <time> on %s", path)
			.isEmpty();
	}

	private Document page(String path) {
		HttpResponse<String> response = this.web.get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return Jsoup.parse(response.body());
	}

	private static String meta(Document page, String property) {
		return page.select("meta[property=" + property + "]").attr("content");
	}

}
