package com.londonbeijing.portal.trade;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.londonbeijing.portal.test.PortalIntegrationTest;
import com.londonbeijing.portal.test.WebClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trade page and its downloads as visitors get them, over the seed figures: 2019
 * 23.7/49.5, 2020 21.1/45.3, 2021 27.5/55.7 (£ billion exports/imports).
 */
@PortalIntegrationTest
class TradePagesTests {

	private static final String SEED_CSV = """
			year,uk_exports_to_china_gbp_bn,uk_imports_from_china_gbp_bn,total_trade_gbp_bn,balance_gbp_bn,exports_change_pct,imports_change_pct\r
			2019,23.7,49.5,73.2,-25.8,,\r
			2020,21.1,45.3,66.4,-24.2,-11.0,-8.5\r
			2021,27.5,55.7,83.2,-28.2,30.3,23.0\r
			""";

	private static final String[] COLUMNS = { "uk_exports_to_china_gbp_bn", "uk_imports_from_china_gbp_bn",
			"total_trade_gbp_bn", "balance_gbp_bn", "exports_change_pct", "imports_change_pct" };

	private final JsonMapper json = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	WebClient web;

	@BeforeEach
	void setUp() {
		this.web = new WebClient(this.port);
	}

	@Test
	void tradePageShowsTheLatestYearsKeyFigures() {
		HttpResponse<String> response = this.web.get("/trade");

		assertThat(response.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(response.body());
		assertThat(page.select(".trade-latest h2").text()).isEqualTo("Latest figures: 2021");
		assertThat(page.select("p.dates time[datetime]")).hasSize(2);
		assertThat(page.select(".key-figures dt").eachText()).containsExactly("UK exports to China",
				"UK imports from China", "Total trade", "Balance");
		assertThat(page.select(".key-figures dd:not(.key-figures__note)").eachText()).containsExactly("£27.5bn",
				"£55.7bn", "£83.2bn", "−£28.2bn");
		assertThat(page.select(".key-figures__note").eachText()).containsExactly("+30.3% on 2020", "+23.0% on 2020",
				"deficit");
	}

	@Test
	void tradePageTableShowsEveryYearWithDerivedValues() {
		Document page = Jsoup.parse(this.web.get("/trade").body());

		assertThat(page.select("table caption").text()).contains("£ billion");
		assertThat(page.select(".trade-table thead th[scope=col]").eachText()).containsExactly("Year",
				"UK exports to China (£ billion)", "UK imports from China (£ billion)", "Total trade (£ billion)",
				"Balance (£ billion)", "Exports change %", "Imports change %");
		assertThat(rowText(page, "2019")).containsExactly("23.7", "49.5", "73.2", "−25.8 (deficit)", "–not applicable",
				"–not applicable");
		assertThat(rowText(page, "2020")).containsExactly("21.1", "45.3", "66.4", "−24.2 (deficit)", "−11.0", "−8.5");
		assertThat(rowText(page, "2021")).containsExactly("27.5", "55.7", "83.2", "−28.2 (deficit)", "+30.3", "+23.0");
		assertThat(page.select(".trade-table tbody td"))
			.allSatisfy((cell) -> assertThat(cell.hasClass("num")).isTrue());
		assertThat(page.select("tbody td .visually-hidden").eachText()).contains("not applicable", "(deficit)");
	}

	@Test
	void yearFilterNarrowsTheTableButNotTheChartOrTheDownloads() {
		Document page = Jsoup.parse(this.web.get("/trade?from=2020&to=2021").body());

		assertThat(page.select(".trade-table tbody th[scope=row]").eachText()).containsExactly("2020", "2021");
		assertThat(rowText(page, "2020")).as("the change on 2019, which is not shown")
			.containsExactly("21.1", "45.3", "66.4", "−24.2 (deficit)", "−11.0", "−8.5");
		assertThat(page.select(".trade-filter__shown").text()).startsWith("Showing 2020 to 2021.")
			.contains("The chart and the downloads have every year.");
		assertThat(page.select(".trade-filter__shown a").attr("href")).isEqualTo("/trade");
		assertThat(page.select("#trade-from option[selected]").text()).isEqualTo("2020");
		assertThat(page.select("#trade-to option[selected]").text()).isEqualTo("2021");
		assertThat(page.select("figure.chart svg circle.marker--exports")).hasSize(3);
		assertThat(page.select(".trade-downloads a").eachAttr("href")).contains("/trade.csv", "/trade.json");
		assertThat(page.select("form.trade-filter").attr("method")).isEqualTo("get");
		assertThat(page.select("form.trade-filter").attr("action")).isEqualTo("/trade");

		assertThat(Jsoup.parse(this.web.get("/trade?to=2019").body())
			.select(".trade-table tbody th[scope=row]")
			.eachText()).containsExactly("2019");
		Document none = Jsoup.parse(this.web.get("/trade?from=1990&to=1991").body());
		assertThat(none.select(".trade-filter__shown").text()).startsWith("There are no figures for these years.");
		assertThat(none.select(".trade-table table")).isEmpty();
	}

	@Test
	void unusableYearsAreNamedAndEveryYearIsShown() {
		for (String query : List.of("from=%3Cscript%3Ealert(1)%3C/script%3E", "from=20x1", "to=99999999999999999",
				"from=1800", "from=2021&to=2019", "from=%00", "to=" + "9".repeat(3000))) {
			HttpResponse<String> response = this.web.get("/trade?" + query);
			assertThat(response.statusCode()).as(query).isEqualTo(200);
			assertThat(response.body()).as(query).doesNotContain("<script>alert");
			Document page = Jsoup.parse(response.body());
			assertThat(page.select(".trade-table tbody th[scope=row]").eachText()).as(query)
				.containsExactly("2019", "2020", "2021");
			assertThat(page.select(".trade-table .banner p").text()).as(query).isNotBlank();
		}
		assertThat(Jsoup.parse(this.web.get("/trade?from=2021&to=2019").body()).select(".trade-table .banner").text())
			.isEqualTo("The first year is after the last one, so every year is shown.");
		assertThat(Jsoup.parse(this.web.get("/trade?from=abc").body()).select(".trade-table .banner").text())
			.isEqualTo("The first year must be a year such as 2015, so the table starts with the earliest year.");
		assertThat(Jsoup.parse(this.web.get("/zh/trade?to=abc").body()).select(".trade-table .banner").text())
			.isEqualTo("截止年份须为年份，例如 2020，因此表格到最近年份为止。");
		assertThat(Jsoup.parse(this.web.get("/trade").body()).select(".trade-table .banner")).isEmpty();
	}

	@Test
	void tradePageTakesItsHeadingFromTheSiteTextAndHasOnlyOne() {
		Document page = Jsoup.parse(this.web.get("/trade").body());

		assertThat(page.select("h1").eachText()).containsExactly("Key Trade Statistics");
		assertThat(page.title()).startsWith("UK–China trade statistics");
		assertThat(page.select(".site-nav a[aria-current=page]").text()).isEqualTo("Trade");
	}

	@Test
	void chartIsAnAccessibleImageDescribingAllTheData() {
		Document page = Jsoup.parse(this.web.get("/trade").body());
		Element svg = page.selectFirst("figure.chart svg");

		assertThat(page.select("figure.chart figcaption").text()).contains("£ billion, by year");
		assertThat(svg).isNotNull();
		assertThat(svg.attr("role")).isEqualTo("img");
		assertThat(page.getElementById(svg.attr("aria-labelledby")).tagName()).isEqualTo("title");
		assertThat(page.getElementById(svg.attr("aria-describedby")).text()).contains("from 2019 to 2021")
			.contains("2019: exports £23.7bn, imports £49.5bn.")
			.contains("2020: exports £21.1bn, imports £45.3bn.")
			.contains("2021: exports £27.5bn, imports £55.7bn.");
		assertThat(svg.select("circle.marker--exports")).hasSize(3);
		assertThat(svg.select("rect.marker--imports")).hasSize(3);
		assertThat(svg.select(".label--exports tspan").eachText()).containsExactly("UK exports", "to China");
		assertThat(svg.select(".label--imports tspan").eachText()).containsExactly("UK imports", "from China");
		assertThat(svg.select(".axis--value text").eachText()).containsExactly("£0bn", "£10bn", "£20bn", "£30bn",
				"£40bn", "£50bn", "£60bn");
		assertThat(svg.select(".axis--year text").eachText()).containsExactly("2019", "2020", "2021");
		assertThat(page.select("figure.chart .source").text())
			.isEqualTo("Source: London and Beijing: Forging a Future Together Through Mutual Cooperation!");
	}

	@Test
	void chartIsDescribedInWordsForEveryReaderInBothLanguages() {
		Document page = Jsoup.parse(this.web.get("/trade").body());
		Document chinese = Jsoup.parse(this.web.get("/zh/trade").body());

		String words = "UK exports to China rose from £23.7bn in 2019 to £27.5bn in 2021; the highest was £27.5bn"
				+ " in 2021. UK imports from China rose from £49.5bn in 2019 to £55.7bn in 2021; the highest was"
				+ " £55.7bn in 2021. The balance was largest in 2020 (−£24.2bn) and smallest in 2021 (−£28.2bn).";
		assertThat(page.select("figure.chart .chart__summary").text()).isEqualTo("In words: " + words);
		assertThat(page.select("svg desc").text()).endsWith(words);
		assertThat(chinese.select("figure.chart .chart__summary").text()).contains("从2019年的237亿英镑增至2021年的275亿英镑")
			.endsWith("贸易差额最大的是2020年（−242亿英镑），最小的是2021年（−282亿英镑）。");
	}

	@Test
	void tradePageListsTheSourceAndLinksToTheDownloads() {
		Document page = Jsoup.parse(this.web.get("/trade").body());

		assertThat(page.select(".trade-sources dt").eachText()).containsExactly("Title", "Notes");
		assertThat(page.select(".trade-sources dd").text()).contains("Forging a Future Together")
			.contains("Chinese Imports to UK (£ billion)");
		assertThat(page.select(".trade-downloads a").eachAttr("href")).containsExactly("/trade.csv", "/trade.json",
				"/trade.metadata.json", "/trade.zip", "/trade/chart.svg");
	}

	@Test
	void tradePageNeedsNoInlineStyleOrScriptAndHasUniqueIds() {
		String body = this.web.get("/trade").body();
		Document page = Jsoup.parse(body);

		assertThat(page.select("[style], style, script")).isEmpty();
		List<String> ids = page.select("[id]").eachAttr("id");
		assertThat(ids).doesNotHaveDuplicates();
		for (Element labelled : page.select("[aria-labelledby], [aria-describedby]")) {
			String reference = labelled.hasAttr("aria-labelledby") ? labelled.attr("aria-labelledby")
					: labelled.attr("aria-describedby");
			assertThat(ids).as("target of %s", labelled.tagName()).contains(reference);
		}
	}

	@Test
	void csvDownloadHasOneRowPerYearWithTheDerivedValues() {
		HttpResponse<String> response = this.web.get("/trade.csv");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(MediaType.parseMediaType(response.headers().firstValue("Content-Type").orElseThrow()))
			.satisfies((type) -> {
				assertThat(type.isCompatibleWith(MediaType.parseMediaType("text/csv"))).isTrue();
				assertThat(type.getCharset()).hasToString("UTF-8");
			});
		int version = this.jdbc.queryForObject("SELECT max(number) FROM trade_dataset_version", Integer.class);
		assertThat(response.headers().firstValue("Content-Disposition"))
			.hasValue("attachment; filename=\"uk-china-trade-v" + version + ".csv\"");
		assertThat(response.body()).isEqualTo("\uFEFF" + SEED_CSV);
	}

	@Test
	void jsonDownloadHasTheSameFiguresAsExactNumbersWithUnitsAndSource() {
		HttpResponse<String> response = this.web.get("/trade.json");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(MediaType.parseMediaType(type).isCompatibleWith(MediaType.APPLICATION_JSON))
					.isTrue());
		assertThat(response.body()).contains("\"uk_exports_to_china_gbp_bn\":23.7")
			.contains("\"balance_gbp_bn\":-28.2")
			.contains("\"imports_change_pct\":23.0")
			.contains("\"exports_change_pct\":null");
		JsonNode root = this.json.readTree(response.body());
		assertThat(root.path("latest_year").asInt()).isEqualTo(2021);
		assertThat(root.path("units").path("currency").asString()).isEqualTo("GBP");
		assertThat(root.path("units").path("scale").asString()).isEqualTo("billion");
		assertThat(root.path("sources").get(0).path("title").asString())
			.isEqualTo("London and Beijing: Forging a Future Together Through Mutual Cooperation!");
		JsonNode latest = root.path("years").get(2);
		assertThat(latest.path("year").asInt()).isEqualTo(2021);
		assertThat(latest.path("total_trade_gbp_bn").decimalValue()).isEqualTo(new BigDecimal("83.2"));
		assertThat(latest.path("exports_change_pct").decimalValue()).isEqualTo(new BigDecimal("30.3"));
		assertThat(root.path("years").get(1).path("imports_change_pct").decimalValue())
			.isEqualTo(new BigDecimal("-8.5"));
	}

