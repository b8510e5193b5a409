package com.londonbeijing.portal.trade.admin;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.londonbeijing.portal.account.Account;
import com.londonbeijing.portal.account.Role;
import com.londonbeijing.portal.test.Browser;
import com.londonbeijing.portal.test.BrowserTest;
import com.londonbeijing.portal.test.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin's import in a real browser: upload a file that revises 2021's exports and adds
 * 2022, check the preview, confirm, and see the public trade page show the new figures,
 * the new year in the chart and the revision notice. Changes only 2021's exports (put
 * back afterwards) and the year 2022, which the seed does not have.
 */
@BrowserTest
class TradeImportBrowserTests {

	private static final String REVISED_EXPORTS = "29.87";

	private static final String CHANGE_NOTE = "ONS revision, browser test";

	@Autowired
	JdbcClient jdbc;

	@RegisterExtension
	TestAccounts accounts = new TestAccounts();

	@TempDir
	Path folder;

	Account admin;

	@BeforeEach
	void createAdmin() {
		this.admin = this.accounts.create("trade-importer", Role.ADMIN);
	}

	@AfterEach
	void restoreSeedFigures() {
		this.jdbc.sql("UPDATE trade_figure SET exports_gbp_bn = 27.50 WHERE year = 2021").update();
		this.jdbc.sql("DELETE FROM trade_figure WHERE year = 2022").update();
		this.jdbc
			.sql("DELETE FROM trade_revision WHERE year = 2022 OR (year = 2021 AND (old_value = :revised"
					+ " OR new_value = :revised))")
			.param("revised", new BigDecimal(REVISED_EXPORTS))
			.update();
		// The note stays in the history, but no longer as "last updated" news on /trade.
		this.jdbc.sql("UPDATE revinfo SET public_note = false WHERE change_note = :note")
			.param("note", CHANGE_NOTE)
			.update();
	}

	@Test
	void adminImportsAFileAndVisitorsSeeTheRevisedAndNewYears(Browser browser) throws IOException {
		Path file = this.folder.resolve("uk-china-trade.csv");
		Files.writeString(file,
				"year,uk_exports_to_china_gbp_bn,uk_imports_from_china_gbp_bn,source_title\r\n" + "2020,21.1,45.3,\r\n"
						+ "2021," + REVISED_EXPORTS + ",55.7,\r\n" + "2022,31.2,60.4,Browser test source\r\n",
				StandardCharsets.UTF_8);

		browser.open("/admin/trade/import");
		waitForUrlEnding(browser, "/login");
		browser.driver().findElement(By.id("username")).sendKeys(this.admin.getUsername());
		browser.driver().findElement(By.id("password")).sendKeys(TestAccounts.PASSWORD);
		browser.driver().findElement(By.cssSelector("main form button[type=submit]")).click();
		waitForUrlEnding(browser, "/admin/trade/import");
		assertThat(browser.driver().findElement(By.tagName("h1")).getText())
			.isEqualTo("Import trade figures from a file");

		browser.driver().findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
		browser.driver().findElement(By.cssSelector("main form button[type=submit]")).click();
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
			.until((driver) -> driver.getCurrentUrl().matches(".*/admin/trade/import/[^/?]+"));

		assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Check the import");
		assertThat(browser.driver().findElement(By.cssSelector("main")).getText())
			.contains("uk-china-trade.csv: 1 new, 1 changed, 1 unchanged, 0 refused.")
			.contains("Nothing has been stored yet.");
		assertThat(previewRow(browser, "2021")).containsExactly("2021", "Changed", "27.5 → " + REVISED_EXPORTS, "55.7");
		assertThat(previewRow(browser, "2022")).containsExactly("2022", "New", "31.2", "60.4");
		assertThat(previewRow(browser, "2020")).containsExactly("2020", "Unchanged", "21.1", "45.3");
		assertThat(storedExports(2021)).as("nothing stored before confirming").isEqualTo("27.50");

		browser.driver().findElement(By.id("changeNote")).sendKeys(CHANGE_NOTE);
		browser.driver().findElement(By.id("changeNotePublic")).click();
		browser.driver().findElement(By.xpath("//button[normalize-space()='Import these figures']")).click();
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
			.until((driver) -> driver.getCurrentUrl().matches(".*/admin/trade(\\?.*)?"));
		assertThat(browser.driver().findElement(By.cssSelector("main .flash")).getText())
			.isEqualTo("Imported: 1 new and 1 changed years.");

		browser.open("/trade");
		assertThat(browser.driver().findElement(By.cssSelector(".trade-latest h2")).getText())
			.isEqualTo("Latest figures: 2022");
		WebElement exports2021 = tableRow(browser, "2021").findElements(By.tagName("td")).get(0);
		assertThat(exports2021.getText()).startsWith(REVISED_EXPORTS)
			.as("the revision notice")
			.containsPattern("revised \\d{1,2} [A-Z][a-z]+ \\d{4}, previously 27\\.5");
		assertThat(tableRow(browser, "2022").findElements(By.tagName("td")).get(0).getText()).isEqualTo("31.2");
		assertThat(tableRow(browser, "2022").findElements(By.tagName("td")).get(1).getText()).isEqualTo("60.4");

		List<String> years = browser.driver()
			.findElements(By.cssSelector("figure.chart svg .axis--year text"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(years).contains("2021", "2022");
		assertThat(browser.driver()
			.findElement(By.cssSelector("figure.chart svg [data-series=exports][data-year='2022']"))
			.getDomAttribute("data-value")).isEqualTo("31.2");
		assertThat(browser.driver()
			.findElement(By.cssSelector("figure.chart svg [data-series=exports][data-year='2021']"))
			.getDomAttribute("data-value")).isEqualTo(REVISED_EXPORTS);
		assertThat(browser.driver().findElement(By.tagName("main")).getText()).as("the chart in words")
			.contains("to £31.2bn in 2022");

		WebElement revision = browser.driver()
			.findElement(By.xpath("//section[contains(@class,'trade-revisions')]//tr[th[normalize-space()='2021']]"
					+ "[td[normalize-space()='" + REVISED_EXPORTS + "']]"));
		assertThat(revision.getText()).contains("UK exports to China", "27.5", CHANGE_NOTE);
	}

	private static List<String> previewRow(Browser browser, String year) {
		WebElement row = browser.driver()
			.findElement(By
				.xpath("//table[contains(@class,'import-preview')]//tr[td[1][normalize-space()='" + year + "']]"));
		return row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
	}

	private static WebElement tableRow(Browser browser, String year) {
		return browser.driver()
			.findElement(
					By.xpath("//section[contains(@class,'trade-table')]//tr[th[@scope='row' and normalize-space()='"
							+ year + "']]"));
	}

	private String storedExports(int year) {
		return this.jdbc.sql("SELECT exports_gbp_bn::text FROM trade_figure WHERE year = :year")
			.param("year", year)
			.query(String.class)
			.single();
	}

	private static void waitForUrlEnding(Browser browser, String end) {
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
			.until((driver) -> driver.getCurrentUrl().endsWith(end));
	}

}
