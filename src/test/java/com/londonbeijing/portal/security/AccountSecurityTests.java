package com.londonbeijing.portal.security;

import java.net.http.HttpResponse;
import java.util.Map;

import com.londonbeijing.portal.PortalProperties;
import com.londonbeijing.portal.account.Account;
import com.londonbeijing.portal.account.AccountService;
import com.londonbeijing.portal.account.Role;
import com.londonbeijing.portal.account.UsernameTakenException;
import com.londonbeijing.portal.test.PortalIntegrationTest;
import com.londonbeijing.portal.test.TestAccounts;
import com.londonbeijing.portal.test.WebClient;
import com.londonbeijing.portal.test.WebSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Account controls of issue 12 through the real forms: one spelling of each username
 * (item 2), sessions that end with what ended them (3), no caching of signed-in pages
 * (4), the current-password check throttled (10), the forced first password change (11),
 * trusted proxies (13) and the security log (14).
 */
@PortalIntegrationTest
class AccountSecurityTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountService accountService;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Environment environment;

	@RegisterExtension
	TestAccounts accounts = new TestAccounts();

	@AfterEach
	void deleteTestData() {
		this.jdbc.sql("DELETE FROM case_study WHERE slug = 'session-draft'").update();
	}

	@Test
	void aDottedCapitalIDoesNotSpellAnotherAccountAndVariantSpellingsShareOneThrottle() {
		String username = this.accounts.uniqueUsername("admin");
		this.accountService.create(username, Role.ADMIN, true, TestAccounts.PASSWORD);
		String dotted = username.replace("admin", "adm\u0130n");

		assertThat(WebSession.location(visitor().signIn(dotted, TestAccounts.PASSWORD))).as("admİn is not admin")
			.isEqualTo("(no redirect: 200)");
		for (int i = 0; i < LoginThrottle.ACCOUNT_FREE; i++) {
			visitor().signIn((i % 2 == 0) ? username.toUpperCase() : " " + username + " ", "wrong-guess-" + i);
		}
		HttpResponse<String> owner = visitor().signIn(username, TestAccounts.PASSWORD);
		assertThat(owner.statusCode()).as("the variants counted for the account").isEqualTo(200);
		assertThat(WebSession.errorSummary(owner)).contains("Wait");
	}

	@Test
	void usernamesAreUniqueByTheirNormalisedFormAndLimitedToASafeSet() {
		String username = this.accounts.uniqueUsername("unique");
		this.accountService.create(username, Role.EDITOR, true, TestAccounts.PASSWORD);

		assertThatExceptionOfType(UsernameTakenException.class).isThrownBy(
				() -> this.accountService.create(username.toUpperCase(), Role.EDITOR, true, TestAccounts.PASSWORD));
		assertThat(this.jdbc.sql("SELECT username_key FROM account WHERE username = ?")
			.param(username)
			.query(String.class)
			.single()).isEqualTo(username.toLowerCase());
		Account admin = this.accounts.create("creator", Role.ADMIN);
		WebSession browser = signedIn(admin);
		browser.get("/admin/users/new");
		HttpResponse<String> fullWidth = browser.post("/admin/users/new", Map.of("username", "ａｄｍｉｎ", "role", "EDITOR",
				"enabled", "true", "password", TestAccounts.PASSWORD, "confirmPassword", TestAccounts.PASSWORD));
		assertThat(fullWidth.statusCode()).isEqualTo(200);
		assertThat(WebSession.errorSummary(fullWidth)).contains("can only contain letters A to Z");
	}

	@Test
	void changingOnesPasswordEndsTheOtherSessionsButNotThisOne() {
		Account editor = this.accounts.create("own-change", Role.EDITOR);
		WebSession laptop = signedIn(editor);
		WebSession phone = signedIn(editor);
		laptop.get("/account/password");

		HttpResponse<String> changed = laptop.post("/account/password", Map.of("currentPassword", TestAccounts.PASSWORD,
				"newPassword", "a fresh pass phrase 2026", "confirmPassword", "a fresh pass phrase 2026"));

		assertThat(WebSession.location(changed)).isEqualTo("/admin");
		assertThat(laptop.get("/admin").statusCode()).isEqualTo(200);
		assertThat(WebSession.location(phone.get("/admin"))).isEqualTo("/login");
	}

	@Test
	void aPasswordSetByAnAdministratorEndsEverySessionOfTheAccount() {
		Account editor = this.accounts.create("admin-set", Role.EDITOR);
		WebSession session = signedIn(editor);

		this.accountService.update(editor.getId(), editor.getVersion(), Role.EDITOR, true, "a new password 4 them");

		assertThat(WebSession.location(session.get("/admin"))).isEqualTo("/login");
		assertThat(sessionsOf(editor)).isZero();
	}

	@Test
	void aDisabledEditorsSessionStopsPreviewingDraftsOnPublicPages() {
		this.jdbc
			.sql("INSERT INTO case_study (slug, title, summary, status) "
					+ "VALUES ('session-draft', 'Session draft', 'Not yet public', 'DRAFT')")
			.update();
		Account editor = this.accounts.create("disabled-preview", Role.EDITOR);
		WebSession session = signedIn(editor);
		assertThat(session.get("/case-studies/session-draft").statusCode()).isEqualTo(200);

		this.jdbc.sql("UPDATE account SET enabled = false WHERE id = ?").param(editor.getId()).update();

		assertThat(session.get("/case-studies/session-draft").statusCode()).isEqualTo(404);
		assertThat(session.get("/admin").statusCode()).isEqualTo(302);
	}

	@Test
	void aSessionEndsAfterItsAbsoluteLifetimeHoweverActive() {
		Account editor = this.accounts.create("lifetime", Role.EDITOR);
		WebSession session = signedIn(editor);
		long lifetime = new PortalProperties.Session(java.time.Duration.ofHours(12)).maxLifetime().toMillis();
		this.jdbc.sql("UPDATE spring_session SET creation_time = creation_time - ? WHERE principal_name = ?")
			.params(lifetime + 60_000, editor.getUsername())
			.update();

		assertThat(WebSession.location(session.get("/admin"))).isEqualTo("/login");
	}

	@Test
	void theSessionsPageListsWhereOneIsSignedInAndSignsOutTheOthers() {
		Account editor = this.accounts.create("sessions", Role.EDITOR);
		WebSession laptop = signedIn(editor);
		WebSession phone = signedIn(editor);

		Document page = Jsoup.parse(laptop.get("/account/sessions").body());
		assertThat(page.select("tbody tr")).hasSize(2);
		assertThat(page.select("tbody").text()).contains(laptop.address())
			.contains(phone.address())
			.contains("(this browser)");

		HttpResponse<String> ended = laptop.post("/account/sessions/end-others", Map.of());

		assertThat(WebSession.location(ended)).isEqualTo("/account/sessions");
		assertThat(WebSession.location(phone.get("/admin"))).isEqualTo("/login");
		assertThat(laptop.get("/admin").statusCode()).isEqualTo(200);
		assertThat(sessionsOf(editor)).isOne();
	}

	@Test
	void everyPageShownToASignedInAccountIsNoStoreAndVisitorsPagesAreNot() {
		this.jdbc
			.sql("INSERT INTO case_study (slug, title, summary, status) "
					+ "VALUES ('session-draft', 'Session draft', 'Not yet public', 'DRAFT')")
			.update();
		WebSession editor = signedIn(this.accounts.create("no-store", Role.EDITOR));

		for (String path : new String[] { "/", "/case-studies/session-draft", "/meetings", "/admin" }) {
			HttpResponse<String> page = editor.get(path);
			assertThat(page.headers().firstValue("Cache-Control")).as(path)
				.hasValueSatisfying((value) -> assertThat(value).contains("no-store"));
			assertThat(page.headers().firstValue("ETag")).as(path).isEmpty();
		}
		assertThat(new WebClient(this.port).get("/").headers().firstValue("Cache-Control"))
			.contains("private, no-cache");
	}

	@Test
	void theCurrentPasswordCheckIsThrottledAndLogged() {
		Account editor = this.accounts.create("password-guess", Role.EDITOR);
		WebSession stolen = signedIn(editor);
		stolen.get("/account/password");
		for (int i = 0; i < LoginThrottle.ACCOUNT_FREE; i++) {
			stolen.post("/account/password", Map.of("currentPassword", "guess-" + i, "newPassword",
					"a fresh pass phrase 2026", "confirmPassword", "a fresh pass phrase 2026"));
		}

		HttpResponse<String> right = stolen.post("/account/password", Map.of("currentPassword", TestAccounts.PASSWORD,
				"newPassword", "a fresh pass phrase 2026", "confirmPassword", "a fresh pass phrase 2026"));

		assertThat(right.statusCode()).isEqualTo(200);
		assertThat(WebSession.errorSummary(right)).contains("Wait");
		assertThat(events(editor, "PASSWORD_CHECK_FAILED")).isEqualTo(LoginThrottle.ACCOUNT_FREE);
		assertThat(this.accountService.passwordMatches(editor.getUsername(), TestAccounts.PASSWORD)).isTrue();
	}

	@Test
	void anAccountWithAGeneratedPasswordCanDoNothingButChangeIt() {
		Account first = this.accounts.create("first-admin", Role.ADMIN);
		this.jdbc.sql("UPDATE account SET password_change_required = true WHERE id = ?").param(first.getId()).update();
		WebSession browser = signedIn(first);

		for (String path : new String[] { "/admin", "/admin/users", "/account/sessions", "/admin/texts" }) {
			assertThat(WebSession.location(browser.get(path))).as(path).isEqualTo("/account/password");
		}
		Document page = Jsoup.parse(browser.get("/account/password").body());
		assertThat(page.select("main .notice").text()).contains("Choose your own");
		browser.post("/account/password", Map.of("currentPassword", TestAccounts.PASSWORD, "newPassword",
				"my own pass phrase 2026", "confirmPassword", "my own pass phrase 2026"));

		assertThat(browser.get("/admin").statusCode()).isEqualTo(200);
	}

	@Test
	void onlyLoopbackProxiesAreBelievedByDefault() {
		String proxies = this.environment.getProperty("server.tomcat.remoteip.internal-proxies");

		assertThat(proxies).isEqualTo(PortalProperties.LOOPBACK);
		for (String trusted : new String[] { "127.0.0.1", "127.1.2.3", "0:0:0:0:0:0:0:1" }) {
			assertThat(trusted.matches(proxies)).as(trusted).isTrue();
		}
		for (String untrusted : new String[] { "10.0.0.1", "192.168.1.1", "172.16.0.1", "100.64.0.1", "169.254.1.1" }) {
			assertThat(untrusted.matches(proxies)).as(untrusted).isFalse();
		}
	}

	@Test
	void theSecurityLogRecordsSignInsAndAccountChangesAndAnAdministratorFiltersIt() {
		Account editor = this.accounts.create("logged", Role.EDITOR);
		WebSession failing = visitor();
		failing.signIn(editor.getUsername(), "Wrong-Secret-Typed-4711");
		WebSession editorSession = signedIn(editor);
		assertThat(editorSession.get("/admin/security-log").statusCode()).as("editors may not read it").isEqualTo(403);
		this.accountService.update(editor.getId(), this.accountService.get(editor.getId()).getVersion(), Role.ADMIN,
				true, null);
		Account admin = this.accounts.create("log-reader", Role.ADMIN);
		WebSession reader = signedIn(admin);

		Document page = Jsoup.parse(reader.get("/admin/security-log?account=" + editor.getUsername()).body());
		String events = page.select("tbody").text();
		assertThat(events).contains("Sign-in failed")
			.contains("Password accepted")
			.contains("Access refused")
			.contains("Role changed")
			.contains("Account created")
			.contains(failing.address())
			.doesNotContain("Wrong-Secret-Typed-4711");
		assertThat(this.jdbc.sql("SELECT count(*) FROM security_event WHERE detail LIKE '%4711%' OR detail LIKE ?")
			.param("%" + TestAccounts.PASSWORD + "%")
			.query(Long.class)
			.single()).isZero();
		Document failures = Jsoup
			.parse(reader.get("/admin/security-log?account=" + editor.getUsername() + "&event=SIGN_IN_FAILED").body());
		assertThat(failures.select("tbody tr")).hasSize(1);
		for (String hostile : new String[] { "?event=%00", "?from=yesterday&to=2026-13-45", "?page=99999999999",
				"?account=%3Cscript%3E", "?event=SIGN_IN&from=1900-01-01" }) {
			HttpResponse<String> response = reader.get("/admin/security-log" + hostile);
			assertThat(response.statusCode()).as(hostile).isEqualTo(200);
			assertThat(response.body()).as(hostile).doesNotContain("<script>");
		}
	}

	private WebSession signedIn(Account account) {
		WebSession browser = visitor();
		assertThat(WebSession.location(browser.signIn(account.getUsername(), TestAccounts.PASSWORD)))
			.isEqualTo("/admin");
		return browser;
	}

	private long sessionsOf(Account account) {
		return this.jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = ?")
			.param(account.getUsername())
			.query(Long.class)
			.single();
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
