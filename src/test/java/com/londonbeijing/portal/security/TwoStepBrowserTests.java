package com.londonbeijing.portal.security;

import java.time.Duration;
import java.util.List;

import com.londonbeijing.portal.account.Account;
import com.londonbeijing.portal.account.Role;
import com.londonbeijing.portal.test.Authenticator;
import com.londonbeijing.portal.test.Browser;
import com.londonbeijing.portal.test.BrowserTest;
import com.londonbeijing.portal.test.PageChecks;
import com.londonbeijing.portal.test.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two-step sign-in end to end in a real browser, with the default
 * {@code PORTAL_TWO_FACTOR=required-for-admins}: an administrator signs in and is made to
 * enrol (the test reads the key from the page and computes the codes itself), signs out,
 * signs in with password and code, then uses a recovery code once; a second use is
 * refused. Each page on the way has no axe-core violations and fits a phone.
 */
@BrowserTest
@TestPropertySource(properties = "portal.two-factor=required-for-admins")
class TwoStepBrowserTests {

	private static final int PHONE_WIDTH = 390;

	@RegisterExtension
	TestAccounts accounts = new TestAccounts();

	@Test
	void anAdministratorEnrolsThenSignsInWithACodeAndUsesARecoveryCodeOnce(Browser browser) {
		Account admin = this.accounts.create("browser-two-step", Role.ADMIN);

		browser.open("/admin/users");
		waitForUrlEnding(browser, "/login");
		typePassword(browser, admin);
		waitForUrlEnding(browser, "/account/two-step");
		checkPage(browser, "/account/two-step (enrolment)");
		WebElement qr = browser.driver().findElement(By.cssSelector("img.qr-code"));
		assertThat((Boolean) browser.script("return arguments[0].complete && arguments[0].naturalWidth > 0", qr))
			.as("the QR code image is drawn")
			.isTrue();
		Authenticator app = new Authenticator(browser.driver().findElement(By.id("totp-secret")).getText());
		type(browser, "code", app.nextCode());
		submit(browser);
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
			.until((driver) -> !driver.findElements(By.id("recovery-codes")).isEmpty());
		checkPage(browser, "recovery codes");
		List<String> recoveryCodes = browser.driver()
			.findElements(By.cssSelector("#recovery-codes code"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(recoveryCodes).hasSize(10);
		browser.driver().findElement(By.linkText("I have kept them: continue")).click();
		waitForUrlEnding(browser, "/admin");
		signOut(browser);

		browser.open("/admin/users");
		typePassword(browser, admin);
		waitForUrlEnding(browser, "/login/code");
		checkPage(browser, "/login/code");
		type(browser, "code", app.nextCode());
		submit(browser);
		waitForUrlEnding(browser, "/admin/users");
		assertThat(browser.driver().findElement(By.cssSelector(".admin-user__name")).getText())
			.isEqualTo("Signed in as " + admin.getUsername());
		signOut(browser);

		browser.open("/login");
		typePassword(browser, admin);
		waitForUrlEnding(browser, "/login/code");
		browser.driver().findElement(By.linkText("Use a recovery code instead")).click();
		waitForUrlEnding(browser, "/login/recovery");
		checkPage(browser, "/login/recovery");
		type(browser, "recoveryCode", recoveryCodes.get(0));
		submit(browser);
		waitForUrlEnding(browser, "/admin");
		signOut(browser);

		browser.open("/login");
		typePassword(browser, admin);
		waitForUrlEnding(browser, "/login/code");
		browser.open("/login/recovery");
		type(browser, "recoveryCode", recoveryCodes.get(0));
		submit(browser);
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
			.until((driver) -> !driver.findElements(By.cssSelector(".error-summary")).isEmpty());
		assertThat(browser.driver().findElement(By.cssSelector(".error-summary")).getText())
			.contains("recovery code is not right, or it has been used already");
		checkPage(browser, "/login/recovery (error)");
		browser.open("/admin");
		waitForUrlEnding(browser, "/login/code");
	}

	private static void checkPage(Browser browser, String name) {
		List<String> problems = PageChecks.accessibilityViolations(browser, name);
		assertThat(problems)
			.overridingErrorMessage(() -> "axe-core found WCAG 2.2 A/AA violations:\n" + String.join("\n", problems))
			.isEmpty();
		browser.resize(PHONE_WIDTH, 800);
		assertThat(PageChecks.sidewaysOverflow(browser)).as(name + " at " + PHONE_WIDTH + " px").isNull();
		browser.resize(Browser.DEFAULT_SIZE.getWidth(), Browser.DEFAULT_SIZE.getHeight());
	}

	private static void typePassword(Browser browser, Account account) {
		type(browser, "username", account.getUsername());
		type(browser, "password", TestAccounts.PASSWORD);
		submit(browser);
	}

	private static void type(Browser browser, String id, String text) {
		WebElement field = browser.driver().findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	private static void submit(Browser browser) {
		browser.driver().findElement(By.cssSelector("main form button[type=submit]")).click();
	}

	private static void signOut(Browser browser) {
		browser.driver().findElement(By.cssSelector(".admin-user__signout button")).click();
		waitForUrlEnding(browser, "/login?signedOut");
	}

	private static void waitForUrlEnding(Browser browser, String end) {
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
			.until((driver) -> driver.getCurrentUrl().endsWith(end));
	}

}
