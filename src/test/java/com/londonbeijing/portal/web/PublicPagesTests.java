package com.londonbeijing.portal.web;

import java.net.http.HttpResponse;
import java.util.List;

import com.londonbeijing.portal.test.PortalIntegrationTest;
import com.londonbeijing.portal.test.WebClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What visitors get from the public pages with the seed content.
 */
@PortalIntegrationTest
class PublicPagesTests {

	private static final String MEETING = "/meetings/2024-10-18-wang-yi-david-lammy";

	@LocalServerPort
	int port;

	WebClient web;

	@BeforeEach
	void setUp() {
		this.web = new WebClient(this.port);
	}

	@Test
	void homeShowsIntroAreasLatestMeetingAndFeaturedCaseStudies() {
		Document home = page("/");

		assertThat(home.select("h1")).hasSize(1);
		assertThat(home.select("h1").text())
			.isEqualTo("London and Beijing: Forging a Future Together Through Mutual Cooperation!");
		assertThat(linkTexts(home, "a[href^=/areas/]")).containsExactly("Trade and Investment",
				"Education and Research", "Cultural Exchange", "Technology and Innovation");
		assertThat(home.select("a[href=" + MEETING + "]").text())
			.contains("Strengthening UK-China Relations: A New Chapter");
		assertThat(linkTexts(home, "a[href^=/case-studies/]")).containsExactly("The London-Shanghai Cooperation",
				"Tech Partnerships");
		assertThat(home.select(".trade-latest h2").text()).isEqualTo("UK–China trade in 2021");
		assertThat(home.select(".trade-latest dd").eachText()).containsExactly("£27.5bn", "£55.7bn");
		assertThat(home.text()).contains("If you’re a business or educational institution looking")
			.contains("breaks off here, mid-sentence");
	}

	@Test
	void areaPageShowsBodyBenefitsAndItsCaseStudies() {
		Document area = page("/areas/education-and-research");

		assertThat(area.select("h1").text()).isEqualTo("Education and Research");
		assertThat(area.text()).contains("Many London universities have established partnerships");
		assertThat(area.select("h2").eachText()).contains("Benefits of Educational Cooperation");
		assertThat(area.select("li").eachText()).contains("Access to a diverse academic ecosystem",
				"Opportunities for joint research funding", "Enhanced cultural understanding among students");
		assertThat(area.select("nav.breadcrumbs li").eachText()).containsExactly("Home", "Areas",
				"Education and Research");
	}

	@Test
	void tradeAreaLinksToItsCaseStudiesMeetingsAndTradeFigures() {
		Document area = page("/areas/trade-and-investment");

		assertThat(area.select("a[href=/case-studies/london-shanghai-cooperation]")).isNotEmpty();
		assertThat(area.select("a[href=" + MEETING + "]")).isNotEmpty();
		assertThat(area.select("a[href=/trade]")).isNotEmpty();
	}

	@Test
	void caseStudiesCanBeFilteredByArea() {
		Document all = page("/case-studies");
		Document culture = page("/case-studies?area=cultural-exchange");

		assertThat(linkTexts(all, "main h2 a")).containsExactly("The London-Shanghai Cooperation", "Tech Partnerships");
		assertThat(linkTexts(culture, "main h2 a")).containsExactly("The London-Shanghai Cooperation");
		assertThat(culture.select("#area-filter option[selected]").attr("value")).isEqualTo("cultural-exchange");
	}

	@Test
	void caseStudyShowsOutcomesMetricsAndAreas() {
		Document tech = page("/case-studies/tech-partnerships");
		Document shanghai = page("/case-studies/london-shanghai-cooperation");

		assertThat(tech.select("table caption").text()).contains("Tech Partnerships");
		assertThat(tech.select("tbody tr").eachText()).containsExactly(
				"AI Collaboration Artificial Intelligence Development of smart city solutions",
				"Fintech Hub Finance Global outreach for startups");
		assertThat(tech.select("th[scope=col]").eachText()).containsExactly("Project name", "Sector", "Outcomes");
		assertThat(shanghai.select("h2").eachText()).contains("Outcomes");
		assertThat(shanghai.select("main li").eachText()).contains("Increased bilateral trade",
				"Joint cultural events, including art exhibitions and festivals",
				"Cooperative initiatives in urban sustainability projects");
		assertThat(linkTexts(shanghai, "dl.meta a")).containsExactly("Trade and Investment", "Cultural Exchange");
	}

