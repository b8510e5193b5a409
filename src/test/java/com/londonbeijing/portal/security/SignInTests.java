package com.londonbeijing.portal.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.londonbeijing.portal.account.Account;
import com.londonbeijing.portal.account.AccountService;
import com.londonbeijing.portal.account.Role;
import com.londonbeijing.portal.test.PortalIntegrationTest;
import com.londonbeijing.portal.test.TestAccounts;
import com.londonbeijing.portal.test.WebSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in and out through the real sign-in form, against the whole application and
 * PostgreSQL, as a browser without JavaScript would.
 */
@PortalIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class SignInTests {

	private static final String GENERIC_FAILURE = "The username or password is not right. Check them and try again.";

	@LocalServerPort
	int port;

	@Autowired
	AccountService accountService;

	@Autowired
	JdbcClient jdbc;

	@RegisterExtension
	TestAccounts accounts = new TestAccounts();

	@Test
	void rightPasswordLeadsToTheAdminAreaWithANewSessionId() {
		Account editor = this.accounts.create("sign-in", Role.EDITOR);
		WebSession visitor = visitor();
		visitor.get("/login");
		assertThat(visitor.sessionId()).as("no session before signing in").isEmpty();

		HttpResponse<String> response = visitor.post("/login",
				Map.of("username", editor.getUsername(), "password", TestAccounts.PASSWORD));

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(location(response)).isEqualTo("/admin");
		assertThat(visitor.sessionId()).as("session id after sign-in").isPresent();
		HttpResponse<String> admin = visitor.get("/admin");
		assertThat(admin.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(admin.body()).select(".admin-user__name").text())
			.isEqualTo("Signed in as " + editor.getUsername());
	}

	@Test
	void usernameIsMatchedRegardlessOfCaseAndSurroundingSpaces() {
		Account editor = this.accounts.create("Mixed-Case", Role.EDITOR);

		HttpResponse<String> response = visitor().signIn("  " + editor.getUsername().toUpperCase() + " ",
				TestAccounts.PASSWORD);

		assertThat(location(response)).isEqualTo("/admin");
	}

	@Test
	void wrongPasswordUnknownUsernameAndDisabledAccountAllGetTheSameGenericMessage() {
		Account editor = this.accounts.create("generic", Role.EDITOR);
		Account disabled = this.accounts.create("disabled", Role.EDITOR);
		this.accountService.update(disabled.getId(), disabled.getVersion(), Role.EDITOR, false, null);

		List<String> messages = List.of(failureMessage(editor.getUsername(), "not-the-password"),
				failureMessage(this.accounts.uniqueUsername("nobody"), TestAccounts.PASSWORD),
				failureMessage(disabled.getUsername(), TestAccounts.PASSWORD));

		assertThat(messages).containsOnly(GENERIC_FAILURE);
	}

	@Test
	void failedSignInKeepsTheUsernameAndShowsItEscaped() {
		HttpResponse<String> page = visitor().signIn("<script>alert(1)</script>\"'", "whatever-password");

		assertThat(page.body()).doesNotContain("<script>alert(1)</script>")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;");
		assertThat(Jsoup.parse(page.body()).select("#username").val()).isEqualTo("<script>alert(1)</script>\"'");
		assertThat(Jsoup.parse(page.body()).select("#password").attr("value")).isEmpty();
	}

	@Test
	void repeatedFailuresForOneAccountMakeEvenTheRightPasswordWaitAndSayHowLong() {
		Account editor = this.accounts.create("guessed", Role.EDITOR);
		for (int i = 0; i < LoginThrottle.ACCOUNT_FREE; i++) {
			// From a new address each time: only the account's count can cause the wait.
			visitor().signIn(editor.getUsername(), "wrong-guess-" + i);
		}
		WebSession owner = visitor();

		HttpResponse<String> response = owner.signIn(editor.getUsername(), TestAccounts.PASSWORD);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(errorSummary(response))
			.isEqualTo("Signing in has failed too many times. Wait 1 minute and try again.");
		assertThat(location(owner.get("/admin"))).isEqualTo("/login");
	}

	@Test
	void failuresFromOneAddressMakeEveryAccountFromThereWaitButNotFromElsewhere() {
		Account editor = this.accounts.create("same-address", Role.EDITOR);
		WebSession guesser = visitor();
		insertFailures(this.accounts.uniqueUsername("guess"), guesser.address(), LoginThrottle.ADDRESS_FREE,
				"1 second");

		HttpResponse<String> fromThere = guesser.signIn(editor.getUsername(), TestAccounts.PASSWORD);

		assertThat(fromThere.statusCode()).isEqualTo(200);
		assertThat(errorSummary(fromThere)).contains("Wait 1 minute");
		assertThat(location(visitor().signIn(editor.getUsername(), TestAccounts.PASSWORD))).isEqualTo("/admin");
	}

	@Test
	void fewFailuresDoNotDelayAndFailuresOutsideTheWindowDoNotCount() {
		Account editor = this.accounts.create("old-failures", Role.EDITOR);
		// Many failures more than an hour ago: they no longer count.
		insertFailures(editor.getUsername(), "2001:db8:ffff::1", 30, "61 minutes");
		for (int i = 0; i < LoginThrottle.ACCOUNT_FREE - 1; i++) {
			visitor().signIn(editor.getUsername(), "wrong-guess-" + i);
		}

		assertThat(location(visitor().signIn(editor.getUsername(), TestAccounts.PASSWORD))).isEqualTo("/admin");
	}

	@Test
	void aWaitEndsByItselfAfterTheDelay() {
		Account editor = this.accounts.create("waited", Role.EDITOR);
		// Enough failures for a two-minute wait, the last of them three minutes ago.
		insertFailures(editor.getUsername(), "2001:db8:ffff::3", LoginThrottle.ACCOUNT_FREE + 2, "3 minutes");

		assertThat(location(visitor().signIn(editor.getUsername(), TestAccounts.PASSWORD))).isEqualTo("/admin");
	}

	@Test
	void signingInForgetsTheAccountsFailuresButNotTheAddresss() {
		Account editor = this.accounts.create("forgotten", Role.EDITOR);
		WebSession visitor = visitor();
		visitor.signIn(this.accounts.uniqueUsername("other"), "wrong-guess");
		visitor.signIn(editor.getUsername(), "wrong-guess");

		visitor.signIn(editor.getUsername(), TestAccounts.PASSWORD);

		assertThat(countFailures("username = lower(?)", editor.getUsername())).isZero();
		assertThat(countFailures("client_address = ?", visitor.address())).isOne();
	}

	@Test
	void failuresOlderThanTheirUseAreDeleted() {
		String username = this.accounts.uniqueUsername("ancient");
		insertFailures(username, "2001:db8:ffff::2", 1, "3 hours");

		visitor().signIn(this.accounts.uniqueUsername("trigger"), "wrong-guess");

		assertThat(countFailures("username = lower(?)", username)).isZero();
	}

	@Test
	void signInsAndFailuresAreLoggedWithUsernameAndAddressButNeverThePassword(CapturedOutput output) {
		Account editor = this.accounts.create("logged", Role.EDITOR);
		WebSession visitor = visitor();

		visitor.signIn(editor.getUsername(), "Wrong-Secret-Typed-4711");
		visitor.signIn(editor.getUsername(), TestAccounts.PASSWORD);

		assertThat(output).contains("Sign-in failed for '" + editor.getUsername() + "' from '" + visitor.address())
			.contains("Signed in: '" + editor.getUsername() + "' from '" + visitor.address())
			.doesNotContain("Wrong-Secret-Typed-4711")
			.doesNotContain(TestAccounts.PASSWORD);
	}

	@Test
	void usernameTypedWithLineBreaksCannotForgeLogLines(CapturedOutput output) {
		visitor().signIn("mallory\nINFO Signed in: 'admin'", "wrong-guess");

		assertThat(output).contains("Sign-in failed for 'mallory?INFO Signed in: 'admin''")
			.doesNotContain("\nINFO Signed in: 'admin'");
	}

	@Test
	void formsPostedWithoutCsrfTokenAreRefused() {
		Account admin = this.accounts.create("csrf", Role.ADMIN);
		WebSession visitor = visitor();

		HttpResponse<String> signIn = visitor.postWithoutCsrfToken("/login",
				Map.of("username", admin.getUsername(), "password", TestAccounts.PASSWORD));
		assertThat(signIn.statusCode()).isEqualTo(403);
		assertThat(signIn.body()).contains("This form has expired");

		visitor.signIn(admin.getUsername(), TestAccounts.PASSWORD);
		String newUsername = this.accounts.uniqueUsername("forged");
		HttpResponse<String> create = visitor.postWithoutCsrfToken("/admin/users/new", Map.of("username", newUsername,
				"role", "ADMIN", "password", TestAccounts.PASSWORD, "confirmPassword", TestAccounts.PASSWORD));

		assertThat(create.statusCode()).isEqualTo(403);
		assertThat(this.accountService.findByUsername(newUsername)).isEmpty();
		assertThat(visitor.postWithoutCsrfToken("/logout", Map.of()).statusCode()).isEqualTo(403);
		assertThat(visitor.get("/admin").statusCode()).as("still signed in").isEqualTo(200);
	}

	@Test
	void anonymousVisitorsAreSentToSignInAndThenBackToThePageTheyAskedFor() {
		Account admin = this.accounts.create("return", Role.ADMIN);
		WebSession visitor = visitor();

		HttpResponse<String> asked = visitor.get("/admin/users/new");
		assertThat(asked.statusCode()).isEqualTo(302);
		assertThat(location(asked)).isEqualTo("/login");

		HttpResponse<String> signedIn = visitor.signIn(admin.getUsername(), TestAccounts.PASSWORD);
		assertThat(location(signedIn)).isEqualTo("/admin/users/new");
		assertThat(visitor.get("/admin/users/new").statusCode()).isEqualTo(200);
	}

	@Test
	void anonymousVisitorsCannotReachAnyAdminOrAccountPage() {
		for (String path : List.of("/admin", "/admin/users", "/admin/users/1/edit", "/account/password")) {
			assertThat(location(visitor().get(path))).as(path).isEqualTo("/login");
		}
	}

	@Test
	void editorsMayUseTheAdminAreaButGetForbiddenOnAccountPages() {
		Account editor = this.accounts.create("editor", Role.EDITOR);
		WebSession visitor = visitor();
		visitor.signIn(editor.getUsername(), TestAccounts.PASSWORD);

		HttpResponse<String> dashboard = visitor.get("/admin");
		assertThat(dashboard.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(dashboard.body()).select("a[href=/admin/users]")).isEmpty();
		assertThat(Jsoup.parse(dashboard.body()).select("a[href=/account/password]")).isNotEmpty();

		for (String path : List.of("/admin/users", "/admin/users/new", "/actuator/env")) {
			HttpResponse<String> forbidden = visitor.get(path);
			assertThat(forbidden.statusCode()).as(path).isEqualTo(403);
		}
		Document page = Jsoup.parse(visitor.get("/admin/users").body());
		assertThat(page.select("h1").text()).isEqualTo("You do not have permission to see this page");
		assertThat(page.select("link[href=/css/site.css]")).isNotEmpty();
		assertThat(page.select("a[href=/admin]")).isNotEmpty();
	}

	@Test
	void signOutIsAPostThatEndsTheSession() {
		Account editor = this.accounts.create("sign-out", Role.EDITOR);
		WebSession visitor = visitor();
		visitor.signIn(editor.getUsername(), TestAccounts.PASSWORD);

		assertThat(visitor.get("/logout").statusCode()).as("GET /logout").isNotIn(200, 302);
		assertThat(visitor.get("/admin").statusCode()).as("still signed in after GET /logout").isEqualTo(200);

		HttpResponse<String> signedOut = visitor.signOut();

		assertThat(location(signedOut)).isEqualTo("/login?signedOut");
		assertThat(Jsoup.parse(visitor.get("/login?signedOut").body()).select("main .flash").text())
			.isEqualTo("You have signed out.");
		assertThat(location(visitor.get("/admin"))).isEqualTo("/login");
	}

	@Test
	void signedInUsersOpeningSignInGoToTheAdminArea() {
		Account editor = this.accounts.create("again", Role.EDITOR);
		WebSession visitor = visitor();
		visitor.signIn(editor.getUsername(), TestAccounts.PASSWORD);

		assertThat(location(visitor.get("/login"))).isEqualTo("/admin");
	}

	@Test
	void disablingOrDemotingAnAccountEndsItsSessions() {
		Account disabled = this.accounts.create("ended", Role.EDITOR);
		Account demoted = this.accounts.create("demoted", Role.ADMIN);
		WebSession disabledUser = visitor();
		WebSession demotedUser = visitor();
		disabledUser.signIn(disabled.getUsername(), TestAccounts.PASSWORD);
		demotedUser.signIn(demoted.getUsername(), TestAccounts.PASSWORD);

		this.accountService.update(disabled.getId(), disabled.getVersion(), Role.EDITOR, false, null);
		this.accountService.update(demoted.getId(), demoted.getVersion(), Role.EDITOR, true, null);

		assertThat(location(disabledUser.get("/admin"))).isEqualTo("/login");
		assertThat(location(demotedUser.get("/admin/users"))).isEqualTo("/login");
		assertThat(location(demotedUser.signIn(demoted.getUsername(), TestAccounts.PASSWORD))).startsWith("/admin");
		assertThat(demotedUser.get("/admin/users").statusCode()).as("now an editor").isEqualTo(403);
	}

	@Test
	void sessionCookieIsHttpOnlyAndLaxAndOverHttpsSecureWithTheHostPrefix() throws Exception {
		Account editor = this.accounts.create("cookie", Role.EDITOR);
		String plain = sessionCookie(editor, false);
		String https = sessionCookie(editor, true);

		assertThat(plain).startsWith("JSESSIONID=")
			.contains("HttpOnly")
			.contains("SameSite=Lax")
			.doesNotContain("Secure");
		assertThat(https).startsWith("__Host-JSESSIONID=")
			.contains("HttpOnly")
			.contains("SameSite=Lax")
			.contains("Secure")
			.contains("Path=/")
			.doesNotContainIgnoringCase("Domain=");
	}

	/** Signs in by hand, to read the Set-Cookie header of the sign-in's answer. */
	private String sessionCookie(Account account, boolean behindHttpsProxy) throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		String address = this.accounts.address(WebSession.randomAddress());
		HttpRequest.Builder form = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/login"))
			.header("X-Forwarded-For", address);
		if (behindHttpsProxy) {
			form.header("X-Forwarded-Proto", "https");
		}
		HttpResponse<String> page = client.send(form.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(page.headers().allValues("Set-Cookie")).as("no session before signing in")
			.noneMatch((cookie) -> cookie.contains("JSESSIONID"));
		String csrfCookie = page.headers().allValues("Set-Cookie").get(0).split(";")[0];
		String token = Jsoup.parse(page.body()).select("input[name=_csrf]").val();
		HttpRequest.Builder post = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/login"))
			.header("X-Forwarded-For", address)
			.header("Cookie", csrfCookie)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + account.getUsername() + "&password="
					+ TestAccounts.PASSWORD + "&_csrf=" + java.net.URLEncoder.encode(token, "UTF-8")));
		if (behindHttpsProxy) {
			post.header("X-Forwarded-Proto", "https");
		}
		HttpResponse<String> signedIn = client.send(post.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		return signedIn.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((cookie) -> cookie.contains("JSESSIONID="))
			.findFirst()
			.orElseThrow();
	}

	private WebSession visitor() {
		WebSession visitor = new WebSession(this.port);
		this.accounts.address(visitor.address());
		return visitor;
	}

	private String failureMessage(String username, String password) {
		HttpResponse<String> response = visitor().signIn(username, password);
		assertThat(response.statusCode()).isEqualTo(200);
		return errorSummary(response);
	}

	private static String errorSummary(HttpResponse<String> page) {
		return Jsoup.parse(page.body()).select(".error-summary li").text();
	}

	private String location(HttpResponse<String> response) {
		String location = response.headers()
			.firstValue("Location")
			.orElse("(no redirect: " + response.statusCode() + ")");
		return location.replace("http://localhost:" + this.port, "");
	}

	private void insertFailures(String username, String address, int count, String ago) {
		this.accounts.address(address);
		for (int i = 0; i < count; i++) {
			this.jdbc
				.sql("INSERT INTO login_failure (username, client_address, failed_at) "
						+ "VALUES (lower(?), ?, now() - CAST(? AS interval))")
				.params(username, address, ago)
				.update();
		}
	}

	private long countFailures(String condition, String value) {
		return this.jdbc.sql("SELECT count(*) FROM login_failure WHERE " + condition)
			.param(value)
			.query(Long.class)
			.single();
	}

}
