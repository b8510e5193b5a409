package com.londonbeijing.portal.translation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.londonbeijing.portal.account.Role;
import com.londonbeijing.portal.test.AdminForms;
import com.londonbeijing.portal.test.PortalIntegrationTest;
import com.londonbeijing.portal.test.TestAccounts;
import com.londonbeijing.portal.test.WebClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Editors type the Chinese beside the English; visitors of the Chinese site read it, or
 * the English marked as such where there is none; a change to the English makes the
 * Chinese "out of date" on the form and in the overview.
 */
@PortalIntegrationTest
@AutoConfigureMockMvc
class TranslationTests {

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@RegisterExtension
	TestAccounts accounts = new TestAccounts();

	RequestPostProcessor editor;

	WebClient web;

	@BeforeEach
	void setUp() {
		this.editor = user(this.accounts.create("translator", Role.EDITOR).getUsername()).roles("EDITOR");
		this.web = new WebClient(this.port);
	}

	@AfterEach
	void removeTestAreas() {
		this.jdbc.sql("DELETE FROM cooperation_area WHERE slug LIKE 'test-%'").update();
	}

	@Test
	void chineseTypedInTheAdminShowsOnTheChinesePageAndGoesOutOfDateWhenTheEnglishChanges() throws Exception {
		Map<String, String> fields = AdminForms.area("Test Health Research");
		fields.put("slug", "test-health-research");
		fields.put("summary", "Joint work on public health.");
		fields.put("body", "");
		fields.put("benefits[0]", "Shared trials");
		fields.put("chinese[name]", "卫生研究");
		fields.put("chinese[summary]", "公共卫生领域的合作。");
		this.mvc.perform(AdminForms.submit("/admin/areas/new", fields).with(this.editor))
			.andExpect(status().is3xxRedirection());
		long id = this.jdbc.sql("SELECT id FROM cooperation_area WHERE slug = 'test-health-research'")
			.query(Long.class)
			.single();

		String chinese = this.web.get("/zh/areas/test-health-research").body();
		assertThat(chinese).contains("<h1>卫生研究</h1>")
			.contains("公共卫生领域的合作。")
			.contains("<li lang=\"en\">Shared trials</li>")
			.contains("尚未翻译成中文，以下显示英文原文。");
		assertThat(this.web.get("/areas/test-health-research").body()).contains("<h1>Test Health Research</h1>")
			.doesNotContain("卫生研究");
		assertThat(overviewRow("Test Health Research")).contains("<td class=\"num\">2</td>\n"
				+ "          <td class=\"num\">0</td>\n" + "          <td class=\"num\">1</td>");

		// The English summary changes; the Chinese is saved again unchanged.
		fields.put("summary", "Joint work on public health and medicine.");
		fields.put("version", version(id));
		fields.put("action", "publish"); // published at once, not kept as a draft
		this.mvc.perform(AdminForms.submit("/admin/areas/" + id + "/edit", fields).with(this.editor))
			.andExpect(status().is3xxRedirection());

		assertThat(overviewRow("Test Health Research")).contains("<td class=\"num\">1</td>\n"
				+ "          <td class=\"num\">1</td>\n" + "          <td class=\"num\">1</td>");
		String form = this.mvc.perform(get("/admin/areas/" + id + "/edit").with(this.editor))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(form).contains("Out of date: the English has changed since this was translated.")
			.contains("value=\"卫生研究\"");
		// Visitors still get the Chinese they had until a translator updates it.
		assertThat(this.web.get("/zh/areas/test-health-research").body()).contains("公共卫生领域的合作。");

		// Updating the Chinese makes it current again.
		fields.put("chinese[summary]", "公共卫生和医学领域的合作。");
		fields.put("version", version(id));
		fields.put("action", "publish"); // published at once, not kept as a draft
		this.mvc.perform(AdminForms.submit("/admin/areas/" + id + "/edit", fields).with(this.editor))
			.andExpect(status().is3xxRedirection());
		assertThat(overviewRow("Test Health Research")).contains("<td class=\"num\">2</td>\n"
				+ "          <td class=\"num\">0</td>\n" + "          <td class=\"num\">1</td>");
		assertThat(this.web.get("/zh/areas/test-health-research").body()).contains("公共卫生和医学领域的合作。");
	}

