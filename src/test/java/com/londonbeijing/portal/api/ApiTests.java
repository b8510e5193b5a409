package com.londonbeijing.portal.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import com.londonbeijing.portal.test.PortalIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read API over the seed content, as a program calling it gets it: the same names,
 * numbers and dates as the pages, no drafts, Chinese on request, ETags, CORS for reading
 * and problem details for bad input.
 */
@PortalIntegrationTest
class ApiTests {

	private final HttpClient client = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void removeDrafts() {
		this.jdbc.sql("DELETE FROM case_study WHERE slug LIKE 'api-test-%'").update();
		this.jdbc.sql("DELETE FROM cooperation_area WHERE slug LIKE 'api-test-%'").update();
	}

	@Test
	void areasAreListedInNavigationOrderAndEachHasItsBenefits() throws Exception {
		JsonNode areas = getJson("/api/v1/areas");

		assertThat(names(areas, "name")).containsExactly("Trade and Investment", "Education and Research",
				"Cultural Exchange", "Technology and Innovation");
		assertThat(areas.get(1).get("summary").asString()).startsWith("The educational ties between the UK and China");
		JsonNode education = getJson("/api/v1/areas/education-and-research");
		assertThat(education.get("slug").asString()).isEqualTo("education-and-research");
		assertThat(education.get("benefitsTitle").asString()).isEqualTo("Benefits of Educational Cooperation");
		assertThat(names(education.get("benefits"), null)).containsExactly("Access to a diverse academic ecosystem",
				"Opportunities for joint research funding", "Enhanced cultural understanding among students");
		assertThat(areas.get(0).get("showsTradeFigures").asBoolean()).isTrue();
	}

	@Test
	void oneAreaByItsSlugAndAnUnknownSlugIsAProblem() throws Exception {
		assertThat(getJson("/api/v1/areas/cultural-exchange").get("name").asString()).isEqualTo("Cultural Exchange");

		HttpResponse<String> missing = get("/api/v1/areas/no-such-area");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = this.json.readTree(missing.body());
		assertThat(problem.get("status").asInt()).isEqualTo(404);
		assertThat(problem.get("title").asString()).isEqualTo("Not found");
		assertThat(problem.get("instance").asString()).isEqualTo("/api/v1/areas/no-such-area");
	}

	@Test
	void draftsAreNeverShown() throws Exception {
		this.jdbc
			.sql("INSERT INTO cooperation_area (slug, name, nav_order, status) "
					+ "VALUES ('api-test-draft-area', 'Secret area', 9, 'DRAFT')")
			.update();
		this.jdbc
			.sql("INSERT INTO case_study (slug, title, summary, featured, sort_order, status) "
					+ "VALUES ('api-test-draft', 'Secret plan', 'Not yet', false, 0, 'DRAFT')")
			.update();

		assertThat(get("/api/v1/areas").body()).doesNotContain("Secret area");
		assertThat(get("/api/v1/case-studies").body()).doesNotContain("Secret plan");
		assertThat(get("/api/v1/case-studies/api-test-draft").statusCode()).isEqualTo(404);
		assertThat(get("/api/v1/areas/api-test-draft-area").statusCode()).isEqualTo(404);
	}

	@Test
	void caseStudiesArePagedWithLinksAndFilteredByArea() throws Exception {
		JsonNode all = getJson("/api/v1/case-studies");
		assertThat(names(all.get("items"), "title")).containsExactly("The London-Shanghai Cooperation",
				"Tech Partnerships");
		assertThat(all.get("page").asInt()).isEqualTo(1);
		assertThat(all.get("totalItems").asInt()).isEqualTo(2);
		assertThat(all.get("totalPages").asInt()).isEqualTo(1);
		assertThat(all.get("links").get("self").asString()).isEqualTo("/api/v1/case-studies?page=1");
		assertThat(all.get("links").get("next").isNull()).isTrue();
		assertThat(names(all.get("items").get(0).get("areas"), "slug")).containsExactly("trade-and-investment",
				"cultural-exchange");

		JsonNode tech = getJson("/api/v1/case-studies?area=technology-and-innovation");
		assertThat(names(tech.get("items"), "slug")).containsExactly("tech-partnerships");
		assertThat(tech.get("links").get("self").asString())
			.isEqualTo("/api/v1/case-studies?area=technology-and-innovation&page=1");
	}

