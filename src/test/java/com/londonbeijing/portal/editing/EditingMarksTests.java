package com.londonbeijing.portal.editing;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.londonbeijing.portal.account.Account;
import com.londonbeijing.portal.account.Role;
import com.londonbeijing.portal.test.HtmlChecker;
import com.londonbeijing.portal.test.HtmlForm;
import com.londonbeijing.portal.test.PortalIntegrationTest;
import com.londonbeijing.portal.test.TestAccounts;
import com.londonbeijing.portal.test.WebSession;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Someone else is editing" (issue 16, item 6): opening an item's form records who opened
 * it, another account opening it within 15 minutes is told who and since when, and saving
 * or discarding clears the mark.
 */
@PortalIntegrationTest
class EditingMarksTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	@RegisterExtension
	TestAccounts accounts = new TestAccounts();

	Account alice;

	Account bob;

	String editPath;

	long areaId;

	@BeforeEach
	void twoEditorsAndAnArea() {
		this.alice = this.accounts.create("alice", Role.EDITOR);
		this.bob = this.accounts.create("bob", Role.EDITOR);
		WebSession setup = signedIn(this.alice);
		HtmlForm form = HtmlForm.of(setup.get("/admin/areas/new").body())
			.set("name", "Test Marked Area")
			.set("slug", "test-marked-area");
		Map<String, String> fields = form.fields();
		fields.put("action", "save");
		assertThat(setup.post("/admin/areas/new", fields).statusCode()).isEqualTo(302);
		this.areaId = this.jdbc.sql("SELECT id FROM cooperation_area WHERE slug = 'test-marked-area'")
			.query(Long.class)
			.single();
		this.editPath = "/admin/areas/" + this.areaId + "/edit";
	}

	@AfterEach
	void removeTestData() {
		this.jdbc.sql("DELETE FROM cooperation_area WHERE slug = 'test-marked-area'").update();
	}

	@Test
	void anotherAccountsOpenFormShowsItsNameAndSinceWhen() {
		WebSession alicesBrowser = signedIn(this.alice);
		WebSession bobsBrowser = signedIn(this.bob);

		assertThat(notice(alicesBrowser.get(this.editPath))).as("nobody else yet").isEmpty();
		assertThat(marks(this.alice)).isOne();
		HttpResponse<String> bobsForm = bobsBrowser.get(this.editPath);
		assertThat(notice(bobsForm)).startsWith(
				this.alice.getUsername() + " started editing this less than a minute ago and has not saved yet.");
		List<HtmlChecker.Message> errors = HtmlChecker.errors(bobsForm.body().getBytes(StandardCharsets.UTF_8));
		assertThat(errors).overridingErrorMessage(() -> HtmlChecker.report("the form with the notice", errors))
			.isEmpty();

		openedMinutesAgo(this.alice, 6);
		assertThat(notice(bobsBrowser.get(this.editPath)))
			.startsWith(this.alice.getUsername() + " started editing this 6 minutes ago");
		openedMinutesAgo(this.alice, 1);
		assertThat(notice(bobsBrowser.get(this.editPath)))
			.startsWith(this.alice.getUsername() + " started editing this 1 minute ago");
		assertThat(notice(alicesBrowser.get(this.editPath))).as("reopening keeps when alice started, and bob shows")
			.startsWith(this.bob.getUsername() + " started editing this less than a minute ago");
		assertThat(notice(bobsBrowser.get(this.editPath))).contains("1 minute ago");
	}

	@Test
	void theChineseWordingSaysWhoAndHowLongAgo() {
		assertThat(
				this.messages.getMessage("admin.editing.other", new Object[] { "alice", 6 }, Locale.SIMPLIFIED_CHINESE))
			.isEqualTo("alice 于6分钟前开始编辑此条目，尚未保存。");
		assertThat(
				this.messages.getMessage("admin.editing.other", new Object[] { "alice", 0 }, Locale.SIMPLIFIED_CHINESE))
			.isEqualTo("alice 于不到一分钟前开始编辑此条目，尚未保存。");
	}

	@Test
	void savingClearsTheMark() {
		WebSession alicesBrowser = signedIn(this.alice);
		WebSession bobsBrowser = signedIn(this.bob);
		HttpResponse<String> form = alicesBrowser.get(this.editPath);
		assertThat(notice(bobsBrowser.get(this.editPath))).contains(this.alice.getUsername());

		Map<String, String> fields = HtmlForm.of(form.body()).set("summary", "Saved by alice").fields();
		fields.put("action", "save");
		assertThat(alicesBrowser.post(this.editPath, fields).statusCode()).isEqualTo(302);

		assertThat(marks(this.alice)).isZero();
		assertThat(notice(bobsBrowser.get(this.editPath))).isEmpty();
	}

	@Test
	void discardingClearsTheMarkAndSavesNothing() {
		WebSession alicesBrowser = signedIn(this.alice);
		WebSession bobsBrowser = signedIn(this.bob);
		HttpResponse<String> form = alicesBrowser.get(this.editPath);
		String discard = Jsoup.parse(form.body()).select("button[formaction]").attr("formaction");
		assertThat(discard).isEqualTo("/admin/areas/" + this.areaId + "/discard");

		Map<String, String> fields = HtmlForm.of(form.body()).set("summary", "Never saved").fields();
		HttpResponse<String> discarded = alicesBrowser.post(discard, fields);

		assertThat(WebSession.location(discarded)).isEqualTo("/admin/areas");
		assertThat(marks(this.alice)).isZero();
		assertThat(notice(bobsBrowser.get(this.editPath))).isEmpty();
		assertThat(this.jdbc.sql("SELECT summary FROM cooperation_area WHERE id = ?")
			.param(this.areaId)
			.query(String.class)
			.optional()).isEmpty();
	}

	@Test
	void aMarkOlderThanFifteenMinutesCountsForNothing() {
		signedIn(this.alice).get(this.editPath);
		openedMinutesAgo(this.alice, 16);

		assertThat(notice(signedIn(this.bob).get(this.editPath))).isEmpty();
		assertThat(marks(this.alice)).as("deleted").isZero();
	}

	private String notice(HttpResponse<String> page) {
		assertThat(page.statusCode()).isEqualTo(200);
		return Jsoup.parse(page.body()).select("main .notice").text();
	}

	private void openedMinutesAgo(Account account, int minutes) {
		this.jdbc
			.sql("UPDATE editing_mark SET opened_at = now() - :minutes * interval '1 minute' - interval '5 seconds' "
					+ "WHERE account_id = :account")
			.param("minutes", minutes)
			.param("account", account.getId())
			.update();
	}

	private int marks(Account account) {
		return this.jdbc.sql("SELECT count(*) FROM editing_mark WHERE account_id = ? AND item_id = ?")
			.param(account.getId())
			.param(String.valueOf(this.areaId))
			.query(Integer.class)
			.single();
	}

	private WebSession signedIn(Account account) {
		WebSession session = new WebSession(this.port);
		assertThat(session.signIn(account.getUsername(), TestAccounts.PASSWORD).statusCode()).isEqualTo(302);
		return session;
	}

}
