package com.londonbeijing.portal.trade;

import java.net.http.HttpResponse;

import com.londonbeijing.portal.test.PortalIntegrationTest;
import com.londonbeijing.portal.test.WebClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embeddable chart ({@code /trade/chart}): the one page other sites may frame, with
 * the chart, its description and a link back; and the snippet {@code /trade} offers for
 * it. Every other page still refuses to be framed.
 */
@PortalIntegrationTest
class TradeChartEmbedTests {

	@LocalServerPort
	int port;

	WebClient web;

	@BeforeEach
	void setUp() {
		this.web = new WebClient(this.port);
	}

	@Test
	void theChartPageMayBeFramedByAnySite() {
		HttpResponse<String> response = this.web.get("/trade/chart");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("X-Frame-Options")).isEmpty();
		assertThat(response.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying((policy) -> assertThat(policy).contains("frame-ancestors *")
				.doesNotContain("frame-ancestors 'none'")
				.contains("script-src 'self'"));
		assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("header, nav")).isEmpty();
		assertThat(page.select("figure.chart svg title").text())
			.isEqualTo("UK exports to China and imports from China");
		assertThat(page.select("figure.chart .chart__summary").text()).startsWith("In words:");
		Element back = page.selectFirst("a[target=_top]");
		assertThat(back).isNotNull();
		assertThat(back.attr("href")).isEqualTo("http://localhost:" + this.port + "/trade");
	}

	@Test
	void theChinesePageIsInChineseAndLinksToTheChineseTradePage() {
		HttpResponse<String> response = this.web.get("/zh/trade/chart");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("X-Frame-Options")).isEmpty();
		Document page = Jsoup.parse(response.body());
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
		assertThat(page.select("a[target=_top]").attr("href")).isEqualTo("http://localhost:" + this.port + "/zh/trade");
	}

	@Test
	void otherPagesStillRefuseToBeFramed() {
		for (String path : new String[] { "/trade", "/zh/trade", "/", "/trade/chart/other" }) {
			HttpResponse<String> response = this.web.get(path);
			assertThat(response.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
			assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
				.hasValueSatisfying((policy) -> assertThat(policy).contains("frame-ancestors 'none'"));
		}
	}

	@Test
	void theTradePageOffersTheEmbedCodeInAReadOnlyLabelledBox() {
		Document page = Jsoup.parse(this.web.get("/trade").body());

		Element box = page.selectFirst("textarea#embed-code");
		assertThat(box).isNotNull();
		assertThat(box.hasAttr("readonly")).isTrue();
		assertThat(page.select("label[for=embed-code]").text()).isEqualTo("Copy this code into your page");
		Element iframe = Jsoup.parse(box.text()).selectFirst("iframe");
		assertThat(iframe).isNotNull();
		assertThat(iframe.attr("src")).isEqualTo("http://localhost:" + this.port + "/trade/chart");
		assertThat(iframe.attr("title")).isEqualTo("UK exports to China and imports from China");
	}

}