	@Test
	void sizeSetsHowManyItemsAPageHoldsAndTheLinksKeepIt() throws Exception {
		JsonNode first = getJson("/api/v1/case-studies?size=1");
		assertThat(names(first.get("items"), "slug")).containsExactly("london-shanghai-cooperation");
		assertThat(first.get("size").asInt()).isEqualTo(1);
		assertThat(first.get("totalPages").asInt()).isEqualTo(2);
		assertThat(first.get("links").get("next").asString()).isEqualTo("/api/v1/case-studies?size=1&page=2");
		JsonNode second = getJson(first.get("links").get("next").asString());
		assertThat(names(second.get("items"), "slug")).containsExactly("tech-partnerships");

		JsonNode meetings = getJson("/api/v1/meetings?size=1");
		assertThat(meetings.get("items").size()).isEqualTo(1);
		assertThat(meetings.get("size").asInt()).isEqualTo(1);
		assertThat(meetings.get("totalPages").asInt()).isEqualTo(meetings.get("totalItems").asInt());
		assertThat(getJson("/api/v1/meetings?size=100").get("size").asInt()).isEqualTo(100);
		assertThat(getJson("/api/v1/search?q=London&size=1").get("items").size()).isEqualTo(1);
		assertThat(getJson("/api/v1/case-studies").get("size").asInt()).as("the default").isEqualTo(10);

		for (String size : List.of("0", "101", "-1", "abc", "1e2", "%20", "99999999999999")) {
			HttpResponse<String> response = get("/api/v1/meetings?size=" + size);
			assertThat(response.statusCode()).as(size).isEqualTo(400);
			assertThat(this.json.readTree(response.body()).get("parameter").asString()).as(size).isEqualTo("size");
			assertThat(this.json.readTree(response.body()).get("detail").asString()).as(size)
				.isEqualTo("size must be a whole number from 1 to 100.");
		}
	}

	@Test
	void oneCaseStudyHasItsOutcomesAndMetrics() throws Exception {
		JsonNode shanghai = getJson("/api/v1/case-studies/london-shanghai-cooperation");
		assertThat(shanghai.get("outcomesTitle").asString()).isEqualTo("Outcomes");
		assertThat(names(shanghai.get("outcomes"), null)).containsExactly("Increased bilateral trade",
				"Joint cultural events, including art exhibitions and festivals",
				"Cooperative initiatives in urban sustainability projects");

		JsonNode tech = getJson("/api/v1/case-studies/tech-partnerships");
		assertThat(names(tech.get("metrics"), "projectName")).containsExactly("AI Collaboration", "Fintech Hub");
		assertThat(tech.get("metrics").get(1).get("sector").asString()).isEqualTo("Finance");
		assertThat(tech.get("metrics").get(1).get("outcome").asString()).isEqualTo("Global outreach for startups");
	}

	@Test
	void meetingsAreFilteredByYearAndTopicAndShowParticipantsBySide() throws Exception {
		JsonNode list = getJson("/api/v1/meetings?year=2024&topic=taiwan");
		assertThat(names(list.get("items"), "slug")).containsExactly("2024-10-18-wang-yi-david-lammy");
		assertThat(list.get("items").get(0).get("date").asString()).isEqualTo("2024-10-18");
		assertThat(list.get("links").get("self").asString())
			.isEqualTo("/api/v1/meetings?year=2024&topic=taiwan&page=1");
		assertThat(getJson("/api/v1/meetings?year=2019").get("totalItems").asInt()).isZero();

		JsonNode meeting = getJson("/api/v1/meetings/2024-10-18-wang-yi-david-lammy");
		assertThat(meeting.get("title").asString()).isEqualTo("Strengthening UK-China Relations: A New Chapter");
		assertThat(meeting.get("venue").asString()).isEqualTo("Diaoyutai State Guesthouse");
		assertThat(names(meeting.get("participants").get("uk"), "name")).containsExactly("David Lammy");
		assertThat(names(meeting.get("participants").get("china"), "name")).containsExactly("Wang Yi");
		assertThat(meeting.get("participants").get("china").get(0).get("office").asString())
			.isEqualTo("Foreign Minister");
		assertThat(meeting.get("statements").size()).isPositive();
		assertThat(meeting.get("statements").get(0).get("side").asString()).isIn("uk", "china", "joint");
		assertThat(names(meeting.get("topics"), "slug")).contains("taiwan", "hong-kong");
		assertThat(names(meeting.get("areas"), "slug")).containsExactly("trade-and-investment");
	}

