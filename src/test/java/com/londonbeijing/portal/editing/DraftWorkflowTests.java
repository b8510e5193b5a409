package com.londonbeijing.portal.editing;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.londonbeijing.portal.account.Role;
import com.londonbeijing.portal.test.AdminForms;
import com.londonbeijing.portal.test.HtmlChecker;
import com.londonbeijing.portal.test.HtmlForm;
import com.londonbeijing.portal.test.PortalIntegrationTest;
import com.londonbeijing.portal.test.TestAccounts;
import com.londonbeijing.portal.test.WebSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
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
 * Changing what visitors see safely: a change to a published item is a draft beside it
 * until it is published, can be previewed and discarded, and goes through review when a
 * writer makes it.
 */
@PortalIntegrationTest
@AutoConfigureMockMvc
class DraftWorkflowTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

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
	void removeTestItems() {
		this.jdbc.update("DELETE FROM content_draft WHERE kind = 'areas' AND item_key IN "
				+ "(SELECT id::text FROM cooperation_area WHERE slug LIKE 'test-%')");
		this.jdbc.update("DELETE FROM content_draft_event WHERE kind = 'areas' AND item_key IN "
				+ "(SELECT id::text FROM cooperation_area WHERE slug LIKE 'test-%')");
		this.jdbc.update("DELETE FROM cooperation_area WHERE slug LIKE 'test-%'");
	}

	@Test
	void theLivePageStaysUnchangedWhileADraftExistsAndChangesOnceItIsPublished() throws Exception {
		long id = publishedArea("Test Draft Area", "The published summary.", "已发布的摘要。");

		HtmlForm form = HtmlForm.of(page("/admin/areas/" + id + "/edit"));
		form.set("summary", "The draft summary.").set("chinese[summary]", "草稿摘要。");
		this.mvc.perform(form.press("action", "save").with(this.editor)).andExpect(redirectedUrl("/admin/areas"));

		assertThat(this.jdbc.queryForObject("SELECT summary FROM cooperation_area WHERE id = ?", String.class, id))
			.isEqualTo("The published summary.");
		assertThat(draftCount(id)).isOne();
		visitorSees("/areas/test-draft-area", "The published summary.", "The draft summary.");
		visitorSees("/zh/areas/test-draft-area", "已发布的摘要。", "草稿摘要。");

		String edit = page("/admin/areas/" + id + "/edit");
		assertThat(edit).contains("Published — unpublished changes").contains("The draft summary.");
		assertThat(HtmlForm.of(edit).get("chinese[summary]")).isEqualTo("草稿摘要。");
		assertThat(page("/admin/areas?q=Draft")).contains("Published — unpublished changes");
		assertThat(page("/admin")).contains("Test Draft Area");

		WebSession browser = signedInEditor();
		for (String path : new String[] { "/admin/areas/" + id + "/edit", "/admin/areas/" + id + "/draft",
				"/admin/areas/" + id + "/history", "/admin/areas/" + id + "/draft/preview",
				"/admin/areas/" + id + "/draft/preview?lang=zh", "/admin", "/admin/areas", "/admin/texts" }) {
			HttpResponse<String> response = browser.get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			List<HtmlChecker.Message> errors = HtmlChecker.errors(response.body().getBytes(StandardCharsets.UTF_8));
			assertThat(errors).overridingErrorMessage(() -> HtmlChecker.report(path, errors)).isEmpty();
		}

		String review = page("/admin/areas/" + id + "/draft");
		assertThat(review).contains("The published summary.").contains("The draft summary.");
		this.mvc
			.perform(post("/admin/areas/" + id + "/draft/publish").with(csrf())
				.with(this.editor)
				.param("draftVersion", draftVersion(id)))
			.andExpect(redirectedUrl("/admin/areas"));

		visitorSees("/areas/test-draft-area", "The draft summary.", "The published summary.");
		visitorSees("/zh/areas/test-draft-area", "草稿摘要。", "已发布的摘要。");
		assertThat(draftCount(id)).isZero();
		assertThat(this.jdbc.queryForObject("SELECT status FROM cooperation_area WHERE id = ?", String.class, id))
			.isEqualTo("PUBLISHED");
		assertThat(page("/admin/areas/" + id + "/history")).contains("Draft published").contains("Draft saved");
	}

	@Test
	void discardingADraftKeepsThePublishedVersion() throws Exception {
		long id = publishedArea("Test Discarded", "Kept summary.", null);
		HtmlForm form = HtmlForm.of(page("/admin/areas/" + id + "/edit"));
		this.mvc.perform(form.set("summary", "Unwanted summary.").press("action", "save").with(this.editor))
			.andExpect(status().is3xxRedirection());

		this.mvc.perform(post("/admin/areas/" + id + "/draft/discard").with(csrf()).with(this.editor))
			.andExpect(redirectedUrl("/admin/areas/" + id + "/edit"));

		assertThat(draftCount(id)).isZero();
		assertThat(page("/admin/areas/" + id + "/edit")).contains("Kept summary.")
			.doesNotContain("Unwanted summary.")
			.doesNotContain("Published — unpublished changes");
		visitorSees("/areas/test-discarded", "Kept summary.", "Unwanted summary.");
	}

	@Test
	void previewShowsTheDraftInBothLanguagesNeverStoredNorIndexed() throws Exception {
		long id = publishedArea("Test Preview", "Live summary.", "在线摘要。");
		visitorSees("/areas/test-preview", "Live summary.", "Preview summary."); // cached
																					// now
		HtmlForm form = HtmlForm.of(page("/admin/areas/" + id + "/edit"));
		this.mvc
			.perform(form.set("summary", "Preview summary.")
				.set("chinese[summary]", "预览摘要。")
				.press("action", "save")
				.with(this.editor))
			.andExpect(status().is3xxRedirection());

		// MockMvc does not follow the forward to the public page: a real browser's
		// session.
		WebSession browser = signedInEditor();
		HttpResponse<String> english = browser.get("/admin/areas/" + id + "/draft/preview");
		assertThat(english.statusCode()).isEqualTo(200);
		assertThat(english.headers().firstValue("Cache-Control")).hasValue("no-store");
		assertThat(english.headers().firstValue("X-Robots-Tag"))
			.hasValueSatisfying((value) -> assertThat(value).contains("noindex"));
		assertThat(english.body()).contains("<meta name=\"robots\" content=\"noindex\">")
			.contains("Preview: this is how visitors will see the page")
			.contains("Preview summary.")
			.doesNotContain("Live summary.");
		HttpResponse<String> chinese = browser.get("/admin/areas/" + id + "/draft/preview?lang=zh");
		assertThat(chinese.statusCode()).isEqualTo(200);
		assertThat(chinese.headers().firstValue("Cache-Control")).hasValue("no-store");
		assertThat(chinese.body()).contains("预览摘要。").contains("lang=\"zh-CN\"").doesNotContain("在线摘要。");

		// Nothing of the preview was stored: not the values, not a cached page.
		assertThat(this.jdbc.queryForObject("SELECT summary FROM cooperation_area WHERE id = ?", String.class, id))
			.isEqualTo("Live summary.");
		visitorSees("/areas/test-preview", "Live summary.", "Preview summary.");
		visitorSees("/zh/areas/test-preview", "在线摘要。", "预览摘要。");
	}

	/**
	 * Every kind's form survives being kept as a draft: a draft saved without changes
	 * reads back the same as the published version, and previews.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "/admin/areas/2", "/admin/trade/3", "/admin/case-studies/2", "/admin/meetings/1",
			"/admin/texts/home.intro" })
	void everyKindKeepsItsFormWholeInADraftAndPreviewsIt(String item) throws Exception {
		String[] parts = item.split("/");
		try {
			HtmlForm form = HtmlForm.of(page(item + "/edit"));
			this.mvc.perform(form.set("changeNote", "Only a note").press("action", "save").with(this.editor))
				.andExpect(status().is3xxRedirection());
			assertThat(this.jdbc.queryForObject("SELECT count(*) FROM content_draft WHERE kind = ? AND item_key = ?",
					Integer.class, parts[2], parts[3]))
				.isOne();

			assertThat(page(item + "/draft")).contains("The draft is the same as the published version.");
			assertThat(page("/admin/" + parts[2])).contains("Published — unpublished changes");
			WebSession browser = signedInEditor();
			HttpResponse<String> preview = browser.get(item + "/draft/preview");
			assertThat(preview.statusCode()).isEqualTo(200);
			assertThat(preview.body()).contains("Preview: this is how visitors will see the page");
			assertThat(browser.get(item + "/draft/preview?lang=zh").body()).contains("预览：草稿发布后");
			this.mvc.perform(post(item + "/draft/discard").with(csrf()).with(this.editor))
				.andExpect(status().is3xxRedirection());
		}
		finally {
			this.jdbc.update("DELETE FROM content_draft WHERE kind = ? AND item_key = ?", parts[2], parts[3]);
			this.jdbc.update("DELETE FROM content_draft_event WHERE kind = ? AND item_key = ?", parts[2], parts[3]);
		}
	}

	@Test
	void aNeverPublishedItemIsStillEditedDirectly() throws Exception {
		Map<String, String> fields = AdminForms.area("Test Still Draft");
		fields.put("status", "DRAFT");
		this.mvc.perform(AdminForms.submit("/admin/areas/new", fields).with(this.editor))
			.andExpect(status().is3xxRedirection());
		long id = this.jdbc.queryForObject("SELECT id FROM cooperation_area WHERE slug = 'test-still-draft'",
				Long.class);

		HtmlForm form = HtmlForm.of(page("/admin/areas/" + id + "/edit"));
		this.mvc.perform(form.set("summary", "Changed at once.").press("action", "save").with(this.editor))
			.andExpect(status().is3xxRedirection());

		assertThat(this.jdbc.queryForObject("SELECT summary FROM cooperation_area WHERE id = ?", String.class, id))
			.isEqualTo("Changed at once.");
		assertThat(draftCount(id)).isZero();
	}

	@Test
	void anEditorPublishesAChangeStraightFromTheForm() throws Exception {
		long id = publishedArea("Test Publish Now", "Before.", null);
		HtmlForm form = HtmlForm.of(page("/admin/areas/" + id + "/edit"));
		assertThat(page("/admin/areas/" + id + "/edit")).contains("Publish now");

		this.mvc.perform(form.set("summary", "After.").press("action", "publish").with(this.editor))
			.andExpect(redirectedUrl("/admin/areas"));

		visitorSees("/areas/test-publish-now", "After.", "Before.");
		assertThat(draftCount(id)).isZero();
	}

	@Test
	void twoEditorsSavingTheSameDraftSeeTheConflict() throws Exception {
		long id = publishedArea("Test Draft Conflict", "Live.", null);
		String opened = page("/admin/areas/" + id + "/edit");
		this.mvc.perform(HtmlForm.of(opened).set("summary", "First draft.").press("action", "save").with(this.editor))
			.andExpect(status().is3xxRedirection());
		HtmlForm first = HtmlForm.of(page("/admin/areas/" + id + "/edit"));
		HtmlForm second = HtmlForm.of(page("/admin/areas/" + id + "/edit"));
		this.mvc.perform(first.set("summary", "Second draft.").press("action", "save").with(this.editor))
			.andExpect(status().is3xxRedirection());

		this.mvc.perform(second.set("summary", "Third draft.").press("action", "save").with(this.editor))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else has changed this item")))
			.andExpect(content().string(containsString("Second draft.")))
			.andExpect(content().string(containsString("Third draft.")));
		// A form opened before the draft existed meets it as a conflict too.
		this.mvc.perform(HtmlForm.of(opened).set("summary", "Stale.").press("action", "save").with(this.editor))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else has changed this item")));
		assertThat(this.jdbc.queryForObject("SELECT form FROM content_draft WHERE kind = 'areas' AND item_key = ?",
				String.class, String.valueOf(id)))
			.contains("Second draft.");
	}

	@Test
	void anAdministratorGivesAnAccountTheWriterRole() throws Exception {
		RequestPostProcessor admin = user(this.accounts.create("admin", Role.ADMIN).getUsername()).roles("ADMIN");
		String username = this.accounts.uniqueUsername("new-writer");
		assertThat(this.mvc.perform(get("/admin/users/new").with(admin)).andReturn().getResponse().getContentAsString())
			.contains("value=\"WRITER\"")
			.contains("Writer");

		this.mvc
			.perform(post("/admin/users/new").with(csrf())
				.with(admin)
				.param("username", username)
				.param("role", "WRITER")
				.param("enabled", "true")
				.param("password", TestAccounts.PASSWORD)
				.param("confirmPassword", TestAccounts.PASSWORD))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("SELECT role FROM account WHERE lower(username) = lower(?)", String.class,
				username))
			.isEqualTo("WRITER");
		assertThat(
				this.jdbc.queryForObject("SELECT role FROM account WHERE username = ?", String.class, this.editorName))
			.as("existing roles untouched")
			.isEqualTo("EDITOR");
	}

	private WebSession signedInEditor() {
		WebSession browser = new WebSession(this.port);
		browser.signIn(this.editorName, TestAccounts.PASSWORD);
		return browser;
	}

	private long publishedArea(String name, String summary, String chineseSummary) throws Exception {
		Map<String, String> fields = AdminForms.area(name);
		fields.put("summary", summary);
		if (chineseSummary != null) {
			fields.put("chinese[summary]", chineseSummary);
		}
		this.mvc.perform(AdminForms.submit("/admin/areas/new", fields).with(this.editor))
			.andExpect(status().is3xxRedirection());
		return this.jdbc.queryForObject("SELECT id FROM cooperation_area WHERE name = ?", Long.class, name);
	}

	private String page(String path) throws Exception {
		MvcResult result = this.mvc.perform(get(path).with(this.editor)).andExpect(status().isOk()).andReturn();
		return result.getResponse().getContentAsString();
	}

	private void visitorSees(String path, String shown, String notShown) throws Exception {
		this.mvc.perform(get(path).with(anonymous()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(shown)))
			.andExpect(content().string(not(containsString(notShown))));
	}

	private int draftCount(long id) {
		return this.jdbc.queryForObject("SELECT count(*) FROM content_draft WHERE kind = 'areas' AND item_key = ?",
				Integer.class, String.valueOf(id));
	}

	private String draftVersion(long id) {
		return String
			.valueOf(this.jdbc.queryForObject("SELECT version FROM content_draft WHERE kind = 'areas' AND item_key = ?",
					Long.class, String.valueOf(id)));
	}

}
