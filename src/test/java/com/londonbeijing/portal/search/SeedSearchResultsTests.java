package com.londonbeijing.portal.search;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import com.londonbeijing.portal.test.PortalIntegrationTest;
import com.londonbeijing.portal.test.WebClient;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exact results, in order, of a fixed list of queries against the seed alone, in both
 * languages: words, phrases, names, misspellings and a query that finds nothing. Any
 * change to the search's SQL, indexes or ranking made for speed must leave these
 * unchanged; a change meant to improve results updates this list on purpose.
 * <p>
 * The property gives this class a context, and so a database, of its own: other tests add
 * published content to the shared one, which would change the results.
 */
@PortalIntegrationTest
@TestPropertySource(properties = "seed-search-results.database=own")
class SeedSearchResultsTests {

	private static final String MEETING = "/meetings/2024-10-18-wang-yi-david-lammy";

	private static final String EDUCATION = "/areas/education-and-research";

	private static final String TRADE_AREA = "/areas/trade-and-investment";

	private static final String LONDON_SHANGHAI = "/case-studies/london-shanghai-cooperation";

	private static final String TECH = "/case-studies/tech-partnerships";

	@LocalServerPort
	int port;

	WebClient web;

	@BeforeEach
	void setUp() {
		this.web = new WebClient(this.port);
	}

	static Stream<Arguments> queries() {
		return Stream.of(Arguments.of("Lammy", List.of(MEETING)), Arguments.of("Wang Yi", List.of(MEETING)),
				Arguments.of("Lamy", List.of(MEETING)), Arguments.of("Diaoyutai State Guesthouse", List.of(MEETING)),
				Arguments.of("geopolitical crises", List.of(MEETING)),
				Arguments.of("Myanmar", List.of("/meetings?topic=myanmar", MEETING)),
				Arguments.of("Ukraine", List.of("/meetings?topic=ukraine", MEETING)),
				Arguments.of("universities", List.of(EDUCATION)), Arguments.of("fintech", List.of(TECH)),
				Arguments.of("joint research funding", List.of(EDUCATION)),
				Arguments.of("urban sustainability",
						List.of("/meetings?topic=environmental-sustainability", MEETING, LONDON_SHANGHAI)),
				Arguments.of("educaton", List.of(EDUCATION)), Arguments.of("Tehc Partnerships", List.of(TECH)),
				Arguments.of("trade", List.of(TRADE_AREA, "/meetings?topic=trade", MEETING, LONDON_SHANGHAI)),
				Arguments.of("London", List.of(LONDON_SHANGHAI, TRADE_AREA, EDUCATION, TECH, MEETING)),
				Arguments.of("Beijing", List.of(MEETING, TRADE_AREA, TECH)), Arguments.of("climate", List.of()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("queries")
	void englishSearchFindsExactlyTheseSeedPagesInThisOrder(String query, List<String> expected) {
		assertThat(resultLinks("/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
			.containsExactlyElementsOf(expected);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("queries")
	void chineseSearchFindsTheSamePagesUnderZh(String query, List<String> expected) {
		assertThat(resultLinks("/zh/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
			.containsExactlyElementsOf(expected.stream().map((path) -> "/zh" + path).toList());
	}

	private List<String> resultLinks(String path) {
		HttpResponse<String> response = this.web.get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return Jsoup.parse(response.body()).select("ol.search-results > li h3 a").eachAttr("href");
	}

}
