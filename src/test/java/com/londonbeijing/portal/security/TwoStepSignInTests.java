package com.londonbeijing.portal.security;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.londonbeijing.portal.account.Account;
import com.londonbeijing.portal.account.Role;
import com.londonbeijing.portal.test.Authenticator;
import com.londonbeijing.portal.test.PortalInstance;
import com.londonbeijing.portal.test.PortalIntegrationTest;
import com.londonbeijing.portal.test.TestAccounts;
import com.londonbeijing.portal.test.WebSession;
import com.zaxxer.hikari.HikariDataSource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two-step sign-in (issue 12, item 9) with the default setting,
 * {@code PORTAL_TWO_FACTOR=required-for-admins}, through the real forms as a browser
 * without JavaScript: administrators are made to enrol, enrolled accounts need a code
 * that works once, recovery codes work once, wrong codes are throttled, and a session
 * that has only passed the password step sees neither the admin area nor drafts.
 */
@PortalIntegrationTest
@TestPropertySource(properties = "portal.two-factor=required-for-admins")
class TwoStepSignInTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	HikariDataSource dataSource;

	@RegisterExtension
	TestAccounts accounts = new TestAccounts();

	@AfterEach
	void deleteTestData() {
		this.jdbc.sql("DELETE FROM case_study WHERE slug = 'two-step-draft'").update();
	}

	@Test
	void anAdministratorIsMadeToEnrolWithAServerDrawnQrCodeAndTheKeyAsText() {
		Account admin = this.accounts.create("enrol", Role.ADMIN);
		WebSession browser = visitor();

		assertThat(WebSession.location(browser.signIn(admin.getUsername(), TestAccounts.PASSWORD))).isEqualTo("/admin");
		assertThat(WebSession.location(browser.get("/admin"))).isEqualTo("/account/two-step");
		assertThat(WebSession.location(browser.get("/admin/users"))).isEqualTo("/account/two-step");
		Document page = Jsoup.parse(browser.get("/account/two-step").body());
		assertThat(page.select("img.qr-code").attr("src")).startsWith("data:image/svg+xml;base64,");
		assertThat(page.select("img.qr-code").attr("alt")).isNotBlank();
		assertThat(page.select("script")).isEmpty();
		Authenticator app = new Authenticator(page.select("#totp-secret").text());

		HttpResponse<String> wrong = browser.post("/account/two-step", Map.of("code", "000000"));
		assertThat(wrong.statusCode()).isEqualTo(200);
		assertThat(WebSession.errorSummary(wrong)).contains("The code is not right");
		HttpResponse<String> confirmed = browser.post("/account/two-step", Map.of("code", app.nextCode()));

		assertThat(confirmed.statusCode()).isEqualTo(200);
		List<String> codes = Jsoup.parse(confirmed.body()).select("#recovery-codes code").eachText();
		assertThat(codes).hasSize(10)
			.doesNotHaveDuplicates()
			.allMatch((code) -> code.matches("[a-z2-9]{4}(-[a-z2-9]{4}){2}"));
		assertThat(this.jdbc.sql("SELECT code_hash FROM account_recovery_code WHERE account_id = ?")
			.param(admin.getId())
			.query(String.class)
			.list()).hasSize(10).allMatch((hash) -> hash.startsWith("{bcrypt}")).noneMatch(codes::contains);
		assertThat(browser.get("/admin").statusCode()).as("signed in after enrolling").isEqualTo(200);
		assertThat(events(admin, "TWO_STEP_ENROLLED")).isOne();
	}

	@Test
	void anEnrolledAccountNeedsACodeThatIsAcceptedOnlyOnce() {
		Account admin = this.accounts.create("code", Role.ADMIN);
		Authenticator app = enrol(admin);

		WebSession browser = visitor();
		browser.signIn(admin.getUsername(), TestAccounts.PASSWORD);
		assertThat(WebSession.location(browser.get("/admin/users/new"))).isEqualTo("/login/code");
		browser.get("/login/code");
		HttpResponse<String> wrong = browser.post("/login/code", Map.of("code", "123 456"));
		assertThat(wrong.statusCode()).isEqualTo(200);
		assertThat(WebSession.errorSummary(wrong)).contains("The code is not right");
		HttpResponse<String> right = browser.post("/login/code", Map.of("code", app.nextCode()));

		assertThat(WebSession.location(right)).as("back to the page asked for").isEqualTo("/admin/users/new");
		assertThat(browser.get("/admin/users/new").statusCode()).isEqualTo(200);

		WebSession thief = visitor();
		thief.signIn(admin.getUsername(), TestAccounts.PASSWORD);
		thief.get("/login/code");
		HttpResponse<String> replayed = thief.post("/login/code", Map.of("code", app.lastCode()));
		assertThat(replayed.statusCode()).as("the same code again").isEqualTo(200);
		assertThat(WebSession.location(thief.get("/admin"))).isEqualTo("/login/code");
		assertThat(events(admin, "SECOND_STEP_FAILED")).isEqualTo(2);
	}

	@Test
	void aRecoveryCodeSignsInOnceAndIsThenRefused() {
		Account admin = this.accounts.create("recovery", Role.ADMIN);
		WebSession setup = visitor();
		setup.signIn(admin.getUsername(), TestAccounts.PASSWORD);
		Authenticator app = new Authenticator(
				Jsoup.parse(setup.get("/account/two-step").body()).select("#totp-secret").text());
		String recoveryCode = Jsoup.parse(setup.post("/account/two-step", Map.of("code", app.nextCode())).body())
			.select("#recovery-codes code")
			.first()
			.text();

		WebSession first = visitor();
		first.signIn(admin.getUsername(), TestAccounts.PASSWORD);
		first.get("/login/recovery");
		assertThat(
				WebSession.location(first.post("/login/recovery", Map.of("recoveryCode", recoveryCode.toUpperCase()))))
			.isEqualTo("/admin");
		assertThat(first.get("/admin").statusCode()).isEqualTo(200);

		WebSession second = visitor();
		second.signIn(admin.getUsername(), TestAccounts.PASSWORD);
		second.get("/login/recovery");
		HttpResponse<String> again = second.post("/login/recovery", Map.of("recoveryCode", recoveryCode));
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(WebSession.errorSummary(again)).contains("recovery code is not right, or it has been used");
		assertThat(WebSession.location(second.get("/admin"))).isEqualTo("/login/code");
		assertThat(events(admin, "RECOVERY_CODE_USED")).isOne();
	}

	@Test
	void wrongCodesAreThrottledLikePasswords() {
		Account admin = this.accounts.create("code-guess", Role.ADMIN);
		Authenticator app = enrol(admin);
		WebSession guesser = visitor();
		guesser.signIn(admin.getUsername(), TestAccounts.PASSWORD);
		guesser.get("/login/code");
		for (int i = 0; i < LoginThrottle.ACCOUNT_FREE; i++) {
			guesser.post("/login/code", Map.of("code", "00000" + i));
		}

		HttpResponse<String> refused = guesser.post("/login/code", Map.of("code", app.nextCode()));

		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(WebSession.errorSummary(refused)).contains("Wait 1 minute");
		assertThat(WebSession.location(guesser.get("/admin"))).isEqualTo("/login/code");
	}

	@Test
	void aSessionThatPassedOnlyThePasswordSeesNoDraftAndIsNoEditor() {
		Account admin = this.accounts.create("half", Role.ADMIN);
		enrol(admin);
		this.jdbc
			.sql("INSERT INTO case_study (slug, title, summary, status) "
					+ "VALUES ('two-step-draft', 'Two-step draft', 'Not yet public', 'DRAFT')")
			.update();
		WebSession halfway = visitor();
		halfway.signIn(admin.getUsername(), TestAccounts.PASSWORD);

		assertThat(halfway.get("/case-studies/two-step-draft").statusCode()).isEqualTo(404);
		assertThat(halfway.get("/").body()).doesNotContain("Signed in as");
		assertThat(WebSession.location(halfway.get("/account/password"))).isEqualTo("/login/code");
		assertThat(WebSession.location(halfway.get("/account/sessions"))).isEqualTo("/login/code");
	}

	@Test
	void editorsMayStillSignInWithThePasswordAloneButMaySetUpTheSecondStep() {
		Account editor = this.accounts.create("editor", Role.EDITOR);
		WebSession browser = visitor();

		browser.signIn(editor.getUsername(), TestAccounts.PASSWORD);

		assertThat(browser.get("/admin").statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(browser.get("/account/two-step").body());
		assertThat(page.select("#totp-secret").text()).isNotBlank();
	}

	@Test
	void theHolderTurnsItOffWithPasswordAndCodeAndAnAdministratorCanResetIt() {
		Account editor = this.accounts.create("turn-off", Role.EDITOR);
		WebSession browser = visitor();
		browser.signIn(editor.getUsername(), TestAccounts.PASSWORD);
		Authenticator app = new Authenticator(
				Jsoup.parse(browser.get("/account/two-step").body()).select("#totp-secret").text());
		browser.post("/account/two-step", Map.of("code", app.nextCode()));
		browser.get("/account/two-step");

		HttpResponse<String> withoutPassword = browser.post("/account/two-step/reset",
				Map.of("currentPassword", "not-my-password", "code", app.nextCode()));
		assertThat(withoutPassword.statusCode()).isEqualTo(200);
		assertThat(enrolled(editor)).isTrue();
		assertThat(WebSession.location(browser.post("/account/two-step/reset",
				Map.of("currentPassword", TestAccounts.PASSWORD, "code", app.nextCode()))))
			.isEqualTo("/account/two-step");
		assertThat(enrolled(editor)).isFalse();

		Account admin = this.accounts.create("resetter", Role.ADMIN);
		Account other = this.accounts.create("lost-phone", Role.ADMIN);
		enrol(other);
		WebSession administrator = signedInAdmin(admin);
		administrator.get("/admin/users/" + other.getId() + "/edit");
		assertThat(
				WebSession.location(administrator.post("/admin/users/" + other.getId() + "/two-step/reset", Map.of())))
			.isEqualTo("/admin/users/" + other.getId() + "/edit");
		assertThat(enrolled(other)).isFalse();
		assertThat(events(other, "TWO_STEP_RESET")).isOne();
	}

	@Test
	void withRequiredEveryAccountIsMadeToEnrol() throws Exception {
		Account editor = this.accounts.create("required", Role.EDITOR);
		try (PortalInstance strict = PortalInstance.onDatabaseOf(this.dataSource,
				Map.of("portal.two-factor", "required"))) {
			WebSession browser = new WebSession(strict.port());
			this.accounts.address(browser.address());
			browser.signIn(editor.getUsername(), TestAccounts.PASSWORD);

			assertThat(WebSession.location(browser.get("/admin"))).isEqualTo("/account/two-step");
		}
		WebSession here = visitor();
		here.signIn(editor.getUsername(), TestAccounts.PASSWORD);
		assertThat(here.get("/admin").statusCode()).as("an editor, with required-for-admins").isEqualTo(200);
	}

	/** Enrols an account through its own pages, and returns its authenticator. */
	private Authenticator enrol(Account account) {
		WebSession setup = visitor();
		setup.signIn(account.getUsername(), TestAccounts.PASSWORD);
		Authenticator app = new Authenticator(
				Jsoup.parse(setup.get("/account/two-step").body()).select("#totp-secret").text());
		assertThat(setup.post("/account/two-step", Map.of("code", app.nextCode())).statusCode()).isEqualTo(200);
		assertThat(enrolled(account)).isTrue();
		setup.signOut();
		return app;
	}

	private WebSession signedInAdmin(Account admin) {
		Authenticator app = enrol(admin);
		WebSession browser = visitor();
		browser.signIn(admin.getUsername(), TestAccounts.PASSWORD);
		browser.get("/login/code");
		browser.post("/login/code", Map.of("code", app.nextCode()));
		assertThat(browser.get("/admin/users").statusCode()).isEqualTo(200);
		return browser;
	}

	private boolean enrolled(Account account) {
		return this.jdbc.sql("SELECT count(*) FROM account_totp WHERE account_id = ? AND confirmed_at IS NOT NULL")
			.param(account.getId())
			.query(Long.class)
			.single() == 1;
	}

	private long events(Account account, String event) {
		return this.jdbc.sql("SELECT count(*) FROM security_event WHERE username = ? AND event = ?")
			.params(account.getUsername(), event)
			.query(Long.class)
			.single();
	}

	private WebSession visitor() {
		WebSession visitor = new WebSession(this.port);
		this.accounts.address(visitor.address());
		return visitor;
	}

}