	@Test
	void clearingTheChineseFallsBackToEnglishMarkedAsEnglish() throws Exception {
		Map<String, String> fields = AdminForms.area("Test Fallback");
		fields.put("slug", "test-fallback");
		fields.put("chinese[name]", "回退测试");
		this.mvc.perform(AdminForms.submit("/admin/areas/new", fields).with(this.editor))
			.andExpect(status().is3xxRedirection());
		long id = this.jdbc.sql("SELECT id FROM cooperation_area WHERE slug = 'test-fallback'")
			.query(Long.class)
			.single();
		assertThat(this.web.get("/zh/areas/test-fallback").body()).contains("<h1>回退测试</h1>");

		fields.put("chinese[name]", "");
		fields.put("version", version(id));
		fields.put("action", "publish"); // published at once, not kept as a draft
		this.mvc.perform(AdminForms.submit("/admin/areas/" + id + "/edit", fields).with(this.editor))
			.andExpect(status().is3xxRedirection());

		assertThat(this.web.get("/zh/areas/test-fallback").body()).contains("<h1 lang=\"en\">Test Fallback</h1>")
			.contains("尚未翻译");
		assertThat(this.jdbc.sql("SELECT count(*) FROM translation WHERE kind = 'area' AND item_id = ?")
			.param(id)
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void seededAreasAndTopicsReadInChinese() {
		assertThat(this.web.get("/zh/areas").body()).contains("贸易与投资")
			.contains("教育与科研")
			.contains("文化交流")
			.contains("科技与创新")
			.contains("伦敦是全球金融中心，吸引了来自北京的大量投资。");
		assertThat(this.web.get("/zh/meetings/2024-10-18-wang-yi-david-lammy").body()).contains("台湾").contains("双边关系");
		assertThat(this.web.get("/zh/areas/education-and-research").body()).contains("教育合作的成效")
			.contains("融入多元的学术生态")
			.doesNotContain("尚未翻译");
	}

	@Test
	void deletingAnItemDeletesItsTranslations() throws Exception {
		Map<String, String> fields = AdminForms.area("Test Deleted");
		fields.put("slug", "test-deleted");
		fields.put("chinese[name]", "将被删除");
		this.mvc.perform(AdminForms.submit("/admin/areas/new", fields).with(this.editor))
			.andExpect(status().is3xxRedirection());
		this.jdbc.sql("DELETE FROM cooperation_area WHERE slug = 'test-deleted'").update();

		assertThat(this.jdbc.sql("SELECT count(*) FROM translation WHERE text = '将被删除'").query(Integer.class).single())
			.isZero();
	}

	@Test
	void meetingFormOffersChineseBesideEveryTextAndTheChinesePageShowsIt() throws Exception {
		long id = this.jdbc.sql("SELECT id FROM meeting WHERE slug = '2024-10-18-wang-yi-david-lammy'")
			.query(Long.class)
			.single();
		String form = this.mvc.perform(get("/admin/meetings/" + id + "/edit").with(this.editor))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		long participant = this.jdbc
			.sql("SELECT id FROM meeting_participant WHERE meeting_id = ? ORDER BY position LIMIT 1")
			.param(id)
			.query(Long.class)
			.single();
		long statement = this.jdbc
			.sql("SELECT id FROM meeting_statement WHERE meeting_id = ? ORDER BY position LIMIT 1")
			.param(id)
			.query(Long.class)
			.single();
		// List rows are named by their identity, not their position.
		assertThat(form).contains("name=\"chinese[title]\"")
			.contains("name=\"chinese[participantOffice" + participant + "]\"")
			.contains("name=\"chinese[statement" + statement + "]\"");

		String english = this.jdbc.sql("SELECT title FROM meeting WHERE id = ?").param(id).query(String.class).single();
		this.jdbc
			.sql("INSERT INTO translation (kind, item_id, field, locale, text, source_hash) "
					+ "VALUES ('meeting', ?, 'title', 'zh-CN', '加强中英关系：新篇章', ?)")
			.params(id, Translations.hash(english))
			.update();
		try {
			assertThat(this.web.get("/zh/meetings/2024-10-18-wang-yi-david-lammy").body())
				.contains("<h1>加强中英关系：新篇章</h1>")
				.contains("<title>加强中英关系：新篇章 – 伦敦—北京合作门户</title>");
			assertThat(this.web.get("/zh/meetings").body()).contains(">加强中英关系：新篇章</a>");
		}
		finally {
			this.jdbc.sql("DELETE FROM translation WHERE kind = 'meeting' AND item_id = ? AND field = 'title'")
				.param(id)
				.update();
		}
	}

	@Test
	void overviewListsEveryItemOncePageByPage() throws Exception {
		this.jdbc.sql("""
				INSERT INTO topic (slug, name) SELECT 'test-overview-' || n, 'Test overview topic ' || n
				FROM generate_series(1, ?) AS n""").param(Translations.OVERVIEW_PAGE_SIZE).update();
		try {
			long items = this.jdbc.sql("""
					SELECT (SELECT count(*) FROM cooperation_area) + (SELECT count(*) FROM case_study)
					     + (SELECT count(*) FROM meeting) + (SELECT count(*) FROM topic)""").query(Long.class).single();
			long pages = (items + Translations.OVERVIEW_PAGE_SIZE - 1) / Translations.OVERVIEW_PAGE_SIZE;
			List<String> rows = new ArrayList<>();
			for (int page = 1; page <= pages; page++) {
				Document html = Jsoup.parse(overview("/admin/translations?page=" + page));
				assertThat(html.select(".pagination p").text()).isEqualTo("Page " + page + " of " + pages);
				Elements pageRows = html.select("tbody tr");
				assertThat(pageRows).hasSize((page < pages) ? Translations.OVERVIEW_PAGE_SIZE
						: (int) (items - (pages - 1) * Translations.OVERVIEW_PAGE_SIZE));
				pageRows.forEach((row) -> rows.add(row.select("td").first().text() + ": " + row.select("th").text()));
			}

			assertThat(rows).as("every item once").hasSize((int) items).doesNotHaveDuplicates();
			assertThat(rows.get(0)).startsWith("Cooperation areas: ");
			assertThat(rows.get(rows.size() - 1)).startsWith("Topics: ");
			assertThat(Jsoup.parse(overview("/admin/translations?page=999")).select(".pagination p").text())
				.as("past the end: the last page")
				.isEqualTo("Page " + pages + " of " + pages);
		}
		finally {
			this.jdbc.sql("DELETE FROM topic WHERE slug LIKE 'test-overview-%'").update();
		}
	}

	private String overview(String path) throws Exception {
		return this.mvc.perform(get(path).with(this.editor))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private String overviewRow(String label) throws Exception {
		String page = this.mvc.perform(get("/admin/translations").with(this.editor))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		int start = page.indexOf(">" + label + "</a>");
		assertThat(start).as("row of " + label).isPositive();
		return page.substring(start, page.indexOf("</tr>", start));
	}

	private String version(long id) {
		return this.jdbc.sql("SELECT version FROM cooperation_area WHERE id = ?")
			.param(id)
			.query(Long.class)
			.single()
			.toString();
	}

}
