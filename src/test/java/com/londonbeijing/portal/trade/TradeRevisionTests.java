package com.londonbeijing.portal.trade;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.londonbeijing.portal.support.ContentStatus;
import com.londonbeijing.portal.test.PortalIntegrationTest;
import com.londonbeijing.portal.test.WebClient;
import com.londonbeijing.portal.trade.admin.TradeFigureAdmin;
import com.londonbeijing.portal.trade.admin.TradeFigureForm;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Revised figures and numbered versions as visitors see them: a published figure that
 * changes keeps its previous value, the table marks it and lists the revision, and the
 * dataset before the change stays at its own address with its downloads. Uses the year
 * 1991, which the seed does not have.
 */
@PortalIntegrationTest
class TradeRevisionTests {

	private static final int YEAR = 1991;

	@LocalServerPort
	int port;

	@Autowired
	TradeFigureAdmin admin;

	@Autowired
	JdbcTemplate jdbc;

	WebClient web;

	@BeforeEach
	void setUp() {
		this.web = new WebClient(this.port);
	}

	@AfterEach
	void removeTestYear() {
		this.jdbc.update("DELETE FROM trade_figure WHERE year = ?", YEAR);
		this.jdbc.update("DELETE FROM trade_revision WHERE year = ?", YEAR);
	}

	@Test
	void revisedFigureIsMarkedWithItsPreviousValueAndListedWithTheReason() {
		long id = this.admin.save(form("10", "20"));
		int before = currentVersion();
		TradeFigureForm edit = this.admin.form(id);
		edit.setExports(new BigDecimal("12.5"));
		edit.setChangeNote("Corrected from the ONS release");
		edit.setChangeNotePublic(true);
		this.admin.publish(edit); // a published year: Save would keep a draft

		Document page = Jsoup.parse(this.web.get("/trade").body());

		String today = LocalDate.now(ZoneId.of("Europe/London"))
			.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));
		Element exports = row(page, ".trade-table").select("td").get(0);
		assertThat(exports.text()).isEqualTo("12.5 revised " + today + ", previously 10.0");
		assertThat(row(page, ".trade-table").select("td").get(1).select(".revised")).isEmpty();
		assertThat(row(page, ".trade-revisions").select("td").eachText()).containsExactly("UK exports to China", "10.0",
				"12.5", today, String.valueOf(currentVersion()), "Corrected from the ONS release");
		assertThat(currentVersion()).isEqualTo(before + 1);
	}

	@Test
	void chinesePageMarksTheRevisionInChinese() {
		long id = this.admin.save(form("10", "20"));
		TradeFigureForm edit = this.admin.form(id);
		edit.setImports(new BigDecimal("21"));
		this.admin.publish(edit); // a published year: Save would keep a draft

		Document page = Jsoup.parse(this.web.get("/zh/trade").body());

		assertThat(row(page, ".trade-table").select("td").get(1).text()).startsWith("21.0 修订于").endsWith("，原为20.0");
		assertThat(page.select(".trade-revisions h2").text()).isEqualTo("修订记录");
		assertThat(row(page, ".trade-revisions").select("td").last().text()).isEqualTo("未说明原因");
	}

	@Test
	void privateChangeNoteNeverShowsAndDraftChangesAreNoRevisions() {
		long id = this.admin.save(form("10", "20"));
		TradeFigureForm edit = this.admin.form(id);
		edit.setExports(new BigDecimal("11"));
		edit.setChangeNote("Typo spotted by Alice");
		this.admin.publish(edit); // a published year: Save would keep a draft
		TradeFigureForm draft = this.admin.form(id);
		draft.setStatus(ContentStatus.DRAFT);
		this.admin.publish(draft);
		TradeFigureForm draftEdit = this.admin.form(id);
		draftEdit.setExports(new BigDecimal("99"));
		this.admin.save(draftEdit);

		String page = this.web.get("/trade").body();

		assertThat(page).doesNotContain("Typo spotted by Alice").doesNotContain("99.0");
		assertThat(
				this.jdbc.queryForList("SELECT new_value FROM trade_revision WHERE year = ?", BigDecimal.class, YEAR))
			.singleElement()
			.satisfies((value) -> assertThat(value).isEqualByComparingTo("11"));
	}

	@Test
	void everyVersionKeepsItsFiguresAtItsOwnAddressWithItsDownloads() {
		long id = this.admin.save(form("10", "20"));
		int old = currentVersion();
		TradeFigureForm edit = this.admin.form(id);
		edit.setExports(new BigDecimal("12.5"));
		this.admin.publish(edit); // a published year: Save would keep a draft
		int current = currentVersion();

		Document oldPage = Jsoup.parse(this.web.get("/trade/versions/" + old).body());
		Document currentPage = Jsoup.parse(this.web.get("/trade").body());

		assertThat(oldPage.select(".trade-version-notice").text())
			.startsWith("This is version " + old + " of the figures, which has since been replaced.")
			.contains("See the current figures (version " + current + ")");
		assertThat(row(oldPage, ".trade-table").select("td").get(0).text()).isEqualTo("10.0");
		assertThat(oldPage.select(".trade-downloads a").eachAttr("href")).contains("/trade/versions/" + old + ".csv",
				"/trade/versions/" + old + ".json");
		assertThat(currentPage.select(".trade-version-notice")).isEmpty();
		assertThat(currentPage.select(".versions a").eachAttr("href")).startsWith("/trade/versions/" + current,
				"/trade/versions/" + old);
		assertThat(currentPage.select(".versions li").first().text()).contains("(current)");
		assertThat(currentPage.select(".trade-downloads").text())
			.contains("These downloads are version " + current + " of the figures.");

		HttpResponse<String> csv = this.web.get("/trade/versions/" + old + ".csv");
		assertThat(csv.headers().firstValue("Content-Disposition"))
			.hasValue("attachment; filename=\"uk-china-trade-v" + old + ".csv\"");
		assertThat(csv.body()).contains("\r\n1991,10.0,20.0,");
		String json = this.web.get("/trade/versions/" + old + ".json").body();
		assertThat(json).contains("\"version\":" + old).contains("\"current_version\":" + current);
		assertThat(this.web.get("/trade.json").body()).contains("\"version\":" + current)
			.contains("\"year\":1991,\"series\":\"exports\",\"previous_value\":10.0,\"new_value\":12.5");
	}

	@Test
	void unknownVersionsAreNotFound() {
		assertThat(this.web.get("/trade/versions/999999").statusCode()).isEqualTo(404);
		assertThat(this.web.get("/trade/versions/abc").statusCode()).isEqualTo(404);
		assertThat(this.web.get("/trade/versions/0.csv").statusCode()).isEqualTo(404);
		assertThat(this.web.get("/trade/versions/1").statusCode()).isEqualTo(200);
	}

	private int currentVersion() {
		return this.jdbc.queryForObject("SELECT max(number) FROM trade_dataset_version", Integer.class);
	}

	private static Element row(Document page, String section) {
		return page.select(section + " tbody tr")
			.stream()
			.filter((tr) -> tr.selectFirst("th[scope=row]").text().equals(String.valueOf(YEAR)))
			.findFirst()
			.orElseThrow();
	}

	private static TradeFigureForm form(String exports, String imports) {
		TradeFigureForm form = new TradeFigureForm();
		form.setYear(YEAR);
		form.setExports(new BigDecimal(exports));
		form.setImports(new BigDecimal(imports));
		return form;
	}

}