	@Test
	void topicsComeInEnglishOrChinese() throws Exception {
		assertThat(names(getJson("/api/v1/topics"), "name")).contains("Taiwan", "Hong Kong");
		assertThat(names(getJson("/api/v1/topics?lang=zh"), "name")).contains("台湾", "香港");
	}

	@Test
	void chineseTextsAreGivenWithEnglishStandingInWhereUntranslated() throws Exception {
		JsonNode areas = getJson("/api/v1/areas?lang=zh");
		assertThat(names(areas, "name")).containsExactly("贸易与投资", "教育与科研", "文化交流", "科技与创新");
		assertThat(names(getJson("/api/v1/areas/education-and-research?lang=zh").get("benefits"), null))
			.containsExactly("融入多元的学术生态", "获得联合科研资助的机会", "增进学生之间的文化理解");
		assertThat(getJson("/api/v1/case-studies/tech-partnerships?lang=zh").get("title").asString())
			.isEqualTo("Tech Partnerships");
	}

	@Test
	void acceptLanguageChoosesTheLanguageWhenLangIsNotGiven() throws Exception {
		for (String chinese : List.of("zh", "zh-CN", "zh-Hans", "zh-Hans-CN", "fr-FR, zh-cn;q=0.8, en;q=0.5")) {
			HttpResponse<String> response = get("/api/v1/topics", chinese);
			assertThat(names(this.json.readTree(response.body()), "name")).as(chinese).contains("台湾", "香港");
			assertThat(response.headers().allValues("Vary")).as(chinese)
				.anySatisfy((vary) -> assertThat(vary).containsIgnoringCase("Accept-Language"));
		}
		for (String english : List.of("en-GB", "en;q=0.9, zh;q=0.5", "de", "zh-TW", "*", ";;;q=x", "zh;q=abc")) {
			assertThat(names(this.json.readTree(get("/api/v1/topics", english).body()), "name")).as(english)
				.contains("Taiwan", "Hong Kong");
		}
		HttpResponse<String> chosen = get("/api/v1/topics?lang=en", "zh-CN");
		assertThat(names(this.json.readTree(chosen.body()), "name")).as("lang wins").contains("Taiwan");
		assertThat(chosen.headers().allValues("Vary"))
			.noneSatisfy((vary) -> assertThat(vary).as("lang decides alone").containsIgnoringCase("Accept-Language"));
		assertThat(names(getJson("/api/v1/areas/education-and-research", "zh").get("benefits"), null))
			.contains("融入多元的学术生态");
		assertThat(getJson("/api/v1/meetings?topic=taiwan", "zh-CN").get("items").get(0).get("topics").toString())
			.contains("台湾");
	}

	@Test
	void eachLanguageHasItsOwnETagAndCachedAnswer() throws Exception {
		HttpResponse<String> chinese = get("/api/v1/areas", "zh-CN");
		HttpResponse<String> english = get("/api/v1/areas");
		HttpResponse<String> chineseAgain = get("/api/v1/areas", "zh-CN");

		assertThat(names(this.json.readTree(chinese.body()), "name")).startsWith("贸易与投资");
		assertThat(names(this.json.readTree(english.body()), "name")).as("not the Chinese answer kept in memory")
			.startsWith("Trade and Investment");
		assertThat(names(this.json.readTree(chineseAgain.body()), "name")).startsWith("贸易与投资");
		String chineseTag = chinese.headers().firstValue("ETag").orElseThrow();
		String englishTag = english.headers().firstValue("ETag").orElseThrow();
		assertThat(chineseTag).isNotEqualTo(englishTag);
		assertThat(send(request("/api/v1/areas").header("Accept-Language", "zh-CN")
			.header("If-None-Match", chineseTag)
			.GET()
			.build()).statusCode()).isEqualTo(304);
		assertThat(send(request("/api/v1/areas").header("If-None-Match", chineseTag).GET().build()).statusCode())
			.as("the Chinese tag does not match the English answer")
			.isEqualTo(200);
	}

