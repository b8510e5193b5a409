package com.londonbeijing.portal.trade.admin;

import java.time.Duration;

import com.londonbeijing.portal.account.Account;
import com.londonbeijing.portal.account.Role;
import com.londonbeijing.portal.test.Browser;
import com.londonbeijing.portal.test.BrowserTest;
import com.londonbeijing.portal.test.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor's whole journey in a real browser: sign in, correct a year's trade figures,
 * see the public table and chart change, sign out.
 */
@BrowserTest
class TradeEditingBrowserTests {

	@Autowired
	JdbcClient jdbc;

	@RegisterExtension
	TestAccounts accounts = new TestAccounts();

	Account editor;

	@BeforeEach
	void createEditor() {
		this.editor = this.accounts.create("trade-editor", Role.EDITOR);
	}

	@AfterEach
	void restoreSeedFigures() {
		this.jdbc.sql("UPDATE trade_figure SET exports_gbp_bn = 27.50 WHERE year = 2021").update();
	}

	@Test
	void editorCorrectsAYearAndVisitorsSeeTheNewFigureInTableAndChart(Browser browser) {
		browser.open("/admin/trade");
		waitForUrlEnding(browser, "/login");
		browser.driver().findElement(By.id("username")).sendKeys(this.editor.getUsername());
		browser.driver().findElement(By.id("password")).sendKeys(TestAccounts.PASSWORD);
		browser.driver().findElement(By.cssSelector("main form button[type=submit]")).click();
		waitForUrlEnding(browser, "/admin/trade");

		WebElement row2021 = browser.driver()
			.findElement(By.xpath("//table//tr[th[@scope='row' and normalize-space()='2021']]"));
		row2021.findElement(By.partialLinkText("Edit")).click();
		WebElement exports = browser.driver().findElement(By.id("exports"));
		exports.clear();
		exports.sendKeys("30.15");
		browser.driver().findElement(By.id("changeNote")).sendKeys("Corrected in the browser test");
		// A published year: Publish now changes it at once (Save would keep a draft).
		browser.driver().findElement(By.cssSelector("button[name=action][value=publish]")).click();
		// Saving returns to the list as the editor left it (its sort and page in the
		// query).
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
			.until((driver) -> driver.getCurrentUrl().matches(".*/admin/trade(\\?.*)?"));
		assertThat(browser.driver().findElement(By.cssSelector("main .flash")).getText())
			.isEqualTo("The figures for 2021 have been saved.");

		browser.open("/trade");
		WebElement publicRow = browser.driver()
			.findElement(By.xpath("//table//tr[th[@scope='row' and normalize-space()='2021']]"));
		assertThat(publicRow.findElements(By.tagName("td")).get(0).getText()).startsWith("30.15")
			.as("the revision notice")
			.contains("previously 27.5");
		assertThat(browser.driver()
			.findElement(By.cssSelector("svg [data-series=exports][data-year='2021']"))
			.getDomAttribute("data-value")).isEqualTo("30.15");

		browser.open("/admin");
		browser.driver().findElement(By.cssSelector(".admin-user__signout button")).click();
		waitForUrlEnding(browser, "/login?signedOut");
		browser.open("/admin/trade");
		waitForUrlEnding(browser, "/login");
	}

	private static void waitForUrlEnding(Browser browser, String end) {
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
			.until((driver) -> driver.getCurrentUrl().endsWith(end));
	}

}
