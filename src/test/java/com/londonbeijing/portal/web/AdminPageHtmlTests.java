package com.londonbeijing.portal.web;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.londonbeijing.portal.account.Account;
import com.londonbeijing.portal.account.Role;
import com.londonbeijing.portal.test.HtmlChecker;
import com.londonbeijing.portal.test.PortalIntegrationTest;
import com.londonbeijing.portal.test.TestAccounts;
import com.londonbeijing.portal.test.WebSession;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of the admin area, as a signed-in administrator gets it (including forms
 * showing their errors), is valid HTML in the Nu Html Checker. The browser checks are in
 * {@code AdminPageBrowserTests}.
 */
@PortalIntegrationTest
class AdminPageHtmlTests {

	@LocalServerPort
	int port;

	@RegisterExtension
	TestAccounts accounts = new TestAccounts();

	WebSession admin;

	Account editor;

	@BeforeEach
	void signIn() {
		Account account = this.accounts.create("html-admin", Role.ADMIN);
		this.editor = this.accounts.create("html-editor", Role.EDITOR);
		this.admin = new WebSession(this.port);
		this.accounts.address(this.admin.address());
		this.admin.signIn(account.getUsername(), TestAccounts.PASSWORD);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("com.londonbeijing.portal.test.AdminPages#paths")
	void pageIsValidHtml(String path) {
		assertValidHtml(path, this.admin.get(path), 200);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "EDIT", "DELETE" })
	void accountPageIsValidHtml(String path) {
		String resolved = path.replace("EDIT", "/admin/users/" + this.editor.getId() + "/edit")
			.replace("DELETE", "/admin/users/" + this.editor.getId() + "/delete");

		assertValidHtml(resolved, this.admin.get(resolved), 200);
	}

	@Test
	void newAccountFormWithErrorsIsValidHtml() {
		this.admin.get("/admin/users/new");
		HttpResponse<String> response = this.admin.post("/admin/users/new", Map.of("username", "<b>no</b>", "role",
				"EDITOR", "_enabled", "on", "password", "short", "confirmPassword", "other"));

		assertValidHtml("/admin/users/new (errors)", response, 200);
		assertThat(Jsoup.parse(response.body()).select(".error-summary a")).hasSize(2);
	}

	@Test
	void editFormWithErrorsIsValidHtml() {
		String path = "/admin/users/" + this.editor.getId() + "/edit";
		this.admin.get(path);
		HttpResponse<String> response = this.admin.post(path, Map.of("role", "EDITOR", "enabled", "true", "version",
				"0", "password", "a-long-new-password", "confirmPassword", "a-different-one"));

		assertValidHtml(path + " (errors)", response, 200);
		assertThat(Jsoup.parse(response.body()).select(".error-summary a").eachAttr("href"))
			.containsExactly("#confirmPassword");
	}

	@Test
	void meetingFormWithErrorsInItsRowsIsValidHtml() {
		this.admin.get("/admin/meetings/new");
		HttpResponse<String> response = this.admin.post("/admin/meetings/new",
				Map.of("title", "", "date", "1900-01-01", "topics[0]", "Trade", "participants[0].key", "n1",
						"participants[0].name", "", "statements[0].speaker", "n9", "statements[0].text", "", "status",
						"DRAFT"));

		assertValidHtml("/admin/meetings/new (errors)", response, 200);
		assertThat(Jsoup.parse(response.body()).select(".error-summary a").eachAttr("href")).contains("#title", "#date",
				"#participants-0-name", "#statements-0-speaker", "#statements-0-text");
	}

	@Test
	void passwordFormWithErrorsIsValidHtml() {
		this.admin.get("/account/password");
		HttpResponse<String> response = this.admin.post("/account/password",
				Map.of("currentPassword", "wrong", "newPassword", "short", "confirmPassword", ""));

		assertValidHtml("/account/password (errors)", response, 200);
		assertThat(Jsoup.parse(response.body()).select(".error-summary a").eachAttr("href"))
			.containsExactly("#currentPassword", "#newPassword");
	}

	@Test
	void signInPageWithItsErrorIsValidHtml() {
		WebSession visitor = new WebSession(this.port);
		this.accounts.address(visitor.address());
		// The form with its error is the answer to the failed POST.
		HttpResponse<String> response = visitor.signIn(this.accounts.uniqueUsername("nobody"), "wrong-password");

		assertValidHtml("/login (error)", response, 200);
		assertThat(Jsoup.parse(response.body()).select(".error-summary")).hasSize(1);
	}

	@Test
	void forbiddenAndConflictPagesAreValidHtml() {
		WebSession editor = new WebSession(this.port);
		this.accounts.address(editor.address());
		editor.signIn(this.editor.getUsername(), TestAccounts.PASSWORD);
		assertValidHtml("403", editor.get("/admin/users"), 403);

		String path = "/admin/users/" + this.editor.getId() + "/edit";
		this.admin.get(path);
		assertValidHtml("409", this.admin.post(path, Map.of("role", "EDITOR", "enabled", "true", "version", "99")),
				409);
	}

	private static void assertValidHtml(String what, HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as("status of " + what).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).as("Content-Type of %s", what)
			.hasValueSatisfying(
					(type) -> assertThat(type.toLowerCase().replace(" ", "")).isEqualTo("text/html;charset=utf-8"));
		List<HtmlChecker.Message> errors = HtmlChecker.errors(response.body().getBytes(StandardCharsets.UTF_8));
		assertThat(errors).overridingErrorMessage(() -> HtmlChecker.report(what, errors)).isEmpty();
	}

}