	@Test
	void tradeFiguresCanBeLimitedToAYearOrARange() throws Exception {
		JsonNode one = getJson("/api/v1/trade?year=2021");
		assertThat(names(one.get("years"), "year")).containsExactly("2021");
		assertThat(one.get("years").get(0).get("exportsChangePct").decimalValue())
			.as("the change on 2020, although 2020 is not shown")
			.isEqualByComparingTo(new BigDecimal("30.3"));
		assertThat(one.get("latestYear").asInt()).isEqualTo(2021);
		assertThat(names(getJson("/api/v1/trade?from=2020").get("years"), "year")).containsExactly("2020", "2021");
		assertThat(names(getJson("/api/v1/trade?to=2020").get("years"), "year")).containsExactly("2019", "2020");
		assertThat(names(getJson("/api/v1/trade?from=2019&to=2019").get("years"), "year")).containsExactly("2019");
		assertThat(getJson("/api/v1/trade?from=1990&to=1991").get("years").isEmpty()).isTrue();

		for (String query : List.of("year=abc", "year=", "year=1800", "from=2022&to=2020", "year=2021&from=2020",
				"to=20211", "from=%3Cscript%3E")) {
			HttpResponse<String> response = get("/api/v1/trade?" + query);
			assertThat(response.statusCode()).as(query).isEqualTo(400);
			assertThat(this.json.readTree(response.body()).get("title").asString()).as(query)
				.isEqualTo("Bad parameter");
		}
		assertThat(this.json.readTree(get("/api/v1/trade?from=2022&to=2020").body()).get("detail").asString())
			.isEqualTo("from must not be after to.");
	}

	@Test
	void tradeFiguresCarryDerivedValues() throws Exception {
		JsonNode trade = getJson("/api/v1/trade");
		assertThat(trade.get("currency").asString()).isEqualTo("GBP");
		assertThat(trade.get("latestYear").asInt()).isEqualTo(2021);
		JsonNode years = trade.get("years");
		assertThat(names(years, "year")).containsExactly("2019", "2020", "2021");
		JsonNode y2021 = years.get(2);
		assertThat(y2021.get("exports").decimalValue()).isEqualByComparingTo(new BigDecimal("27.5"));
		assertThat(y2021.get("imports").decimalValue()).isEqualByComparingTo(new BigDecimal("55.7"));
		assertThat(y2021.get("total").decimalValue()).isEqualByComparingTo(new BigDecimal("83.2"));
		assertThat(y2021.get("balance").decimalValue()).isEqualByComparingTo(new BigDecimal("-28.2"));
		assertThat(y2021.get("exportsChangePct").decimalValue()).isEqualByComparingTo(new BigDecimal("30.3"));
		assertThat(years.get(0).get("exportsChangePct").isNull()).isTrue();
		assertThat(trade.get("revisions").isArray()).isTrue();
	}

	@Test
	void searchFindsPublishedPages() throws Exception {
		JsonNode results = getJson("/api/v1/search?q=Shanghai");
		assertThat(names(results.get("items"), "path")).contains("/case-studies/london-shanghai-cooperation");
		assertThat(results.get("items").get(0).get("kind").asString()).isEqualTo("case-study");
	}

	@Test
	void searchTakesTheSameLanguageParameterAsTheOtherLists() throws Exception {
		JsonNode results = getJson("/api/v1/search?q=Shanghai&lang=zh&size=5");
		assertThat(names(results.get("items"), "path")).contains("/case-studies/london-shanghai-cooperation");
		assertThat(results.get("links").get("self").asString())
			.isEqualTo("/api/v1/search?lang=zh&size=5&q=Shanghai&page=1");
		assertThat(get("/api/v1/search?q=Shanghai&lang=fr").statusCode()).isEqualTo(400);
	}

	@Test
	void anUnchangedAnswerIsNotSentAgain() throws Exception {
		HttpResponse<String> first = get("/api/v1/areas");
		String etag = first.headers().firstValue("ETag").orElseThrow();

		HttpResponse<String> again = send(request("/api/v1/areas").header("If-None-Match", etag).GET().build());

		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
	}

