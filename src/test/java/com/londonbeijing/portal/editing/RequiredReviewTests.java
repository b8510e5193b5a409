package com.londonbeijing.portal.editing;

import com.londonbeijing.portal.account.Role;
import com.londonbeijing.portal.test.AdminForms;
import com.londonbeijing.portal.test.HtmlForm;
import com.londonbeijing.portal.test.PortalIntegrationTest;
import com.londonbeijing.portal.test.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * With {@code PORTAL_REVIEW=required} nobody publishes a change to a published item that
 * they made or submitted themselves: someone else reviews it.
 */
@PortalIntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "portal.review=required")
class RequiredReviewTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@RegisterExtension
	TestAccounts accounts = new TestAccounts();

	RequestPostProcessor author;

	RequestPostProcessor reviewer;

	@BeforeEach
	void signIn() {
		this.author = user(this.accounts.create("author", Role.EDITOR).getUsername()).roles("EDITOR");
		this.reviewer = user(this.accounts.create("reviewer", Role.EDITOR).getUsername()).roles("EDITOR");
	}

	@AfterEach
	void removeTestItems() {
		for (String table : new String[] { "content_draft", "content_draft_event" }) {
			this.jdbc.update("DELETE FROM " + table + " WHERE kind = 'areas' AND item_key IN "
					+ "(SELECT id::text FROM cooperation_area WHERE slug LIKE 'test-%')");
		}
		this.jdbc.update("DELETE FROM cooperation_area WHERE slug LIKE 'test-%'");
	}

	@Test
	void anEditorCannotPublishTheirOwnChangeButAnotherEditorCan() throws Exception {
		this.mvc.perform(AdminForms.submit("/admin/areas/new", AdminForms.area("Test Four Eyes")).with(this.author))
			.andExpect(status().is3xxRedirection());
		long id = this.jdbc.queryForObject("SELECT id FROM cooperation_area WHERE name = 'Test Four Eyes'", Long.class);
		String edit = page("/admin/areas/" + id + "/edit", this.author);
		assertThat(edit).doesNotContain("Publish now");

		HtmlForm form = HtmlForm.of(edit).set("summary", "Reviewed summary.");
		this.mvc.perform(form.press("action", "publish").with(this.author))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else must review and publish this change")));
		this.mvc.perform(form.press("action", "submit").with(this.author)).andExpect(status().is3xxRedirection());

		this.mvc
			.perform(post("/admin/areas/" + id + "/draft/publish").with(csrf())
				.with(this.author)
				.param("draftVersion", draftVersion(id)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else must review and publish this change")));
		assertThat(page("/admin/areas/" + id + "/draft", this.author)).doesNotContain(">Publish</button>");
		// Restoring a revision makes it the draft to review, not the live version.
		int created = this.jdbc.queryForObject("SELECT min(rev) FROM cooperation_area_aud WHERE id = ?", Integer.class,
				id);
		this.mvc.perform(post("/admin/areas/" + id + "/history/" + created + "/restore").with(csrf()).with(this.author))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/areas/test-four-eyes").with(anonymous()))
			.andExpect(content().string(not(containsString("Reviewed summary."))));

		// Positive control: the other editor publishes it.
		assertThat(page("/admin/areas/" + id + "/draft", this.reviewer)).contains(">Publish</button>");
		this.mvc
			.perform(post("/admin/areas/" + id + "/draft/publish").with(csrf())
				.with(this.reviewer)
				.param("draftVersion", draftVersion(id)))
			.andExpect(redirectedUrl("/admin/areas"));
		this.mvc.perform(get("/areas/test-four-eyes").with(anonymous()))
			.andExpect(content().string(containsString("A summary.")));
	}

	@Test
	void aDraftTheReviewerSavedLastIsNotTheirsToPublish() throws Exception {
		this.mvc.perform(AdminForms.submit("/admin/areas/new", AdminForms.area("Test Touched")).with(this.author))
			.andExpect(status().is3xxRedirection());
		long id = this.jdbc.queryForObject("SELECT id FROM cooperation_area WHERE name = 'Test Touched'", Long.class);
		HtmlForm form = HtmlForm.of(page("/admin/areas/" + id + "/edit", this.author));
		this.mvc.perform(form.set("summary", "Submitted.").press("action", "submit").with(this.author))
			.andExpect(status().is3xxRedirection());
		HtmlForm touched = HtmlForm.of(page("/admin/areas/" + id + "/edit", this.reviewer));
		this.mvc.perform(touched.set("summary", "Touched by the reviewer.").press("action", "save").with(this.reviewer))
			.andExpect(status().is3xxRedirection());

		this.mvc
			.perform(post("/admin/areas/" + id + "/draft/publish").with(csrf())
				.with(this.reviewer)
				.param("draftVersion", draftVersion(id)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else must review and publish this change")));
		assertThat(this.jdbc.queryForObject("SELECT summary FROM cooperation_area WHERE id = ?", String.class, id))
			.isEqualTo("A summary.");
	}

	private String page(String path, RequestPostProcessor user) throws Exception {
		return this.mvc.perform(get(path).with(user))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String draftVersion(long id) {
		return String
			.valueOf(this.jdbc.queryForObject("SELECT version FROM content_draft WHERE kind = 'areas' AND item_key = ?",
					Long.class, String.valueOf(id)));
	}

}