	@Test
	void chartTableAndDownloadsShowTheSameFigures() {
		Document page = Jsoup.parse(this.web.get("/trade").body());
		Map<String, List<String>> csv = csvRows(this.web.get("/trade.csv").body());
		Map<String, List<String>> json = jsonRows(this.web.get("/trade.json").body());
		Map<String, List<String>> table = tableRows(page);

		assertThat(csv.keySet()).containsExactly("2019", "2020", "2021");
		assertThat(json).isEqualTo(csv);
		assertThat(table).isEqualTo(csv);
		for (String series : List.of("exports", "imports")) {
			Map<String, String> markers = new LinkedHashMap<>();
			page.select("svg [data-series=" + series + "]")
				.forEach((m) -> markers.put(m.attr("data-year"), m.attr("data-value")));
			Map<String, String> expected = new LinkedHashMap<>();
			int column = series.equals("exports") ? 0 : 1;
			csv.forEach((year, cells) -> expected.put(year, cells.get(column)));
			assertThat(markers).as(series).isEqualTo(expected);
		}
	}

	private static List<String> rowText(Document page, String year) {
		Element row = page.select(".trade-table tbody tr")
			.stream()
			.filter((tr) -> tr.selectFirst("th[scope=row]").text().equals(year))
			.findFirst()
			.orElseThrow()
			.clone();
		// Another test may have revised a figure and put it back: the notice of that
		// revision is checked by TradeRevisionTests, not here.
		row.select(".revised").remove();
		return row.select("td").eachText();
	}