	@Test
	void otherSitesMayReadAnAnswerKeptFromARequestWithoutOrigin() {
		assertThat(get("/api/v1/areas").headers().firstValue("Access-Control-Allow-Origin")).isEmpty();

		HttpResponse<String> read = send(
				request("/api/v1/areas").header("Origin", "https://example.org").GET().build());

		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(read.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
	}

	@Test
	void otherSitesMayReadButNotWrite() throws Exception {
		HttpResponse<String> read = send(
				request("/api/v1/topics").header("Origin", "https://example.org").GET().build());
		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(read.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");

		HttpResponse<String> preflight = send(request("/api/v1/topics").header("Origin", "https://example.org")
			.header("Access-Control-Request-Method", "POST")
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
			.build());
		assertThat(preflight.statusCode()).isEqualTo(403);
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
	}

	@Test
	void writesAndUnknownAddressesAreProblems() throws Exception {
		HttpResponse<String> post = send(
				request("/api/v1/areas").POST(HttpRequest.BodyPublishers.ofString("{}")).build());
		assertThat(post.statusCode()).isEqualTo(405);
		assertThat(post.headers().firstValue("Allow"))
			.hasValueSatisfying((allow) -> assertThat(allow).contains("GET").doesNotContain("POST"));
		assertThat(this.json.readTree(post.body()).get("status").asInt()).isEqualTo(405);

		HttpResponse<String> crossOrigin = send(request("/api/v1/areas").header("Origin", "https://example.org")
			.POST(HttpRequest.BodyPublishers.ofString("{}"))
			.build());
		assertThat(crossOrigin.statusCode()).isEqualTo(403);
		assertThat(crossOrigin.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();

		HttpResponse<String> unknown = get("/api/v1/nothing/here");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(this.json.readTree(unknown.body()).get("title").asString()).isEqualTo("Not found");
	}

	@Test
	void hostileParametersAreProblemsNotErrors() throws Exception {
		List<String> bad = List.of("/api/v1/case-studies?page=-1", "/api/v1/case-studies?page=99999999999",
				"/api/v1/case-studies?page=abc", "/api/v1/areas?lang=xx", "/api/v1/case-studies?area=%3Cscript%3E",
				"/api/v1/meetings?year=20x4", "/api/v1/meetings?topic=no-such-topic", "/api/v1/search?q=",
				"/api/v1/topics?lang=%00");
		for (String path : bad) {
			HttpResponse<String> response = get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(400);
			JsonNode problem = this.json.readTree(response.body());
			assertThat(problem.get("title").asString()).as(path).isEqualTo("Bad parameter");
			assertThat(problem.get("detail").asString()).as(path).isNotBlank();
		}
	}

	@Test
	void openApiDocumentDescribesEveryEndpointAndNothingElse() throws Exception {
		JsonNode document = getJson("/api/v1/openapi.json");

		assertThat(document.get("openapi").asString()).startsWith("3.1");
		assertThat(document.get("info").get("title").asString()).isNotBlank();
		List<String> paths = new ArrayList<>(document.get("paths").propertyNames());
		assertThat(paths).containsExactlyInAnyOrder("/api/v1/areas", "/api/v1/areas/{slug}", "/api/v1/case-studies",
				"/api/v1/case-studies/{slug}", "/api/v1/meetings", "/api/v1/meetings/{slug}", "/api/v1/topics",
				"/api/v1/trade", "/api/v1/search");
		JsonNode schemas = document.get("components").get("schemas");
		for (String path : paths) {
			JsonNode get = document.get("paths").get(path).get("get");
			assertThat(get).as(path).isNotNull();
			assertThat(document.get("paths").get(path).propertyNames()).as(path).containsExactly("get");
			assertThat(get.get("summary").asString()).as(path).isNotBlank();
			assertThat(get.get("operationId").asString()).as(path).isNotBlank();
			JsonNode responses = get.get("responses");
			assertThat(responses.has("200")).as(path).isTrue();
			assertThat(responses.has("400")).as(path).isTrue();
			assertThat(responses.has("429")).as(path).isTrue();
			assertThat(responses.has("404")).as(path).isEqualTo(path.contains("{slug}"));
			assertThat(responses.get("400").get("content").has("application/problem+json")).as(path).isTrue();
		}
		assertThat(schemas.get("Problem").get("properties").propertyNames()).contains("type", "title", "status",
				"detail", "instance");
		assertThat(document.get("info").get("license").get("name").asString())
			.isEqualTo("Open Government Licence v3.0");
		// Every schema reference resolves, so the document is whole.
		List<String> refs = new ArrayList<>();
		collectRefs(document, refs);
		assertThat(refs).isNotEmpty()
			.allSatisfy(
					(ref) -> assertThat(schemas.has(ref.substring("#/components/schemas/".length()))).as(ref).isTrue());
		assertThat(schemas.get("Meeting").get("properties").propertyNames()).contains("participants", "statements",
				"topics", "areas");
		assertThat(parameters(document, "/api/v1/case-studies")).containsExactlyInAnyOrder("query area", "query page",
				"query size", "query lang", "header Accept-Language");
		assertThat(parameters(document, "/api/v1/meetings")).containsExactlyInAnyOrder("query year", "query topic",
				"query page", "query size", "query lang", "header Accept-Language");
		assertThat(parameters(document, "/api/v1/search")).containsExactlyInAnyOrder("query q", "query page",
				"query size", "query lang");
		assertThat(parameters(document, "/api/v1/trade")).containsExactlyInAnyOrder("query year", "query from",
				"query to");
		for (String path : List.of("/api/v1/areas", "/api/v1/areas/{slug}", "/api/v1/case-studies/{slug}",
				"/api/v1/meetings/{slug}", "/api/v1/topics")) {
			assertThat(parameters(document, path)).as(path).contains("query lang", "header Accept-Language");
		}
		for (String path : paths) {
			document.get("paths")
				.get(path)
				.get("get")
				.get("parameters")
				.forEach((parameter) -> assertThat(parameter.path("description").asString())
					.as(path + " " + parameter.get("name").asString())
					.isNotBlank());
		}
	}

	/** Each parameter of an operation as "in name", e.g. "query page". */
	private static List<String> parameters(JsonNode document, String path) {
		List<String> parameters = new ArrayList<>();
		document.get("paths")
			.get(path)
			.get("get")
			.get("parameters")
			.forEach((parameter) -> parameters
				.add(parameter.get("in").asString() + " " + parameter.get("name").asString()));
		return parameters;
	}

	@Test
	void documentationPageListsEveryEndpointInBothLanguages() throws Exception {
		HttpResponse<String> english = send(request("/api").header("Accept", "text/html").GET().build());
		assertThat(english.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(english.body());
		assertThat(page.select("h1").text()).isEqualTo("Open data API");
		assertThat(page.select(".api-endpoints dt").eachText()).hasSize(ApiDocsController.ENDPOINTS.size())
			.contains("GET /api/v1/areas", "GET /api/v1/meetings/{slug}", "GET /api/v1/trade");
		assertThat(page.select("a[href=/api/v1/openapi.json]")).hasSize(1);
		assertThat(page.select("footer a[href=/api]")).hasSize(1);
		for (ApiDocsController.Endpoint endpoint : ApiDocsController.ENDPOINTS) {
			assertThat(get(endpoint.example()).statusCode()).as(endpoint.example()).isEqualTo(200);
		}

		Document chinese = Jsoup.parse(send(request("/zh/api").header("Accept", "text/html").GET().build()).body());
		assertThat(chinese.select("h1").text()).isEqualTo("开放数据接口");
	}

	private static void collectRefs(JsonNode node, List<String> refs) {
		if (node.isObject()) {
			node.properties().forEach((property) -> {
				if (property.getKey().equals("$ref")) {
					refs.add(property.getValue().asString());
				}
				else {
					collectRefs(property.getValue(), refs);
				}
			});
		}
		else if (node.isArray()) {
			node.forEach((item) -> collectRefs(item, refs));
		}
	}

	private JsonNode getJson(String path) throws IOException {
		HttpResponse<String> response = get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).as(path)
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		return this.json.readTree(response.body());
	}

	private static List<String> names(JsonNode array, String field) {
		List<String> names = new ArrayList<>();
		array.forEach((item) -> names.add((field != null) ? item.get(field).asString() : item.asString()));
		return names;
	}

	private HttpResponse<String> get(String path) {
		return send(request(path).GET().build());
	}

	private HttpResponse<String> get(String path, String acceptLanguage) {
		return send(request(path).header("Accept-Language", acceptLanguage).GET().build());
	}

	private JsonNode getJson(String path, String acceptLanguage) throws IOException {
		HttpResponse<String> response = get(path, acceptLanguage);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return this.json.readTree(response.body());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "application/json");
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
