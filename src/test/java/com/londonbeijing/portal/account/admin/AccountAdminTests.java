package com.londonbeijing.portal.account.admin;

import java.util.UUID;

import com.londonbeijing.portal.account.Account;
import com.londonbeijing.portal.account.AccountService;
import com.londonbeijing.portal.account.Role;
import com.londonbeijing.portal.support.FlashMessage;
import com.londonbeijing.portal.test.PortalIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The administrators' account pages, through Spring MVC and Spring Security against
 * PostgreSQL. Each test runs in a transaction that is rolled back, so it may change any
 * account (even disable every other administrator) without affecting other tests.
 */
@PortalIntegrationTest
@Transactional
class AccountAdminTests {

	private static final String PASSWORD = "correct-horse-battery-staple";

	@Autowired
	WebApplicationContext context;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcClient jdbc;

	MockMvc mvc;

	Account admin;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		this.admin = create("admin", Role.ADMIN);
	}

	@Test
	void listShowsEveryAccountWithItsRoleAndStatus() throws Exception {
		Account editor = create("listed", Role.EDITOR);
		this.accounts.update(editor.getId(), editor.getVersion(), Role.EDITOR, false, null);

		Document page = page(get("/admin/users"));

		String row = page.select("tr:has(th:containsOwn(" + editor.getUsername() + "))").text();
		assertThat(row).contains("Editor").contains("Disabled");
		assertThat(page.select("a[href=/admin/users/" + editor.getId() + "/edit]")).hasSize(1);
		assertThat(page.select("a[href=/admin/users/new]")).hasSize(1);
	}

	@Test
	void createsAnAccountWithAHashedPasswordAndSaysSo() throws Exception {
		String username = unique("new");

		MvcResult result = this.mvc
			.perform(post("/admin/users/new").with(as(this.admin))
				.with(csrf())
				.param("username", username)
				.param("role", "EDITOR")
				.param("enabled", "true")
				.param("password", PASSWORD)
				.param("confirmPassword", PASSWORD))
			.andExpect(redirectedUrl("/admin/users"))
			.andExpect(flash().attribute("flash", new FlashMessage("admin.users.created", new String[] { username })))
			.andReturn();

		Account created = this.accounts.findByUsername(username).orElseThrow();
		assertThat(created.getRole()).isEqualTo(Role.EDITOR);
		assertThat(created.isEnabled()).isTrue();
		assertThat(created.getPasswordHash()).startsWith("{pbkdf2-sha256}").doesNotContain(PASSWORD);
		assertThat(this.accounts.passwordMatches(username, PASSWORD)).isTrue();
		Document list = page(get("/admin/users").flashAttrs(result.getFlashMap()));
		assertThat(list.select("main .flash[role=status]").text())
			.isEqualTo("The account " + username + " has been added.");
	}

	@Test
	void invalidInputShowsTheFormAgainWithErrorsKeepingTheInputButNotThePasswords() throws Exception {
		Document page = page(post("/admin/users/new").param("username", "  ab ")
			.param("role", "ADMIN")
			.param("password", "too-short")
			.param("confirmPassword", "too-short"), "admin/users/form");

		assertThat(page.select(".error-summary[role=alert] h2[tabindex=-1]").text()).isEqualTo("There is a problem");
		assertThat(page.select(".error-summary a").eachAttr("href")).containsExactly("#username", "#password");
		assertThat(page.select(".error-summary a").eachText()).containsExactly(
				"The username must be 3 to 60 characters long", "The password must be at least 12 characters long");
		assertThat(page.select("#username").val()).as("trimmed and kept").isEqualTo("ab");
		assertThat(page.select("#username").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.select("#username").attr("aria-describedby")).isEqualTo("username-hint username-error");
		assertThat(page.select("#username-error").text())
			.isEqualTo("Error: The username must be 3 to 60 characters long");
		assertThat(page.select("#role option[selected]").val()).isEqualTo("ADMIN");
		assertThat(page.select("input[type=password]")).hasSize(2)
			.allSatisfy((input) -> assertThat(input.hasAttr("value")).isFalse());
	}

	@Test
	void usernameTakenInAnyCaseIsAFieldError() throws Exception {
		Account existing = create("Taken", Role.EDITOR);

		Document page = page(newAccount(existing.getUsername().toUpperCase()), "admin/users/form");

		assertThat(page.select("#username-error").text()).isEqualTo("Error: Another account already has this username");
		assertThat(this.jdbc.sql("SELECT count(*) FROM account WHERE lower(username) = lower(?)")
			.param(existing.getUsername())
			.query(Long.class)
			.single()).isOne();
	}

	@Test
	void overlongOrMalformedInputIsAFieldErrorNeverAServerError() throws Exception {
		Document longUsername = page(newAccount("u".repeat(10_000)), "admin/users/form");
		assertThat(longUsername.select("#username-error").text()).contains("must be 3 to 60 characters");

		Document longPassword = page(post("/admin/users/new").param("username", unique("long"))
			.param("role", "EDITOR")
			.param("password", "密码".repeat(65))
			.param("confirmPassword", "密码".repeat(65)), "admin/users/form");
		assertThat(longPassword.select("#password-error").text())
			.contains("The password is too long: use at most 128 characters");

		Document badRole = page(post("/admin/users/new").param("username", unique("role"))
			.param("role", "SUPERUSER")
			.param("password", PASSWORD)
			.param("confirmPassword", PASSWORD), "admin/users/form");
		assertThat(badRole.select("#role-error").text()).isEqualTo("Error: Choose a role from the list");
	}

	@ParameterizedTest
	@ValueSource(strings = { "<script>alert(1)</script>", "x\" autofocus onfocus=\"alert(1)", "o'neil" })
	void scriptAndQuotesInAUsernameAreRefusedAndShownEscaped(String username) throws Exception {
		String body = this.mvc.perform(newAccount(username).with(as(this.admin)).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(body).doesNotContain(username).doesNotContain("<script>alert");
		Document page = Jsoup.parse(body);
		assertThat(page.select("#username").val()).isEqualTo(username);
		assertThat(page.select("#username").hasAttr("onfocus")).isFalse();
		assertThat(page.select("#username-error").text()).contains("can only contain letters");
		assertThat(this.accounts.findByUsername(username)).isEmpty();
	}

	@Test
	void newPasswordMustNotBeTheUsernameAndMustBeTypedTwice() throws Exception {
		String username = unique("same-as-password");
		Document same = page(post("/admin/users/new").param("username", username)
			.param("role", "EDITOR")
			.param("password", username.toUpperCase())
			.param("confirmPassword", username.toUpperCase()), "admin/users/form");
		Document mismatch = page(post("/admin/users/new").param("username", username)
			.param("role", "EDITOR")
			.param("password", PASSWORD)
			.param("confirmPassword", PASSWORD + "x"), "admin/users/form");

		assertThat(same.select("#password-error").text()).contains("must not contain the username");
		assertThat(mismatch.select("#confirmPassword-error").text()).contains("The two passwords are not the same");
	}

	@Test
	void editChangesRoleAndEnabledAndKeepsThePasswordUnlessANewOneIsGiven() throws Exception {
		Account editor = create("edited", Role.EDITOR);
		Document form = page(get("/admin/users/" + editor.getId() + "/edit"));
		assertThat(form.select("h1").text()).isEqualTo("Edit the account " + editor.getUsername());
		assertThat(form.select("#enabled").hasAttr("checked")).isTrue();
		assertThat(form.select("#username")).as("the username cannot be changed").isEmpty();

		this.mvc
			.perform(post("/admin/users/" + editor.getId() + "/edit").with(as(this.admin))
				.with(csrf())
				.param("role", "ADMIN")
				.param("_enabled", "on")
				.param("version", form.select("input[name=version]").val())
				.param("password", "")
				.param("confirmPassword", ""))
			.andExpect(redirectedUrl("/admin/users"));

		Account saved = this.accounts.findByUsername(editor.getUsername()).orElseThrow();
		assertThat(saved.getRole()).isEqualTo(Role.ADMIN);
		assertThat(saved.isEnabled()).isFalse();
		assertThat(this.accounts.passwordMatches(editor.getUsername(), PASSWORD)).isTrue();

		this.mvc
			.perform(post("/admin/users/" + editor.getId() + "/edit").with(as(this.admin))
				.with(csrf())
				.param("role", "EDITOR")
				.param("enabled", "true")
				.param("version", String.valueOf(saved.getVersion()))
				.param("password", "a-brand-new-password")
				.param("confirmPassword", "a-brand-new-password"))
			.andExpect(redirectedUrl("/admin/users"));
		assertThat(this.accounts.passwordMatches(editor.getUsername(), "a-brand-new-password")).isTrue();
	}

	@Test
	void savingOverSomeoneElsesChangeShowsAFriendlyConflictPage() throws Exception {
		Account editor = create("conflict", Role.EDITOR);

		String body = this.mvc
			.perform(post("/admin/users/" + editor.getId() + "/edit").with(as(this.admin))
				.with(csrf())
				.param("role", "ADMIN")
				.param("enabled", "true")
				.param("version", String.valueOf(editor.getVersion() + 1)))
			.andExpect(status().isConflict())
			.andExpect(view().name("error/409"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(Jsoup.parse(body).select("h1").text()).isEqualTo("Someone else has changed this record");
		assertThat(this.accounts.findByUsername(editor.getUsername()).orElseThrow().getRole()).isEqualTo(Role.EDITOR);
	}

	@Test
	void lastEnabledAdministratorCannotBeDisabledDemotedOrDeleted() throws Exception {
		makeTheOnlyEnabledAdmin(this.admin);
		String lastAdmin = "This is the only enabled administrator, so it must stay an enabled administrator";

		Document disable = page(edit(this.admin, "ADMIN", false), "admin/users/form");
		Document demote = page(edit(this.admin, "EDITOR", true), "admin/users/form");
		Document confirm = page(get("/admin/users/" + this.admin.getId() + "/delete"));
		Document delete = page(post("/admin/users/" + this.admin.getId() + "/delete"), "admin/users/delete");

		assertThat(disable.select(".error-summary li").text()).startsWith(lastAdmin);
		assertThat(demote.select(".error-summary li").text()).startsWith(lastAdmin);
		assertThat(confirm.select(".error-summary").text()).contains(lastAdmin);
		assertThat(confirm.select("main button[type=submit]").eachText()).doesNotContain("Delete account");
		assertThat(delete.select(".error-summary").text()).contains(lastAdmin);
		Account unchanged = this.accounts.findByUsername(this.admin.getUsername()).orElseThrow();
		assertThat(unchanged.isEnabledAdmin()).isTrue();
	}

	@Test
	void anotherAdministratorCanBeDisabledAndDeletedAfterConfirmation() throws Exception {
		makeTheOnlyEnabledAdmin(this.admin);
		Account other = create("other-admin", Role.ADMIN);

		this.mvc.perform(edit(other, "ADMIN", false).with(as(this.admin)).with(csrf()))
			.andExpect(redirectedUrl("/admin/users"));
		Document confirm = page(get("/admin/users/" + other.getId() + "/delete"));
		assertThat(confirm.select("h1").text()).isEqualTo("Delete the account " + other.getUsername() + "?");
		assertThat(confirm.select("main form button[type=submit]").text()).isEqualTo("Delete account");

		this.mvc.perform(post("/admin/users/" + other.getId() + "/delete").with(as(this.admin)).with(csrf()))
			.andExpect(redirectedUrl("/admin/users"))
			.andExpect(flash().attribute("flash",
					new FlashMessage("admin.users.deleted", new String[] { other.getUsername() })));
		assertThat(this.accounts.findByUsername(other.getUsername())).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin/users/999999999/edit", "/admin/users/999999999/delete", "/admin/users/abc/edit",
			"/admin/users/99999999999999999999/edit" })
	void unknownAccountsAreNotFound(String path) throws Exception {
		this.mvc.perform(get(path).with(as(this.admin))).andExpect(status().isNotFound());
	}

	@Test
	void editorsAreForbiddenAndVisitorsSentToSignIn() throws Exception {
		Account editor = create("editor", Role.EDITOR);

		this.mvc.perform(get("/admin/users").with(as(editor))).andExpect(status().isForbidden());
		this.mvc.perform(newAccount(unique("by-editor")).with(as(editor)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/users")).andExpect(redirectedUrl("/login"));
	}

	private Account create(String prefix, Role role) {
		return this.accounts.create(unique(prefix), role, true, PASSWORD);
	}

	private static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	private void makeTheOnlyEnabledAdmin(Account account) {
		this.jdbc.sql("UPDATE account SET enabled = false WHERE role = 'ADMIN' AND id <> ?")
			.param(account.getId())
			.update();
	}

	private static MockHttpServletRequestBuilder newAccount(String username) {
		return post("/admin/users/new").param("username", username)
			.param("role", "EDITOR")
			.param("enabled", "true")
			.param("password", PASSWORD)
			.param("confirmPassword", PASSWORD);
	}

	private static MockHttpServletRequestBuilder edit(Account account, String role, boolean enabled) {
		MockHttpServletRequestBuilder request = post("/admin/users/" + account.getId() + "/edit").param("role", role)
			.param("_enabled", "on")
			.param("version", String.valueOf(account.getVersion()));
		return enabled ? request.param("enabled", "true") : request;
	}

	private static RequestPostProcessor as(Account account) {
		return user(account.getUsername()).roles(account.getRole().name());
	}

	/** A page as the admin of this test sees it; a POST gets a CSRF token. */
	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(this.mvc.perform(request.with(as(this.admin)).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private Document page(MockHttpServletRequestBuilder request, String expectedView) throws Exception {
		return Jsoup.parse(this.mvc.perform(request.with(as(this.admin)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name(expectedView))
			.andExpect(model().attributeExists("currentUser"))
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}