	/**
	 * The table's numbers as the downloads write them: ASCII minus, no plus, empty for
	 * "–".
	 */
	private static Map<String, List<String>> tableRows(Document page) {
		Map<String, List<String>> rows = new LinkedHashMap<>();
		for (Element row : page.select(".trade-table tbody tr")) {
			List<String> cells = new ArrayList<>();
			for (Element cell : row.select("td")) {
				Element copy = cell.clone();
				copy.select(".visually-hidden, [aria-hidden=true], .revised").remove();
				cells.add(copy.text().replace('−', '-').replace("+", ""));
			}
			rows.put(row.selectFirst("th").text(), cells);
		}
		return rows;
	}

	private static Map<String, List<String>> csvRows(String body) {
		Map<String, List<String>> rows = new LinkedHashMap<>();
		String[] lines = body.split("\r\n");
		for (int i = 1; i < lines.length; i++) {
			String[] cells = lines[i].split(",", -1);
			rows.put(cells[0], List.of(cells).subList(1, cells.length));
		}
		return rows;
	}

	private Map<String, List<String>> jsonRows(String body) {
		Map<String, List<String>> rows = new LinkedHashMap<>();
		for (JsonNode year : this.json.readTree(body).path("years")) {
			List<String> cells = new ArrayList<>();
			for (String column : COLUMNS) {
				JsonNode value = year.path(column);
				cells.add(value.isNull() ? "" : value.decimalValue().toPlainString());
			}
			rows.put(year.path("year").asString(), cells);
		}
		return rows;
	}

}
