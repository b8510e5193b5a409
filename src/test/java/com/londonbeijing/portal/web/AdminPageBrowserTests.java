package com.londonbeijing.portal.web;

import java.time.Duration;
import java.util.List;

import com.londonbeijing.portal.account.Account;
import com.londonbeijing.portal.account.AccountService;
import com.londonbeijing.portal.account.Role;
import com.londonbeijing.portal.test.Browser;
import com.londonbeijing.portal.test.BrowserTest;
import com.londonbeijing.portal.test.PageChecks;
import com.londonbeijing.portal.test.TestAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin area in a real browser, signed in through the real sign-in form: every page
 * (listed in {@code AdminPages}) and the forms showing their errors have no WCAG 2.2 A/AA
 * problems that axe-core finds in either colour scheme, fit a phone, and show where the
 * keyboard focus is.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminPageBrowserTests {

	private static final int PHONE_WIDTH = 375;

	@Autowired
	AccountService accountService;

	@Autowired
	JdbcClient jdbc;

	TestAccounts accounts;

	Account admin;

	@BeforeAll
	void createAdministrator() {
		this.accounts = new TestAccounts(this.accountService, this.jdbc);
		this.admin = this.accounts.create("browser-admin", Role.ADMIN);
	}

	@AfterAll
	void deleteTestData() {
		this.accounts.deleteAll();
	}

	@Test
	void signInFormLeadsBackToTheAskedPageAndSignOutEndsTheSession(Browser browser) {
		signOut(browser);
		browser.open("/admin/users");
		waitForUrlEnding(browser, "/login");

		typeCredentials(browser, this.admin.getUsername(), TestAccounts.PASSWORD);

		waitForUrlEnding(browser, "/admin/users");
		assertThat(browser.driver().findElement(By.cssSelector(".admin-user__name")).getText())
			.isEqualTo("Signed in as " + this.admin.getUsername());
		browser.driver().findElement(By.cssSelector(".admin-user__signout button")).click();
		waitForUrlEnding(browser, "/login?signedOut");
		assertThat(browser.driver().findElement(By.cssSelector("main .flash")).getText())
			.isEqualTo("You have signed out.");
		browser.open("/admin");
		waitForUrlEnding(browser, "/login");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("com.londonbeijing.portal.test.AdminPages#paths")
	void pageHasNoAccessibilityViolationsInLightOrDarkScheme(String path, Browser browser) {
		openSignedIn(browser, path);

		assertNoViolations(PageChecks.accessibilityViolations(browser, path));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("com.londonbeijing.portal.test.AdminPages#paths")
	void pageFitsAPhoneScreenWithoutSidewaysScrolling(String path, Browser browser) {
		browser.resize(PHONE_WIDTH, 800);
		openSignedIn(browser, path);

		assertThat(PageChecks.sidewaysOverflow(browser)).as(path).isNull();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("com.londonbeijing.portal.test.AdminPages#paths")
	void everyTabStopShowsWhereTheKeyboardFocusIs(String path, Browser browser) {
		openSignedIn(browser, path);

		assertThat(PageChecks.tabStopsWithoutFocusIndicator(browser, 100))
			.as("Tab stops without focus indicator on " + path)
			.isEmpty();
	}

	@Test
	void newAccountFormWithErrorsIsAccessibleAndItsSummaryTakesFocus(Browser browser) {
		openSignedIn(browser, "/admin/users/new");
		browser.driver().findElement(By.id("username")).sendKeys("<b>bad</b>");
		browser.driver().findElement(By.id("password")).sendKeys("short");
		browser.driver().findElement(By.cssSelector("main form button[type=submit]")).click();

		assertSummaryHasFocusAndListsErrors(browser, 2);
		assertNoViolations(PageChecks.accessibilityViolations(browser, "/admin/users/new (errors)"));
		browser.resize(PHONE_WIDTH, 800);
		assertThat(PageChecks.sidewaysOverflow(browser)).isNull();
	}

	@Test
	void passwordFormWithErrorsIsAccessibleAndItsSummaryTakesFocus(Browser browser) {
		openSignedIn(browser, "/account/password");
		browser.driver().findElement(By.id("currentPassword")).sendKeys("not the current one");
		browser.driver().findElement(By.cssSelector("main form button[type=submit]")).click();

		assertSummaryHasFocusAndListsErrors(browser, 2);
		assertNoViolations(PageChecks.accessibilityViolations(browser, "/account/password (errors)"));
	}

	@Test
	void signInPageWithItsErrorIsAccessible(Browser browser) {
		signOut(browser);
		browser.open("/login");
		typeCredentials(browser, this.accounts.uniqueUsername("nobody"), "not a password");

		assertSummaryHasFocusAndListsErrors(browser, 1);
		assertNoViolations(PageChecks.accessibilityViolations(browser, "/login (error)"));
	}

	/** Form submissions may still be loading when click() returns. */
	private static void waitForUrlEnding(Browser browser, String end) {
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
			.until((driver) -> driver.getCurrentUrl().endsWith(end));
	}

	private void openSignedIn(Browser browser, String path) {
		browser.open(path);
		if (browser.driver().getCurrentUrl().endsWith("/login")) {
			typeCredentials(browser, this.admin.getUsername(), TestAccounts.PASSWORD);
		}
		assertThat(browser.driver().getCurrentUrl()).as("signed in at " + path).doesNotEndWith("/login");
	}

	private static void typeCredentials(Browser browser, String username, String password) {
		browser.driver().findElement(By.id("username")).sendKeys(username);
		browser.driver().findElement(By.id("password")).sendKeys(password);
		browser.driver().findElement(By.cssSelector("main form button[type=submit]")).click();
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
			.until((driver) -> !driver.getCurrentUrl().endsWith("/login")
					|| !driver.findElements(By.cssSelector(".error-summary")).isEmpty());
	}

	private static void signOut(Browser browser) {
		browser.open("/admin");
		List<WebElement> signOut = browser.driver().findElements(By.cssSelector(".admin-user__signout button"));
		if (!signOut.isEmpty()) {
			signOut.get(0).click();
			waitForUrlEnding(browser, "/login?signedOut");
		}
	}

	private static void assertSummaryHasFocusAndListsErrors(Browser browser, int errors) {
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
			.until((driver) -> !driver.findElements(By.cssSelector(".error-summary")).isEmpty());
		WebElement focused = browser.driver().switchTo().activeElement();
		assertThat(focused.getAttribute("id")).as("focus after the form came back").isEqualTo("error-summary-title");
		assertThat(PageChecks.focusIndicator(browser, focused)).as("focus indicator of the summary").isNotNull();
		assertThat(browser.driver().findElements(By.cssSelector(".error-summary li"))).hasSize(errors);
	}

	private static void assertNoViolations(List<String> problems) {
		assertThat(problems)
			.overridingErrorMessage(() -> "axe-core found WCAG 2.2 A/AA violations:\n" + String.join("\n", problems))
			.isEmpty();
	}

}
