package com.londonbeijing.portal.editing;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.londonbeijing.portal.account.Account;
import com.londonbeijing.portal.account.Role;
import com.londonbeijing.portal.test.Authenticator;
import com.londonbeijing.portal.test.HtmlChecker;
import com.londonbeijing.portal.test.HtmlForm;
import com.londonbeijing.portal.test.PortalIntegrationTest;
import com.londonbeijing.portal.test.TestAccounts;
import com.londonbeijing.portal.test.WebSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No lost input when a session expires (issue 16, item 7), through the real forms over
 * HTTP as a browser without JavaScript: a content form posted after its session is gone
 * comes back after signing in with everything typed, once, to the same browser only, and
 * only if the browser said the POST came from the site itself.
 */
@PortalIntegrationTest
class KeptInputTests {

	private static final String TYPED = "Typed while away: 联合研究 & <b>more</b>\nsecond line";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@RegisterExtension
	TestAccounts accounts = new TestAccounts();

	Account editor;

	long areaId;

	String editPath;

	@BeforeEach
	void anEditorWithAnArea() {
		this.editor = this.accounts.create("kept", Role.EDITOR);
		WebSession setup = signedIn(this.editor);
		HtmlForm form = HtmlForm.of(setup.get("/admin/areas/new").body())
			.set("name", "Test Kept Input Area")
			.set("slug", "test-kept-input")
			.set("summary", "The stored summary")
			.set("navOrder", "7");
		assertThat(setup.post("/admin/areas/new", with(form.fields(), "action", "save")).statusCode()).isEqualTo(302);
		this.areaId = this.jdbc.sql("SELECT id FROM cooperation_area WHERE slug = 'test-kept-input'")
			.query(Long.class)
			.single();
		this.editPath = "/admin/areas/" + this.areaId + "/edit";
	}

	@AfterEach
	void removeTestData() {
		this.jdbc.sql("DELETE FROM cooperation_area WHERE slug LIKE 'test-kept-%'").update();
		this.jdbc.sql("DELETE FROM kept_input").update();
	}

