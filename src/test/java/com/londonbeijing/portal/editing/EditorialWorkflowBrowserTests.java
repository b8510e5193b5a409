package com.londonbeijing.portal.editing;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import com.londonbeijing.portal.account.Account;
import com.londonbeijing.portal.account.Role;
import com.londonbeijing.portal.test.Browser;
import com.londonbeijing.portal.test.BrowserTest;
import com.londonbeijing.portal.test.TestAccounts;
import com.londonbeijing.portal.test.WebClient;
import com.londonbeijing.portal.test.WebSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editorial workflow end to end in a real browser, on the seeded meeting: a writer
 * drafts a change (summary and address) and submits it; an editor finds it in the review
 * queue, previews it and schedules it a minute ahead; visitors see the old text until
 * then, and afterwards the new one with its note under "Updates to this page", while the
 * old address redirects to the new one. The seed is put back afterwards.
 */
@BrowserTest
class EditorialWorkflowBrowserTests {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private static final String SLUG = "2024-10-18-wang-yi-david-lammy";

	private static final String NEW_SLUG = SLUG + "-beijing";

	private static final String ADDED = " Corrected in review.";

	private static final String NOTE = "Corrected the summary, workflow browser test";

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	@RegisterExtension
	TestAccounts accounts = new TestAccounts();

	Account writer;

	Account editor;

	long id;

	String summary;

	@BeforeEach
	void accountsAndTheSeedMeeting() {
		this.writer = this.accounts.create("workflow-writer", Role.WRITER);
		this.editor = this.accounts.create("workflow-editor", Role.EDITOR);
		this.id = this.jdbc.sql("SELECT id FROM meeting WHERE slug = ?").param(SLUG).query(Long.class).single();
		this.summary = this.jdbc.sql("SELECT summary FROM meeting WHERE id = ?")
			.param(this.id)
			.query(String.class)
			.single();
	}

	@AfterEach
	void putTheSeedBack() {
		this.jdbc.sql("DELETE FROM scheduled_change WHERE kind = 'meetings' AND item_id = ?").param(this.id).update();
		this.jdbc.sql("DELETE FROM content_draft WHERE kind = 'meetings' AND item_key = ?")
			.param(String.valueOf(this.id))
			.update();
		this.jdbc.sql("UPDATE meeting SET slug = ?, summary = ? WHERE id = ?")
			.params(SLUG, this.summary, this.id)
			.update();
		this.jdbc.sql("DELETE FROM earlier_address WHERE slug IN (?, ?)").params(SLUG, NEW_SLUG).update();
		this.jdbc.sql("UPDATE revinfo SET public_note = false WHERE change_note = ?").param(NOTE).update();
	}

	@Test
	void aWritersChangeIsReviewedScheduledAndPublishedWithItsNoteAndTheOldAddressRedirects(Browser browser)
			throws Exception {
		signIn(browser, this.writer, "/admin/meetings/" + this.id + "/edit");
		WebElement slug = browser.driver().findElement(By.id("slug"));
		slug.clear();
		slug.sendKeys(NEW_SLUG);
		browser.driver().findElement(By.id("summary")).sendKeys(ADDED);
		browser.driver().findElement(By.id("changeNote")).sendKeys(NOTE);
		browser.driver().findElement(By.id("changeNotePublic")).click();
		browser.driver().findElement(By.id("reviewNote")).sendKeys("Please check the new address");
		browser.driver().findElement(By.cssSelector("button[name=action][value=submit]")).click();
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
			.until((driver) -> driver.findElements(By.cssSelector("main .flash")).size() > 0);
		assertThat(browser.driver().findElement(By.cssSelector("main .flash")).getText())
			.endsWith("has been submitted for review.");
		signOut(browser);
		assertVisitorsSeeTheOldText();

		signIn(browser, this.editor, "/admin");
		WebElement queued = browser.driver()
			.findElement(By.xpath("//table[caption[contains(., 'submitted for review')]]//tr[td[normalize-space()='"
					+ this.writer.getUsername() + "']]"));
		assertThat(queued.getText()).contains("Please check the new address");
		queued.findElement(By.tagName("a")).click();
		assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains(NEW_SLUG);
		browser.driver().findElement(By.linkText("Preview")).click();
		assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains(ADDED.strip());

		browser.open("/admin/meetings/" + this.id + "/edit");
		browser.driver().findElement(By.linkText("Schedule publication")).click();
		LocalDateTime due = LocalDateTime.now(LONDON).truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
		browser.script("document.getElementById('date').value = arguments[0]", due.toLocalDate().toString());
		WebElement time = browser.driver().findElement(By.id("time"));
		time.clear();
		time.sendKeys(due.toLocalTime().toString());
		browser.driver().findElement(By.cssSelector("main form button[type=submit]")).click();
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
			.until((driver) -> driver.findElements(By.cssSelector(".banner--scheduled")).size() > 0);
		assertThat(browser.driver().findElement(By.cssSelector(".banner--scheduled")).getText())
			.startsWith("Scheduled for publication on");
		signOut(browser);
		assertVisitorsSeeTheOldText();

		// Due within a minute; the schedule is checked every 15 seconds.
		WebClient visitor = new WebClient(this.port);
		Instant start = Instant.now();
		while (!visitor.get("/meetings/" + NEW_SLUG).body().contains(ADDED.strip())) {
			assertThat(Duration.between(start, Instant.now())).as("published within a minute of its time")
				.isLessThan(Duration.ofSeconds(150));
			Thread.sleep(1000);
		}
		browser.open("/meetings/" + NEW_SLUG);
		WebElement updates = browser.driver().findElement(By.id("updates"));
		assertThat(updates.findElement(By.tagName("h2")).getText()).isEqualTo("Updates to this page");
		assertThat(updates.getText()).contains(NOTE);
		HttpResponse<String> old = visitor.get("/meetings/" + SLUG);
		assertThat(old.statusCode()).isEqualTo(301);
		assertThat(WebSession.location(old)).isEqualTo("/meetings/" + NEW_SLUG);
		HttpResponse<String> oldChinese = visitor.get("/zh/meetings/" + SLUG);
		assertThat(oldChinese.statusCode()).isEqualTo(301);
		assertThat(WebSession.location(oldChinese)).isEqualTo("/zh/meetings/" + NEW_SLUG);
	}

	private void assertVisitorsSeeTheOldText() {
		HttpResponse<String> page = new WebClient(this.port).get("/meetings/" + SLUG);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).doesNotContain(ADDED.strip());
		assertThat(new WebClient(this.port).get("/meetings/" + NEW_SLUG).statusCode()).isEqualTo(404);
	}

	private static void signIn(Browser browser, Account account, String path) {
		browser.open(path);
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
			.until((driver) -> driver.getCurrentUrl().endsWith("/login"));
		browser.driver().findElement(By.id("username")).sendKeys(account.getUsername());
		browser.driver().findElement(By.id("password")).sendKeys(TestAccounts.PASSWORD);
		browser.driver().findElement(By.cssSelector("main form button[type=submit]")).click();
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
			.until((driver) -> driver.getCurrentUrl().endsWith(path));
	}

	private static void signOut(Browser browser) {
		browser.driver().findElement(By.cssSelector(".admin-user__signout button")).click();
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
			.until((driver) -> !driver.getCurrentUrl().contains("/admin"));
	}

}
