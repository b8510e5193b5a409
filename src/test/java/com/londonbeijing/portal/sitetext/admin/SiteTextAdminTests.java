package com.londonbeijing.portal.sitetext.admin;

import com.londonbeijing.portal.account.Role;
import com.londonbeijing.portal.test.PortalIntegrationTest;
import com.londonbeijing.portal.test.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Editors change the home page's introduction and see it, with its history, and never
 * overwrite someone else's newer edit unknowingly.
 */
@PortalIntegrationTest
@AutoConfigureMockMvc
class SiteTextAdminTests {

	private static final String ORIGINAL_TITLE = "Understanding the London-Beijing Relationship";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@RegisterExtension
	TestAccounts accounts = new TestAccounts();

	RequestPostProcessor editor;

	@BeforeEach
	void signInAnEditor() {
		this.editor = user(this.accounts.create("texts-editor", Role.EDITOR).getUsername()).roles("EDITOR");
	}

	@AfterEach
	void restoreTheSeedText() {
		this.jdbc.sql("UPDATE site_text SET title = ? WHERE text_key = 'home.intro'").param(ORIGINAL_TITLE).update();
	}

	@Test
	void editedIntroductionAppearsOnTheHomePageAndInTheHistory() throws Exception {
		long version = this.jdbc.sql("SELECT version FROM site_text WHERE text_key = 'home.intro'")
			.query(Long.class)
			.single();

		this.mvc
			.perform(post("/admin/texts/home.intro/edit").with(csrf())
				.with(this.editor)
				.param("version", String.valueOf(version))
				.param("title", "About <the> relationship")
				.param("body", "Over the past few decades.")
				.param("changeNote", "Shorter")
				.param("action", "publish"))
			.andExpect(redirectedUrl("/admin/texts"));

		this.mvc.perform(get("/")).andExpect(content().string(containsString("About &lt;the&gt; relationship")));
		this.mvc.perform(get("/admin/texts/home.intro/history").with(this.editor))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Shorter")))
			.andExpect(content().string(containsString(ORIGINAL_TITLE)));
	}

	@Test
	void staleVersionShowsTheConflictInsteadOfOverwriting() throws Exception {
		this.mvc
			.perform(post("/admin/texts/home.intro/edit").with(csrf())
				.with(this.editor)
				.param("version", "-1")
				.param("title", "Mine"))
			.andExpect(status().isOk())
			.andExpect(model().attributeExists("conflict"))
			.andExpect(content().string(containsString("Someone else has changed this item")))
			.andExpect(content().string(containsString("value=\"Mine\"")));
		this.mvc.perform(get("/")).andExpect(content().string(containsString(ORIGINAL_TITLE)));
	}

}
