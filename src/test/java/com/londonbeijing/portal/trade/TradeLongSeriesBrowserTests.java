package com.londonbeijing.portal.trade;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.londonbeijing.portal.test.Browser;
import com.londonbeijing.portal.test.BrowserTest;
import com.londonbeijing.portal.test.PageChecks;
import com.londonbeijing.portal.test.PortalInstance;
import com.londonbeijing.portal.test.TestDatabaseConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fifty years of figures in a real browser: on a 320 px phone the chart's year labels do
 * not overlap, the table keeps its column headings in view while its years scroll, the
 * year filter works without script, and the embeddable chart fits its frame. Runs on an
 * instance of its own with its own database (1972–2018 added to the seed's 2019–2021), so
 * the shared test database keeps its three years.
 */
@BrowserTest
class TradeLongSeriesBrowserTests {

	private static final int FIRST_YEAR = 1972;

	static PortalInstance instance;

	@BeforeAll
	static void startAnInstanceWithFiftyYears() {
		instance = PortalInstance.start(Map.of(), TestDatabaseConfiguration.class);
		instance.context()
			.getBean(JdbcClient.class)
			.sql("INSERT INTO trade_figure (year, exports_gbp_bn, imports_gbp_bn)"
					+ " SELECT y, 0.3 + (y - :first) * 0.45, 0.2 + (y - :first) * 0.95"
					+ " FROM generate_series(:first, 2018) AS y")
			.param("first", FIRST_YEAR)
			.update();
	}

	@AfterAll
	static void stop() {
		if (instance != null) {
			instance.close(); // drops its database
		}
	}

	@Test
	void yearLabelsDoNotOverlapOnAPhone(Browser browser) {
		for (int width : new int[] { 320, 390 }) {
			browser.resize(width, 800);
			open(browser, "/trade");
			assertThat(browser.driver().findElements(By.cssSelector("figure.chart svg circle.marker--exports")))
				.hasSize(50);

			@SuppressWarnings("unchecked")
			List<Map<String, Object>> labels = (List<Map<String, Object>>) browser
				.script("""
						return Array.from(document.querySelectorAll('figure.chart svg .axis--year text')).map((t) => {
						  const box = t.getBoundingClientRect();
						  return { text: t.textContent, left: box.left, right: box.right, top: box.top, bottom: box.bottom };
						});""");
			assertThat(labels).as("at %d px", width).hasSizeBetween(4, 12);
			assertThat(labels.get(labels.size() - 1).get("text")).as("the latest year is always labelled")
				.isEqualTo("2021");
			for (int i = 1; i < labels.size(); i++) {
				double gap = number(labels.get(i).get("left")) - number(labels.get(i - 1).get("right"));
				assertThat(gap)
					.as("at %d px, between %s and %s", width, labels.get(i - 1).get("text"), labels.get(i).get("text"))
					.isGreaterThanOrEqualTo(4);
			}
			double svgRight = number(
					browser.script("return document.querySelector('figure.chart svg').getBoundingClientRect().right"));
			assertThat(number(labels.get(labels.size() - 1).get("right"))).as("inside the chart at %d px", width)
				.isLessThanOrEqualTo(svgRight + 1);
			assertThat(number(labels.get(0).get("bottom")) - number(labels.get(0).get("top")))
				.as("labels still legible at %d px", width)
				.isGreaterThanOrEqualTo(10);
			assertThat(PageChecks.sidewaysOverflow(browser)).as("at %d px", width).isNull();
		}
	}

	@Test
	void tableKeepsItsHeadingsInViewAndFiltersYearsWithoutScript(Browser browser) {
		browser.resize(320, 800);
		open(browser, "/trade");
		assertThat(browser.driver().findElements(By.cssSelector(".trade-table tbody tr"))).hasSize(50);

		browser.script("const box = document.querySelector('.trade-table__scroll'); box.scrollIntoView();"
				+ " box.scrollTop = box.scrollHeight / 2;");
		double boxTop = number(
				browser.script("return document.querySelector('.trade-table__scroll').getBoundingClientRect().top"));
		double boxBottom = number(
				browser.script("return document.querySelector('.trade-table__scroll').getBoundingClientRect().bottom"));
		double headingTop = number(
				browser.script("return document.querySelector('.trade-table thead th').getBoundingClientRect().top"));
		assertThat(number(browser.script("return document.querySelector('.trade-table__scroll').scrollTop")))
			.as("the years scroll inside the box")
			.isGreaterThan(100);
		assertThat(headingTop).as("the headings stay at the top of the box").isBetween(boxTop - 1, boxTop + 1);
		assertThat(boxBottom - boxTop).as("the box is no taller than the screen").isLessThanOrEqualTo(800);
		String covering = (String) browser.script("""
				const th = document.querySelectorAll('.trade-table thead th')[1];
				const box = th.getBoundingClientRect();
				const top = document.elementFromPoint(box.left + box.width / 2, box.top + 5);
				return top.closest('th') ? top.closest('th').textContent : top.tagName;""");
		assertThat(covering).as("the heading is drawn above the rows").isEqualTo("UK exports to China (£ billion)");

		new Select(browser.driver().findElement(By.id("trade-from"))).selectByVisibleText("2000");
		new Select(browser.driver().findElement(By.id("trade-to"))).selectByVisibleText("2005");
		browser.driver().findElement(By.cssSelector("form.trade-filter button[type=submit]")).click();
		assertThat(browser.driver().getCurrentUrl()).endsWith("/trade?from=2000&to=2005");
		assertThat(browser.driver()
			.findElements(By.cssSelector(".trade-table tbody th[scope=row]"))
			.stream()
			.map((cell) -> cell.getText())
			.toList()).containsExactly("2000", "2001", "2002", "2003", "2004", "2005");
		assertThat(browser.driver().findElements(By.cssSelector("figure.chart svg circle.marker--exports")))
			.as("the chart keeps every year")
			.hasSize(50);
		assertThat(PageChecks.accessibilityViolations(browser, "/trade?from=2000&to=2005")).isEmpty();
	}

	@Test
	void embeddedChartFitsTheFrameOfTheOfferedSnippet(Browser browser) {
		open(browser, "/trade");
		String snippet = browser.driver().findElement(By.id("embed-code")).getDomProperty("value");
		Matcher size = Pattern.compile("width=\"(\\d+)\" height=\"(\\d+)\"").matcher(snippet);
		assertThat(size.find()).as(snippet).isTrue();
		int width = Integer.parseInt(size.group(1));
		int height = Integer.parseInt(size.group(2));
		assertThat(height).isEqualTo(760);

		for (String path : List.of("/trade/chart", "/zh/trade/chart")) {
			browser.resize(width, height);
			open(browser, path);
			// The window includes the browser's own bars: make the page's viewport, the
			// frame, the snippet's size.
			long bars = height - (Long) browser.script("return window.innerHeight");
			browser.resize(width, height + (int) bars);
			assertThat(browser.script("return window.innerWidth + 'x' + window.innerHeight"))
				.isEqualTo(width + "x" + height);
			long scrollHeight = (Long) browser.script("return document.documentElement.scrollHeight");
			long clientHeight = (Long) browser.script("return document.documentElement.clientHeight");
			assertThat(scrollHeight).as("%s in a %d×%d frame needs no scroll bar", path, width, height)
				.isLessThanOrEqualTo(clientHeight);
		}
	}

	private static void open(Browser browser, String path) {
		browser.driver().get("http://localhost:" + instance.port() + path);
	}

	private static double number(Object value) {
		return ((Number) value).doubleValue();
	}

}