	@Test
	void anExpiredSessionsFormComesBackWithItsInputAfterSigningInAndIsSavedOnlyWhenSubmittedAgain() {
		HtmlForm typed = typedInto(this.editPath);
		// The same browser, its session gone (expired, or unknown after a restart): a
		// client with none of the old cookies, posting what the page held.
		WebSession browser = new WebSession(this.port).withHeader("Sec-Fetch-Site", "same-origin");

		HttpResponse<String> expired = browser.postWithoutCsrfToken(this.editPath,
				with(typed.fields(), "action", "save"));

		assertThat(expired.statusCode()).isEqualTo(302);
		assertThat(WebSession.location(expired)).isEqualTo(this.editPath);
		assertThat(expired.headers().allValues("Set-Cookie"))
			.anySatisfy((cookie) -> assertThat(cookie).startsWith("KEPT-INPUT=")
				.contains("HttpOnly")
				.contains("SameSite=Lax")
				.contains("Max-Age=3600"));
		assertThat(keptRows()).isOne();
		assertThat(this.jdbc.sql("SELECT parameters FROM kept_input").query(String.class).single())
			.as("the stale CSRF token is not kept")
			.doesNotContain("_csrf");
		assertThat(WebSession.location(browser.get(this.editPath))).isEqualTo("/login");
		HttpResponse<String> signIn = browser.get("/login");
		assertValidHtml(signIn, "the sign-in page");
		Document signInPage = Jsoup.parse(signIn.body());
		assertThat(signInPage.select(".flash").text()).contains("what you typed has been kept for an hour");

		HttpResponse<String> signedIn = browser.post("/login",
				Map.of("username", this.editor.getUsername(), "password", TestAccounts.PASSWORD));
		assertThat(WebSession.location(signedIn)).isEqualTo(this.editPath);
		HttpResponse<String> back = browser.get(this.editPath);

		assertThat(back.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(back.body());
		assertThat(page.select("textarea[name=summary]").first().wholeText()).isEqualTo(TYPED);
		assertThat(page.select("input[name=name]").val()).isEqualTo("Test Kept Input Area");
		assertThat(page.select("input[name=navOrder]").val()).isEqualTo("8");
		assertThat(page.select("#kept-input-heading").text()).isEqualTo("Check your input and save");
		assertThat(page.select(".kept-input tbody tr").eachText()).hasSize(2)
			.anySatisfy((row) -> assertThat(row).startsWith("Summary").contains("The stored summary"))
			.anySatisfy((row) -> assertThat(row).contains("7").contains("8"));
		assertValidHtml(back, "the form given back");
		assertThat(storedSummary()).as("nothing saved without a new submit").isEqualTo("The stored summary");
		assertThat(keptRows()).as("handed back, so no longer kept").isZero();

		HttpResponse<String> saved = browser.post(this.editPath,
				with(HtmlForm.of(back.body()).fields(), "action", "save"));
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(storedSummary()).isEqualTo(TYPED);
	}

	@Test
	void aSignedInEditorWhoseFormTokenWentStaleGetsTheFormBackAtOnce() {
		WebSession browser = signedIn(this.editor).withHeader("Sec-Fetch-Site", "same-origin");
		Map<String, String> typed = HtmlForm.of(browser.get(this.editPath).body()).set("summary", TYPED).fields();
		typed.put("_csrf", "a-token-from-an-earlier-session");
		typed.put("action", "save");

		HttpResponse<String> stale = browser.postWithoutCsrfToken(this.editPath, typed);

		assertThat(WebSession.location(stale)).isEqualTo(this.editPath);
		HttpResponse<String> back = browser.get(this.editPath);
		assertThat(back.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(back.body()).select("textarea[name=summary]").first().wholeText()).isEqualTo(TYPED);
		assertThat(storedSummary()).isEqualTo("The stored summary");
	}

	@Test
	void anOriginHeaderOfTheSiteItselfAlsoCounts() {
		WebSession browser = new WebSession(this.port).withHeader("Origin", "http://localhost:" + this.port);

		HttpResponse<String> expired = browser.postWithoutCsrfToken(this.editPath,
				with(typedInto(this.editPath).fields(), "action", "save"));

		assertThat(WebSession.location(expired)).isEqualTo(this.editPath);
		assertThat(keptRows()).isOne();
	}

	@Test
	void aPostFromAnotherSiteOrWithoutOriginIsNotKept() {
		Map<String, String> typed = with(typedInto(this.editPath).fields(), "action", "save");
		for (WebSession browser : new WebSession[] {
				new WebSession(this.port).withHeader("Origin", "https://attacker.example"),
				new WebSession(this.port).withHeader("Sec-Fetch-Site", "cross-site")
					.withHeader("Origin", "http://localhost:" + this.port),
				new WebSession(this.port).withHeader("Sec-Fetch-Site", "same-site"), new WebSession(this.port) }) {

			HttpResponse<String> refused = browser.postWithoutCsrfToken(this.editPath, typed);

			assertThat(refused.statusCode()).isEqualTo(403);
			assertThat(refused.body()).contains("This form has expired");
			assertThat(refused.headers().allValues("Set-Cookie")).noneMatch((cookie) -> cookie.contains("KEPT-INPUT"));
		}
		assertThat(keptRows()).isZero();
	}

	@Test
	void signInPasswordAndAccountFormsAreNeverKept() {
		WebSession browser = new WebSession(this.port).withHeader("Sec-Fetch-Site", "same-origin");

		for (String path : new String[] { "/login", "/account/password", "/admin/users/new", "/login/code" }) {
			HttpResponse<String> refused = browser.postWithoutCsrfToken(path, Map.of("username", "someone", "password",
					TestAccounts.PASSWORD, "newPassword", TestAccounts.PASSWORD, "code", "123456"));

			assertThat(refused.statusCode()).as(path).isEqualTo(403);
		}
		assertThat(keptRows()).isZero();
	}

	@Test
	void keptInputIsHandedBackOnlyOnceAndNeverToAnotherBrowser() {
		WebSession browser = new WebSession(this.port).withHeader("Sec-Fetch-Site", "same-origin");
		browser.postWithoutCsrfToken(this.editPath, with(typedInto(this.editPath).fields(), "action", "save"));
		assertThat(keptRows()).isOne();

		WebSession other = signedIn(this.accounts.create("other", Role.EDITOR));
		Document othersForm = Jsoup.parse(other.get(this.editPath).body());
		assertThat(othersForm.select("textarea[name=summary]").first().wholeText()).isEqualTo("The stored summary");
		assertThat(othersForm.select(".kept-input")).isEmpty();
		assertThat(keptRows()).as("still waiting for its own browser").isOne();

		browser.signIn(this.editor.getUsername(), TestAccounts.PASSWORD);
		assertThat(Jsoup.parse(browser.get(this.editPath).body()).select("textarea[name=summary]").first().wholeText())
			.isEqualTo(TYPED);
		Document again = Jsoup.parse(browser.get(this.editPath).body());

		assertThat(again.select(".kept-input")).as("only once").isEmpty();
		assertThat(again.select("textarea[name=summary]").first().wholeText()).isEqualTo("The stored summary");
	}

	@Test
	void aNewItemsFormComesBackToo() {
		WebSession browser = new WebSession(this.port).withHeader("Sec-Fetch-Site", "same-origin");
		HtmlForm typed = HtmlForm.of(signedIn(this.editor).get("/admin/areas/new").body())
			.set("name", "Test Kept New Area")
			.set("navOrder", "abc");

		assertThat(WebSession
			.location(browser.postWithoutCsrfToken("/admin/areas/new", with(typed.fields(), "action", "save"))))
			.isEqualTo("/admin/areas/new");
		browser.signIn(this.editor.getUsername(), TestAccounts.PASSWORD);
		Document page = Jsoup.parse(browser.get("/admin/areas/new").body());

		assertThat(page.select("input[name=name]").val()).isEqualTo("Test Kept New Area");
		assertThat(page.select("input[name=navOrder]").val()).as("even input that does not convert").isEqualTo("abc");
		assertThat(page.select("#kept-input-heading")).hasSize(1);
		assertThat(this.jdbc.sql("SELECT count(*) FROM cooperation_area WHERE name = 'Test Kept New Area'")
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void inputTooLargeToKeepFallsBackToTheExpiredPageWithAMessage() {
		WebSession browser = new WebSession(this.port).withHeader("Sec-Fetch-Site", "same-origin");
		HtmlForm typed = typedInto(this.editPath).set("body", "x".repeat(KeptInputs.MAX_BYTES + 1));

		HttpResponse<String> refused = browser.postWithoutCsrfToken(this.editPath,
				with(typed.fields(), "action", "save"));

		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(Jsoup.parse(refused.body()).select("main .warning").text())
			.contains("What you typed was too large to keep");
		assertThat(keptRows()).isZero();
	}

	@Test
	void aSignInWithTheSecondStepAlsoGetsTheFormBack() {
		Map<String, String> typed = with(typedInto(this.editPath).fields(), "action", "save");
		Authenticator app = enrol(this.editor);
		WebSession browser = new WebSession(this.port).withHeader("Sec-Fetch-Site", "same-origin");
		browser.postWithoutCsrfToken(this.editPath, typed);

		assertThat(WebSession.location(browser.get(this.editPath))).isEqualTo("/login");
		assertThat(WebSession.location(browser.signIn(this.editor.getUsername(), TestAccounts.PASSWORD)))
			.isEqualTo(this.editPath);
		assertThat(WebSession.location(browser.get(this.editPath))).as("the code first").isEqualTo("/login/code");
		assertThat(keptRows()).as("not handed to a half-signed-in session").isOne();
		browser.get("/login/code");
		assertThat(WebSession.location(browser.post("/login/code", Map.of("code", app.nextCode()))))
			.isEqualTo(this.editPath);

		Document page = Jsoup.parse(browser.get(this.editPath).body());
		assertThat(page.select("textarea[name=summary]").first().wholeText()).isEqualTo(TYPED);
		assertThat(keptRows()).isZero();
	}

	@Test
	void anAccountThatCannotOpenTheFormYetDoesNotGetTheInput() {
		// Its password must be changed first: until then that page is all it can reach.
		Account mustChange = this.accounts.create("change", Role.EDITOR);
		this.jdbc.sql("UPDATE account SET password_change_required = true WHERE id = ?")
			.param(mustChange.getId())
			.update();
		WebSession browser = new WebSession(this.port).withHeader("Sec-Fetch-Site", "same-origin");
		browser.postWithoutCsrfToken(this.editPath, with(typedInto(this.editPath).fields(), "action", "save"));

		browser.signIn(mustChange.getUsername(), TestAccounts.PASSWORD);

		assertThat(WebSession.location(browser.get(this.editPath))).isEqualTo("/account/password");
		assertThat(keptRows()).isOne();
	}

	/** The item's edit form as the editor left it, with changes typed in. */
	private HtmlForm typedInto(String path) {
		return HtmlForm.of(signedIn(this.editor).get(path).body()).set("summary", TYPED).set("navOrder", "8");
	}

	private WebSession signedIn(Account account) {
		WebSession session = new WebSession(this.port);
		assertThat(session.signIn(account.getUsername(), TestAccounts.PASSWORD).statusCode()).isEqualTo(302);
		return session;
	}

	private Authenticator enrol(Account account) {
		WebSession setup = signedIn(account);
		Authenticator app = new Authenticator(
				Jsoup.parse(setup.get("/account/two-step").body()).select("#totp-secret").text());
		assertThat(setup.post("/account/two-step", Map.of("code", app.nextCode())).statusCode()).isEqualTo(200);
		setup.signOut();
		return app;
	}

	private static void assertValidHtml(HttpResponse<String> page, String what) {
		List<HtmlChecker.Message> errors = HtmlChecker.errors(page.body().getBytes(StandardCharsets.UTF_8));
		assertThat(errors).overridingErrorMessage(() -> HtmlChecker.report(what, errors)).isEmpty();
	}

	private String storedSummary() {
		return this.jdbc.sql("SELECT summary FROM cooperation_area WHERE id = ?")
			.param(this.areaId)
			.query(String.class)
			.single();
	}

	private int keptRows() {
		return this.jdbc.sql("SELECT count(*) FROM kept_input").query(Integer.class).single();
	}

	private static Map<String, String> with(Map<String, String> fields, String name, String value) {
		fields.put(name, value);
		return fields;
	}

}
