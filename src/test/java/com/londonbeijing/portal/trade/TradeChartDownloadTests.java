package com.londonbeijing.portal.trade;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import javax.xml.parsers.DocumentBuilderFactory;

import com.londonbeijing.portal.test.PortalIntegrationTest;
import com.londonbeijing.portal.test.WebClient;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trade chart as a file of its own ({@code /trade/chart.svg}), over the seed figures
 * 2019–2021: a complete SVG document in the request's language.
 */
@PortalIntegrationTest
class TradeChartDownloadTests {

	private static final String SVG_NS = "http://www.w3.org/2000/svg";

	@LocalServerPort
	int port;

	WebClient web;

	@BeforeEach
	void setUp() {
		this.web = new WebClient(this.port);
	}

	@Test
	void chartSvgIsAStandaloneSvgDocumentInEnglish() throws Exception {
		HttpResponse<String> response = this.web.get("/trade/chart.svg");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("image/svg+xml"));
		assertThat(response.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying((disposition) -> assertThat(disposition).startsWith("attachment")
				.contains("filename=\"uk-china-trade-v"));
		assertThat(response.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying((disposition) -> assertThat(disposition).endsWith(".svg\""));
		Element svg = parse(response.body());
		assertThat(svg.getNamespaceURI()).isEqualTo(SVG_NS);
		assertThat(svg.getLocalName()).isEqualTo("svg");
		assertThat(svg.getAttribute("viewBox")).isEqualTo("0 -56 640 464");
		assertThat(svg.getAttribute("width")).isEqualTo("640");
		assertThat(svg.getAttribute("height")).isEqualTo("464");
		assertThat(first(svg, "style").getTextContent()).contains(".series--exports").contains("#1d4f91");
		assertThat(first(svg, "title").getTextContent()).isEqualTo("UK exports to China and imports from China");
		String desc = first(svg, "desc").getTextContent();
		assertThat(desc).contains("from 2019 to 2021")
			.contains("2019: exports £23.7bn, imports £49.5bn.")
			.contains("2020: exports £21.1bn, imports £45.3bn.")
			.contains("2021: exports £27.5bn, imports £55.7bn.")
			.contains("UK exports to China rose from £23.7bn in 2019 to £27.5bn in 2021");
		assertThat(svg.getElementsByTagNameNS(SVG_NS, "polyline").getLength()).isPositive();
		assertThat(text(svg, "source")).contains("Source: London and Beijing").contains("/trade");
		assertThat(response.body()).doesNotContain("th:text").doesNotContain("class=\"chart");
	}

	@Test
	void chartSvgUnderZhIsInChinese() throws Exception {
		HttpResponse<String> response = this.web.get("/zh/trade/chart.svg");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("image/svg+xml"));
		assertThat(response.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying((disposition) -> assertThat(disposition).startsWith("attachment"));
		Element svg = parse(response.body());
		String title = first(svg, "title").getTextContent();
		assertThat(title).isNotEqualTo("UK exports to China and imports from China").containsPattern("\\p{IsHan}");
		String desc = first(svg, "desc").getTextContent();
		assertThat(desc).containsPattern("\\p{IsHan}").contains("2019").contains("2020").contains("2021");
		assertThat(desc).doesNotContain("exports £");
		assertThat(text(svg, "source")).contains("/zh/trade");
	}

	@Test
	void tradePagesLinkTheChartSvgInTheirLanguage() {
		assertThat(
				Jsoup.parse(this.web.get("/trade").body()).select(".trade-downloads a[href$=chart.svg]").attr("href"))
			.isEqualTo("/trade/chart.svg");
		assertThat(Jsoup.parse(this.web.get("/zh/trade").body())
			.select(".trade-downloads a[href$=chart.svg]")
			.attr("href")).isEqualTo("/zh/trade/chart.svg");
	}

	private static Element parse(String body) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document document = factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
		return document.getDocumentElement();
	}

	private static Element first(Element svg, String name) {
		return (Element) svg.getElementsByTagNameNS(SVG_NS, name).item(0);
	}

	private static String text(Element svg, String className) {
		StringBuilder found = new StringBuilder();
		var texts = svg.getElementsByTagNameNS(SVG_NS, "text");
		for (int i = 0; i < texts.getLength(); i++) {
			Element text = (Element) texts.item(i);
			if (text.getAttribute("class").equals(className)) {
				found.append(text.getTextContent()).append('\n');
			}
		}
		return found.toString();
	}

}
