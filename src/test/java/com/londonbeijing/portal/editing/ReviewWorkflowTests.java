package com.londonbeijing.portal.editing;

import java.util.Map;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Writers prepare changes and submit them; editors review them, send them back with a
 * comment, or publish them. Whatever request a writer sends, nothing they do is
 * published.
 */
@PortalIntegrationTest
@AutoConfigureMockMvc
class ReviewWorkflowTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@RegisterExtension
	TestAccounts accounts = new TestAccounts();

	RequestPostProcessor editor;

	RequestPostProcessor writer;

	String writerName;

	String editorName;

	@BeforeEach
	void signIn() {
		this.editorName = this.accounts.create("editor", Role.EDITOR).getUsername();
		this.editor = user(this.editorName).roles("EDITOR");
		this.writerName = this.accounts.create("writer", Role.WRITER).getUsername();
		this.writer = user(this.writerName).roles("WRITER");
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
	void aWriterCannotPublishANewItemAndIsToldWhy() throws Exception {
		this.mvc.perform(AdminForms.submit("/admin/areas/new", AdminForms.area("Test Forged")).with(this.writer))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "status", "admin.drafts.writerCannotPublish"))
			.andExpect(content().string(containsString("Writers cannot publish.")))
			.andExpect(content().string(containsString("value=\"Test Forged\"")));
		assertThat(count("SELECT count(*) FROM cooperation_area WHERE name = 'Test Forged'")).isZero();

		// The same form as a draft is accepted, and the form offers writers no other
		// status.
		Map<String, String> draft = AdminForms.area("Test Forged");
		draft.put("status", "DRAFT");
		this.mvc.perform(AdminForms.submit("/admin/areas/new", draft).with(this.writer))
			.andExpect(redirectedUrl("/admin/areas"));
		assertThat(this.jdbc.queryForObject("SELECT status FROM cooperation_area WHERE name = 'Test Forged'",
				String.class))
			.isEqualTo("DRAFT");
		String form = this.mvc.perform(get("/admin/areas/new").with(this.writer))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(form).doesNotContain("value=\"PUBLISHED\"").doesNotContain("Publish now");
	}

	@Test
	void aWriterCannotPublishADraftItemByForgingItsStatus() throws Exception {
		long id = area("Test Writer Draft", "DRAFT");
		Map<String, String> forged = AdminForms.area("Test Writer Draft");
		forged.put("version", version(id));
		this.mvc.perform(AdminForms.submit("/admin/areas/" + id + "/edit", forged).with(this.writer))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "status", "admin.drafts.writerCannotPublish"));
		this.mvc.perform(get("/areas/test-writer-draft").with(anonymous())).andExpect(status().isNotFound());
		assertThat(statusOf(id)).isEqualTo("DRAFT");
	}

	@Test
	void aWriterCannotPublishByAnyOtherRequest() throws Exception {
		long id = area("Test Guarded", "PUBLISHED");
		HtmlForm form = HtmlForm.of(this.mvc.perform(get("/admin/areas/" + id + "/edit").with(this.writer))
			.andReturn()
			.getResponse()
			.getContentAsString());
		form.set("summary", "Writer's summary.");

		this.mvc.perform(form.press("action", "publish").with(this.writer)).andExpect(status().isForbidden());
		this.mvc.perform(form.press("action", "save").with(this.writer)).andExpect(status().is3xxRedirection());
		assertThat(count("SELECT count(*) FROM content_draft WHERE kind = 'areas' AND item_key = '" + id + "'"))
			.isOne();
		for (String path : new String[] { "/draft/publish", "/draft/return", "/history/1/restore", "/history/1/note",
				"/delete" }) {
			this.mvc.perform(post("/admin/areas/" + id + path).with(csrf()).with(this.writer))
				.andExpect(status().isForbidden());
		}
		this.mvc.perform(post("/admin/trade/import/some-token").with(csrf()).with(this.writer))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/trade/import").with(csrf()).with(this.writer)).andExpect(status().isForbidden());

		this.mvc.perform(get("/areas/test-guarded").with(anonymous()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A summary.")))
			.andExpect(content().string(not(containsString("Writer's summary."))));
		assertThat(count("SELECT count(*) FROM content_draft WHERE kind = 'areas' AND item_key = '" + id + "'"))
			.isOne();

		// A writer may delete an item that was never published.
		long draft = area("Test Writer Deletes", "DRAFT");
		this.mvc.perform(post("/admin/areas/" + draft + "/delete").with(csrf()).with(this.writer))
			.andExpect(redirectedUrl("/admin/areas"));
		assertThat(count("SELECT count(*) FROM cooperation_area WHERE id = " + draft)).isZero();
	}

	@Test
	void aSubmissionIsQueuedSentBackWithACommentResubmittedAndPublished() throws Exception {
		long id = area("Test Reviewed", "PUBLISHED");
		HtmlForm form = HtmlForm.of(page("/admin/areas/" + id + "/edit", this.writer));
		this.mvc
			.perform(form.set("summary", "First try.")
				.set("reviewNote", "Please check the summary")
				.press("action", "submit")
				.with(this.writer))
			.andExpect(redirectedUrl("/admin/areas"));

		String dashboard = page("/admin", this.editor);
		assertThat(dashboard).contains("Waiting for review")
			.contains("Test Reviewed")
			.contains(this.writerName)
			.contains("Please check the summary")
			.contains("/admin/areas/" + id + "/draft");
		String review = page("/admin/areas/" + id + "/draft", this.editor);
		assertThat(review).contains("A summary.")
			.contains("First try.")
			.contains("/admin/areas/" + id + "/draft/preview");

		this.mvc
			.perform(post("/admin/areas/" + id + "/draft/return").with(csrf())
				.with(this.editor)
				.param("comment", "Say more about the partners.")
				.param("draftVersion", draftVersion(id)))
			.andExpect(redirectedUrl("/admin"));
		assertThat(page("/admin", this.editor)).contains("Nothing is waiting for review.");
		String returned = page("/admin/areas/" + id + "/edit", this.writer);
		assertThat(returned).contains("Sent back by " + this.editorName)
			.contains("Say more about the partners.")
			.contains("First try.");

		this.mvc
			.perform(HtmlForm.of(returned)
				.set("summary", "Second try, with the partners.")
				.press("action", "submit")
				.with(this.writer))
			.andExpect(status().is3xxRedirection());
		assertThat(page("/admin", this.editor)).contains("Test Reviewed");
		this.mvc.perform(get("/areas/test-reviewed").with(anonymous()))
			.andExpect(content().string(not(containsString("Second try"))));

		this.mvc
			.perform(post("/admin/areas/" + id + "/draft/publish").with(csrf())
				.with(this.editor)
				.param("draftVersion", draftVersion(id)))
			.andExpect(redirectedUrl("/admin/areas"));
		this.mvc.perform(get("/areas/test-reviewed").with(anonymous()))
			.andExpect(content().string(containsString("Second try, with the partners.")));
		assertThat(count("SELECT count(*) FROM content_draft WHERE kind = 'areas' AND item_key = '" + id + "'"))
			.isZero();
		assertThat(this.jdbc.queryForList(
				"SELECT event FROM content_draft_event WHERE kind = 'areas' AND item_key = ? " + "ORDER BY id",
				String.class, String.valueOf(id)))
			.containsExactly("SUBMITTED", "RETURNED", "SUBMITTED", "PUBLISHED");
	}

	@Test
	void aWritersNewItemGoesToTheQueueAndIsPublishedFromIt() throws Exception {
		Map<String, String> fields = AdminForms.area("Test New From Writer");
		fields.put("status", "DRAFT");
		fields.put("action", "submit");
		this.mvc.perform(AdminForms.submit("/admin/areas/new", fields).with(this.writer))
			.andExpect(status().is3xxRedirection());
		long id = this.jdbc.queryForObject("SELECT id FROM cooperation_area WHERE name = 'Test New From Writer'",
				Long.class);
		assertThat(statusOf(id)).isEqualTo("DRAFT");
		assertThat(page("/admin", this.editor)).contains("Test New From Writer");
		assertThat(page("/admin/areas/" + id + "/edit", this.writer)).contains("Draft — submitted for review")
			.doesNotContain("Published — unpublished changes");
		assertThat(page("/admin/areas?q=Writer", this.editor)).contains("Draft — submitted for review");

		this.mvc
			.perform(post("/admin/areas/" + id + "/draft/publish").with(csrf())
				.with(this.editor)
				.param("draftVersion", draftVersion(id)))
			.andExpect(status().is3xxRedirection());
		assertThat(statusOf(id)).isEqualTo("PUBLISHED");
		this.mvc.perform(get("/areas/test-new-from-writer").with(anonymous())).andExpect(status().isOk());
	}

	@Test
	void aDraftSavedAgainAfterTheReviewerOpenedItIsNotPublishedUnseen() throws Exception {
		long id = area("Test Moving Draft", "PUBLISHED");
		HtmlForm form = HtmlForm.of(page("/admin/areas/" + id + "/edit", this.writer));
		this.mvc.perform(form.set("summary", "Seen.").press("action", "submit").with(this.writer))
			.andExpect(status().is3xxRedirection());
		String seen = draftVersion(id);
		HtmlForm again = HtmlForm.of(page("/admin/areas/" + id + "/edit", this.writer));
		this.mvc.perform(again.set("summary", "Unseen.").press("action", "save").with(this.writer))
			.andExpect(status().is3xxRedirection());

		this.mvc
			.perform(post("/admin/areas/" + id + "/draft/publish").with(csrf())
				.with(this.editor)
				.param("draftVersion", seen))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The draft was saved again after you opened it.")));
		this.mvc.perform(get("/areas/test-moving-draft").with(anonymous()))
			.andExpect(content().string(not(containsString("Unseen."))));
	}

	@Test
	void overlongNotesAndForgedVersionsAreRefusedWithAMessageAndTheInputKept() throws Exception {
		long id = area("Test Hostile Review", "PUBLISHED");
		HtmlForm form = HtmlForm.of(page("/admin/areas/" + id + "/edit", this.writer));
		String note = "注".repeat(501);
		this.mvc.perform(form.set("reviewNote", note).press("action", "submit").with(this.writer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("at most 500 characters")))
			.andExpect(content().string(containsString(note)));
		this.mvc.perform(form.set("reviewNote", "Fine").press("action", "submit").with(this.writer))
			.andExpect(status().is3xxRedirection());

		String comment = "x".repeat(2001);
		this.mvc.perform(
				post("/admin/areas/" + id + "/draft/return").with(csrf()).with(this.editor).param("comment", comment))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("at most 2,000 characters")))
			.andExpect(content().string(containsString(comment)));
		this.mvc
			.perform(post("/admin/areas/" + id + "/draft/publish").with(csrf())
				.with(this.editor)
				.param("draftVersion", "abc"))
			.andExpect(status().isBadRequest());
		this.mvc.perform(form.set("draftVersion", "<script>").press("action", "save").with(this.writer))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<script>"))));
		assertThat(count("SELECT count(*) FROM content_draft WHERE kind = 'areas' AND item_key = '" + id
				+ "' AND submitted_at IS NOT NULL"))
			.isOne();
	}

	private long area(String name, String status) throws Exception {
		Map<String, String> fields = AdminForms.area(name);
		fields.put("status", status);
		this.mvc.perform(AdminForms.submit("/admin/areas/new", fields).with(this.editor))
			.andExpect(status().is3xxRedirection());
		return this.jdbc.queryForObject("SELECT id FROM cooperation_area WHERE name = ?", Long.class, name);
	}

	private String page(String path, RequestPostProcessor user) throws Exception {
		return this.mvc.perform(get(path).with(user))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private int count(String sql) {
		return this.jdbc.queryForObject(sql, Integer.class);
	}

	private String statusOf(long id) {
		return this.jdbc.queryForObject("SELECT status FROM cooperation_area WHERE id = ?", String.class, id);
	}

	private String version(long id) {
		return String
			.valueOf(this.jdbc.queryForObject("SELECT version FROM cooperation_area WHERE id = ?", Long.class, id));
	}

	private String draftVersion(long id) {
		return String
			.valueOf(this.jdbc.queryForObject("SELECT version FROM content_draft WHERE kind = 'areas' AND item_key = ?",
					Long.class, String.valueOf(id)));
	}

}
