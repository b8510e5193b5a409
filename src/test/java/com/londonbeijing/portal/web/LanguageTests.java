package com.londonbeijing.portal.web;

import java.net.http.HttpResponse;

import com.londonbeijing.portal.test.PortalIntegrationTest;
import com.londonbeijing.portal.test.WebClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The Chinese site lives under {@code /zh}; the switch leads to the same page. */
@PortalIntegrationTest
class LanguageTests {

	@LocalServerPort
	int port;

	WebClient web;

	@BeforeEach
	void setUp() {
		this.web = new WebClient(this.port);
	}

	@Test
	void chineseAddressAnswersInChineseAndItsLinksStayChinese() {
		HttpResponse<String> response = this.web.get("/zh/areas");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("<html lang=\"zh-CN\"")
			.contains("伦敦—北京合作门户")
			.contains("href=\"/zh/trade\"")
			.contains("href=\"/zh/areas/trade-and-investment\"")
			.contains("href=\"/zh\"")
			.containsPattern("href=\"/css/site[-.][^\"]*css\"")
			.contains("href=\"/trade.csv\"")
			.doesNotContain("href=\"/meetings\"");
	}

	@Test
	void englishPageStaysEnglish() {
		HttpResponse<String> response = this.web.get("/areas");

		assertThat(response.body()).contains("<html lang=\"en-GB\"")
			.contains("London–Beijing Cooperation Portal")
			.contains("href=\"/trade\"")
			.doesNotContain("href=\"/zh/trade\"");
	}

	@Test
	void switchLeadsToTheSamePageAndQueryInTheOtherLanguage() {
		assertThat(this.web.get("/meetings?year=2024").body())
			.contains("<a href=\"/zh/meetings?year=2024\" lang=\"zh-CN\" hreflang=\"zh-CN\">中文</a>");
		assertThat(this.web.get("/zh/meetings?year=2024").body())
			.contains("<a href=\"/meetings?year=2024\" lang=\"en-GB\" hreflang=\"en-GB\">English</a>");
		assertThat(this.web.get("/").body()).contains("<a href=\"/zh\" lang=\"zh-CN\"");
		assertThat(this.web.get("/zh").body()).contains("<html lang=\"zh-CN\"")
			.contains("<a href=\"/\" lang=\"en-GB\"");
	}

	@Test
	void pagesNameBothLanguagesAsAlternates() {
		String base = "http://localhost:" + this.port;
		assertThat(this.web.get("/zh/areas").body())
			.contains("<link rel=\"alternate\" hreflang=\"en-GB\" href=\"" + base + "/areas\">")
			.contains("<link rel=\"alternate\" hreflang=\"zh-CN\" href=\"" + base + "/zh/areas\">")
			.contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\"" + base + "/areas\">");
	}

	@Test
	void unknownChineseAddressGetsChineseNotFoundPage() {
		HttpResponse<String> response = this.web.get("/zh/does-not-exist");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("<html lang=\"zh-CN\"")
			.contains("找不到该页面")
			.contains("href=\"/zh\"")
			.contains("<a href=\"/does-not-exist\" lang=\"en-GB\"");
	}

	@Test
	void adminAndFilesHaveOneAddressOnly() {
		assertThat(this.web.get("/zh/admin").headers().firstValue("Location").orElseThrow()).endsWith("/admin");
		assertThat(this.web.get("/zh/trade.csv").headers().firstValue("Location").orElseThrow()).endsWith("/trade.csv");
		assertThat(this.web.get("/zh/login").body()).doesNotContain("登录");
	}

	@Test
	void datesAndAmountsAreWrittenTheWayEachLanguageDoes() {
		String meeting = "/meetings/2024-10-18-wang-yi-david-lammy";
		assertThat(this.web.get(meeting).body()).contains("18 October 2024");
		assertThat(this.web.get("/zh" + meeting).body()).contains("2024年10月18日 星期五")
			.doesNotContain("Friday 18 October 2024");

		assertThat(this.web.get("/trade").body()).contains("£27.5bn");
		assertThat(this.web.get("/zh/trade").body()).contains("275亿英镑").doesNotContain("£27.5bn");
	}

	@Test
	void downloadsStayTheSameInEveryLanguage() {
		assertThat(this.web.get("/trade.csv", "text/csv").body()).contains("27.5").doesNotContain("亿");
	}

	@Test
	void englishOnlySiteTextsOnChinesePagesAreMarkedEnglish() {
		String home = this.web.get("/zh").body();
		assertThat(home).contains("<h1>伦敦—北京合作门户</h1>")
			.contains("<div class=\"prose\" lang=\"en\">")
			.contains("尚未翻译成中文，以下显示英文原文。");
		assertThat(this.web.get("/zh/areas").body()).contains("<h1>合作领域</h1>");
	}

}