	@Test
	void meetingsListNewestFirstWithFilters() {
		Document list = page("/meetings");
		Document taiwan = page("/meetings?topic=taiwan");
		Document year = page("/meetings?year=2024");
		Document otherYear = page("/meetings?year=2023");

		assertThat(linkTexts(list, "main h2 a")).containsExactly("Strengthening UK-China Relations: A New Chapter");
		assertThat(list.select("#year-filter option").eachAttr("value")).contains("2024");
		assertThat(linkTexts(taiwan, "main h2 a")).hasSize(1);
		assertThat(linkTexts(year, "main h2 a")).hasSize(1);
		assertThat(linkTexts(otherYear, "main h2 a")).isEmpty();
		assertThat(otherYear.text()).contains("No meetings match these filters.");
	}

	@Test
	void meetingShowsWhoMetWhenWhereAndEachSidesPositionsByTopic() {
		Document meeting = page(MEETING);

		assertThat(meeting.select("h1").text()).isEqualTo("Strengthening UK-China Relations: A New Chapter");
		assertThat(meeting.select("time[datetime=2024-10-18]").text()).isEqualTo("Friday 18 October 2024");
		assertThat(meeting.select("dl.meta").text()).contains("Diaoyutai State Guesthouse").contains("Beijing");
		assertThat(meeting.select(".side--uk").first().text()).contains("David Lammy").contains("Foreign Secretary");
		assertThat(meeting.select(".side--china").first().text()).contains("Wang Yi").contains("Foreign Minister");
		assertThat(meeting.select(".side--uk figcaption").first().text()).as("an English comma on the English page")
			.isEqualTo("David Lammy, Foreign Secretary");

		Element taiwan = topicSection(meeting, "Taiwan");
		assertThat(taiwan.select(".side--uk").text()).contains("1972");
		assertThat(taiwan.select(".side--china").text()).contains("respect each other’s domestic positions");

		Element hongKong = topicSection(meeting, "Hong Kong");
		assertThat(hongKong.text()).contains("Raised by the Chinese side only.");
		assertThat(hongKong.select(".side--uk").text()).contains("No statement recorded on this topic.");

		Element ukraine = topicSection(meeting, "Ukraine");
		assertThat(ukraine.select(".side--joint").text()).contains("Palestinian-Israeli relations").contains("Myanmar");
		assertThat(meeting.select("a[href=/meetings?topic=un-security-council]")).isNotEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/areas/nope", "/case-studies/nope", "/meetings/nope", "/meetings/%3Cscript%3E" })
	void unknownSlugsAreNotFound(String path) {
		HttpResponse<String> response = this.web.get(path);

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Page not found");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/meetings?page=-1", "/meetings?page=99999999", "/meetings?page=abc", "/meetings?year=abc",
			"/meetings?year=99999999999", "/meetings?topic=%3Cscript%3Ealert(1)%3C/script%3E",
			"/case-studies?area=%3Cscript%3E", "/case-studies?page=-1&area=", "/case-studies?page=2147483648",
			"/meetings?year=2024&year=2025" })
	void malformedParametersGetAUsablePageNeverAnError(String path) {
		HttpResponse<String> response = this.web.get(path);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).doesNotContain("<script>");
	}

	@Test
	void badFiltersAreExplained() {
		assertThat(page("/meetings?year=abc").select(".banner").text()).contains("The year must be a year");
		assertThat(page("/meetings?topic=nope").select(".banner").text()).contains("There is no topic");
		assertThat(page("/case-studies?area=nope").select(".banner").text()).contains("There is no area");
	}

	@Test
	void everyPageHasOneHeadingATitleAndADescription() {
		for (String path : List.of("/", "/areas", "/areas/cultural-exchange", "/case-studies",
				"/case-studies/tech-partnerships", "/meetings", MEETING)) {
			Document page = page(path);
			assertThat(page.select("h1")).as(path).hasSize(1);
			assertThat(page.title()).as(path).endsWith("London–Beijing Cooperation Portal");
			assertThat(page.select("meta[name=description]").attr("content")).as(path).isNotBlank();
			assertThat(page.select("a.skip-link[href=#main]")).as(path).hasSize(1);
		}
	}

	private Document page(String path) {
		HttpResponse<String> response = this.web.get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return Jsoup.parse(response.body());
	}

	private static List<String> linkTexts(Document page, String selector) {
		return page.select(selector).eachText();
	}

	private static Element topicSection(Document meeting, String topic) {
		return meeting.select("section.topic-compare")
			.stream()
			.filter((section) -> section.select("h3").text().equals(topic))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no section for topic " + topic));
	}

}
