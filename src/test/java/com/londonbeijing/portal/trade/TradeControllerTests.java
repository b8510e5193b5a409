package com.londonbeijing.portal.trade;

import java.util.List;

import com.londonbeijing.portal.sitetext.SiteTexts;
import com.londonbeijing.portal.test.PortalWebMvcTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

/**
 * Cases the seed data cannot show: no published year, a single year, a surplus, and no
 * site text. Security and the real database are covered by {@link TradePagesTests}.
 */
@PortalWebMvcTest(TradeController.class)
class TradeControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	TradeService trade;

	@MockitoBean
	SiteTexts siteTexts;

	@Test
	void withoutPublishedFiguresThePageSaysSoAndShowsNoChartTableOrDownloads() throws Exception {
		given(this.trade.current()).willReturn(TradeDataset.of(TradeStatistics.of(List.of())));

		MvcTestResult result = this.mvc.get().uri("/trade").exchange();

		assertThat(result).hasStatusOk().hasViewName("trade/show");
		Document page = Jsoup.parse(result.getResponse().getContentAsString());
		assertThat(page.select("main p").eachText()).contains("No trade figures have been published yet.");
		assertThat(page.select("main svg, main table, .key-figures, .trade-downloads")).isEmpty();
	}

	@Test
	void withoutPublishedFiguresTheDownloadsHoldNoYears() {
		given(this.trade.current()).willReturn(TradeDataset.of(TradeStatistics.of(List.of())));

		assertThat(this.mvc.get().uri("/trade.csv")).hasStatusOk()
			.bodyText()
			.isEqualTo("\uFEFF" + TradeCsv.HEADER + "\r\n");
		assertThat(this.mvc.get().uri("/trade.json")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.years")
			.asArray()
			.isEmpty();
	}

	@Test
	void aSingleYearIsChartedAsMarkersWithoutChanges() throws Exception {
		given(this.trade.current()).willReturn(
				TradeDataset.of(TradeStatistics.of(List.of(TradeStatisticsTests.figure(2021, "27.5", "55.7")))));

		Document page = Jsoup.parse(this.mvc.get().uri("/trade").exchange().getResponse().getContentAsString());

		assertThat(page.select("svg polyline")).isEmpty();
		assertThat(page.select("svg circle[data-year=2021]").attr("data-value")).isEqualTo("27.5");
		assertThat(page.select("svg rect[data-year=2021]").attr("data-value")).isEqualTo("55.7");
		assertThat(page.select("svg desc").text()).startsWith("Chart of UK exports to China and UK imports from China")
			.contains("2021: exports £27.5bn, imports £55.7bn.");
		assertThat(page.select(".key-figures__note").eachText()).containsExactly("deficit");
	}

	@Test
	void surplusIsShownWithoutAMinusSign() throws Exception {
		given(this.trade.current())
			.willReturn(TradeDataset.of(TradeStatistics.of(List.of(TradeStatisticsTests.figure(2021, "60", "55.7")))));

		Document page = Jsoup.parse(this.mvc.get().uri("/trade").exchange().getResponse().getContentAsString());

		assertThat(page.select(".key-figures dd:not(.key-figures__note)").last().text()).isEqualTo("£4.3bn");
		assertThat(page.select(".key-figures__note").eachText()).containsExactly("surplus");
		assertThat(page.select("tbody td").get(3).text()).isEqualTo("4.3");
		assertThat(page.select("tbody td.negative")).isEmpty();
	}

	@Test
	void withoutTheSiteTextThePageKeepsItsOwnHeading() throws Exception {
		given(this.trade.current()).willReturn(TradeDataset.of(TradeStatistics.of(List.of())));

		Document page = Jsoup.parse(this.mvc.get().uri("/trade").exchange().getResponse().getContentAsString());

		assertThat(page.select("h1").eachText()).containsExactly("Key Trade Statistics");
	}

}
