package com.londonbeijing.portal.account;

import java.util.UUID;

import com.londonbeijing.portal.support.FlashMessage;
import com.londonbeijing.portal.test.PortalIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Changing one's own password at /account/password. Each test is rolled back.
 */
@PortalIntegrationTest
@Transactional
class PasswordChangeTests {

	private static final String CURRENT = "the-current-password";

	@Autowired
	WebApplicationContext context;

	@Autowired
	AccountService accounts;

	MockMvc mvc;

	Account editor;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		this.editor = this.accounts.create("Writer-" + UUID.randomUUID().toString().substring(0, 8), Role.EDITOR, true,
				CURRENT);
	}

	@Test
	void editorChangesTheirPasswordGivenTheCurrentOne() throws Exception {
		this.mvc.perform(change(CURRENT, "a new and longer one", "a new and longer one"))
			.andExpect(redirectedUrl("/admin"))
			.andExpect(flash().attribute("flash", new FlashMessage("account.password.changed", new String[0])));

		assertThat(this.accounts.passwordMatches(this.editor.getUsername(), "a new and longer one")).isTrue();
		assertThat(this.accounts.passwordMatches(this.editor.getUsername(), CURRENT)).isFalse();
	}

	@Test
	void formAsksForTheCurrentPasswordAndTheNewOneTwice() throws Exception {
		Document page = Jsoup.parse(this.mvc.perform(get("/account/password").with(signedIn()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());

		assertThat(page.select("h1").text()).isEqualTo("Change your password");
		assertThat(page.select("input[type=password]").eachAttr("autocomplete")).containsExactly("current-password",
				"new-password", "new-password");
		assertThat(page.select("label[for=newPassword]").text()).isEqualTo("New password");
		assertThat(page.select("#newPassword-hint").text()).startsWith("At least 12 characters");
	}

	@ParameterizedTest(name = "{3}")
	@CsvSource(delimiter = '|',
			textBlock = """
					not-the-current      | a new and longer one  | a new and longer one  | currentPassword | The current password is not right
					''                   | a new and longer one  | a new and longer one  | currentPassword | Enter your current password
					the-current-password | ''                    | ''                    | newPassword     | Enter a password
					the-current-password | eleven char            | eleven char            | newPassword     | The password must be at least 12 characters long
					the-current-password | WRITER-PLACEHOLDER    | WRITER-PLACEHOLDER    | newPassword     | The password must not contain the username
					the-current-password | a new and longer one  | a new and longer two  | confirmPassword | The two passwords are not the same
					""")
	void refusesAChangeThatBreaksARule(String current, String password, String confirmation, String field,
			String message) throws Exception {
		String username = this.editor.getUsername().toUpperCase();
		String body = this.mvc
			.perform(change(current, password.replace("WRITER-PLACEHOLDER", username),
					confirmation.replace("WRITER-PLACEHOLDER", username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		Document page = Jsoup.parse(body);
		assertThat(page.select("#" + field + "-error").text()).isEqualTo("Error: " + message);
		assertThat(page.select(".error-summary a[href=#" + field + "]").text()).isEqualTo(message);
		assertThat(page.select("input[type=password]")).allSatisfy((input) -> assertThat(input.val()).isEmpty());
		assertThat(body).doesNotContain("a new and longer").doesNotContain("not-the-current");
		assertThat(this.accounts.passwordMatches(this.editor.getUsername(), CURRENT)).isTrue();
	}

	@Test
	void passwordsAreKeptExactlyAsTypedIncludingSpaces() throws Exception {
		this.mvc.perform(change(CURRENT, " spaces around it ", " spaces around it "))
			.andExpect(redirectedUrl("/admin"));

		assertThat(this.accounts.passwordMatches(this.editor.getUsername(), " spaces around it ")).isTrue();
	}

	@Test
	void visitorsAreSentToSignIn() throws Exception {
		this.mvc.perform(get("/account/password")).andExpect(redirectedUrl("/login"));
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder change(String current,
			String password, String confirmation) {
		return post("/account/password").with(signedIn())
			.with(csrf())
			.param("currentPassword", current)
			.param("newPassword", password)
			.param("confirmPassword", confirmation);
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor signedIn() {
		return user(this.editor.getUsername()).roles("EDITOR");
	}

}
