package com.londonbeijing.portal.web;

import com.londonbeijing.portal.account.Account;
import com.londonbeijing.portal.account.AccountService;
import com.londonbeijing.portal.account.Role;
import com.londonbeijing.portal.test.PortalIntegrationTest;
import com.londonbeijing.portal.test.TestAccounts;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Drafts are invisible to visitors and shown, marked as drafts, to signed-in editors.
 */
@PortalIntegrationTest
@AutoConfigureMockMvc
class DraftPreviewTests {

	/**
	 * A signed-in browser always sends its session cookie; MockMvc's mock users come
	 * without one, and the public page cache would answer them as visitors.
	 */
	private static final Cookie SESSION_COOKIE = new Cookie("JSESSIONID", "editor-session");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountService accountService;

	TestAccounts accounts;

	@BeforeEach
	void addDrafts() {
		this.accounts = new TestAccounts(this.accountService, JdbcClient.create(this.jdbc));
		this.jdbc.update("INSERT INTO case_study (slug, title, summary, status) "
				+ "VALUES ('draft-case', 'Draft case', 'Not yet public', 'DRAFT')");
		this.jdbc
			.update("INSERT INTO cooperation_area (slug, name, status) VALUES ('draft-area', 'Draft area', 'DRAFT')");
		this.jdbc.update("INSERT INTO meeting (slug, title, meeting_date, venue, city, summary, status) "
				+ "VALUES ('draft-meeting', 'Draft meeting', DATE '2024-01-02', 'Venue', 'London', 'Summary', 'DRAFT')");
	}

	@AfterEach
	void removeDrafts() {
		this.accounts.deleteAll();
		this.jdbc.update("DELETE FROM case_study WHERE slug = 'draft-case'");
		this.jdbc.update("DELETE FROM cooperation_area WHERE slug = 'draft-area'");
		this.jdbc.update("DELETE FROM meeting WHERE slug = 'draft-meeting'");
	}

	@Test
	void draftIsInvisibleToVisitors() throws Exception {
		for (String path : new String[] { "/case-studies/draft-case", "/areas/draft-area",
				"/meetings/draft-meeting" }) {
			this.mvc.perform(get(path)).andExpect(status().isNotFound());
		}
		this.mvc.perform(get("/case-studies")).andExpect(content().string(not(containsString("Draft case"))));
		this.mvc.perform(get("/areas")).andExpect(content().string(not(containsString("Draft area"))));
		this.mvc.perform(get("/meetings")).andExpect(content().string(not(containsString("Draft meeting"))));
	}

	@Test
	void signedInEditorPreviewsDraftsWithABanner() throws Exception {
		// A real account: every signed-in request checks that its account still exists
		// and is enabled.
		Account editor = this.accounts.create("preview", Role.EDITOR);
		for (String path : new String[] { "/case-studies/draft-case", "/areas/draft-area",
				"/meetings/draft-meeting" }) {
			this.mvc.perform(get(path).with(user(editor.getUsername()).roles("EDITOR")).cookie(SESSION_COOKIE))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Draft — not public")));
		}
		this.mvc
			.perform(get("/case-studies/tech-partnerships").with(user(editor.getUsername()).roles("EDITOR"))
				.cookie(SESSION_COOKIE))
			.andExpect(content().string(not(containsString("Draft — not public"))));
	}

	@Test
	void aSignedInNameWithoutAnAccountPreviewsNothing() throws Exception {
		this.mvc
			.perform(get("/case-studies/draft-case").with(user(this.accounts.uniqueUsername("gone")).roles("EDITOR"))
				.cookie(SESSION_COOKIE))
			.andExpect(status().isNotFound());
	}

}
