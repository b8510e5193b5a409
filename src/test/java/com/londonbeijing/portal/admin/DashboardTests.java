package com.londonbeijing.portal.admin;

import com.londonbeijing.portal.account.Role;
import com.londonbeijing.portal.test.PortalIntegrationTest;
import com.londonbeijing.portal.test.TestAccounts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dashboard tells editors how much there is, what waits in draft and who changed what
 * lately.
 */
@PortalIntegrationTest
@AutoConfigureMockMvc
class DashboardTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@RegisterExtension
	TestAccounts accounts = new TestAccounts();

	RequestPostProcessor editor;

	String editorName;

	@BeforeEach
	void signInAnEditor() {
		this.editorName = this.accounts.create("editor", Role.EDITOR).getUsername();
		this.editor = user(this.editorName).roles("EDITOR");
	}

	@AfterEach
	void removeTestContent() {
		this.jdbc.update("DELETE FROM cooperation_area WHERE slug LIKE 'test-%'");
	}

	@Test
	void showsCountsDraftsAndWhoChangedWhatLast() throws Exception {
		int draftsBefore = draftAreas();
		this.mvc
			.perform(post("/admin/areas/new").with(csrf())
				.with(this.editor)
				.param("name", "Test Dashboard Area")
				.param("navOrder", "9")
				.param("status", "DRAFT")
				.param("changeNote", "First draft for review"))
			.andExpect(status().is3xxRedirection());

		Document page = Jsoup.parse(this.mvc.perform(get("/admin").with(this.editor))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());

		assertThat(page.title()).isEqualTo("Dashboard – Admin – London–Beijing Cooperation Portal");
		assertThat(page.select("table.admin-table tr:has(a[href=/admin/areas]) td").eachText())
			.containsExactly(String.valueOf(publishedAreas()), String.valueOf(draftsBefore + 1));
		assertThat(page.select("ul.link-list a").eachText()).contains("Test Dashboard Area");
		assertThat(page.select("table.admin-table tbody tr").eachText()).anySatisfy((row) -> assertThat(row)
			.contains("Created area: Test Dashboard Area", this.editorName, "First draft for review"));
	}

	private int draftAreas() {
		return this.jdbc.queryForObject("SELECT count(*) FROM cooperation_area WHERE status = 'DRAFT'", Integer.class);
	}

	private int publishedAreas() {
		return this.jdbc.queryForObject("SELECT count(*) FROM cooperation_area WHERE status = 'PUBLISHED'",
				Integer.class);
	}

}
