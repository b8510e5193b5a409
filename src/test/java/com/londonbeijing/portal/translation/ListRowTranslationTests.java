package com.londonbeijing.portal.translation;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.londonbeijing.portal.account.Role;
import com.londonbeijing.portal.test.HtmlForm;
import com.londonbeijing.portal.test.PortalIntegrationTest;
import com.londonbeijing.portal.test.TestAccounts;
import com.londonbeijing.portal.test.WebClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The Chinese of a list row stays with the row: editors add, move and remove benefits,
 * outcomes, metric rows, participants and statements with the form's buttons (as without
 * JavaScript), and the Chinese page shows each row's Chinese beside its own English. A
 * row's Chinese that is older than its English is flagged on that row only, and readers
 * of the Chinese page are told the English changed, with a link to it.
 */
@PortalIntegrationTest
@AutoConfigureMockMvc
class ListRowTranslationTests {

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@RegisterExtension
	TestAccounts accounts = new TestAccounts();

	RequestPostProcessor editor;

	@BeforeEach
	void setUp() {
		this.editor = user(this.accounts.create("row-translator", Role.EDITOR).getUsername()).roles("EDITOR");
	}

	@AfterEach
	void removeTestItems() {
		this.jdbc.sql("DELETE FROM cooperation_area WHERE slug LIKE 'test-%'").update();
		this.jdbc.sql("DELETE FROM case_study WHERE slug LIKE 'test-%'").update();
		this.jdbc.sql("DELETE FROM meeting WHERE slug LIKE 'test-%'").update();
	}

	@Test
	void benefitsKeepTheirChineseWhenMovedOrRemoved() throws Exception {
		HtmlForm form = form(get("/admin/areas/new")).set("name", "Test Row Benefits")
			.set("slug", "test-row-benefits")
			.set("status", "PUBLISHED");
		for (int i = 0; i < 3; i++) {
			form = form(form.press("edit", "add:benefits"));
		}
		String[][] rows = { { "Benefit A", "好处甲" }, { "Benefit B", "好处乙" }, { "Benefit C", "好处丙" } };
		for (int i = 0; i < rows.length; i++) {
			form.set("benefits[" + i + "]", rows[i][0])
				.set("chinese[benefit" + form.get("benefitKeys[" + i + "]") + "]", rows[i][1]);
		}
		long id = saveAndContinue(form);
		assertThat(listed("/zh/areas/test-row-benefits", "#benefits-heading ~ ul li")).containsExactly("好处甲", "好处乙",
				"好处丙");

		form = form(get("/admin/areas/" + id + "/edit"));
		form = form(form.press("edit", "up:benefits:2"));
		form = form(form.press("edit", "remove:benefits:0"));
		assertThat(form.get("benefits[0]")).isEqualTo("Benefit C");
		assertThat(form.get("chinese[benefit" + form.get("benefitKeys[0]") + "]")).as("the form moves the Chinese too")
			.isEqualTo("好处丙");
		saveAndContinue(form);

		assertThat(listed("/zh/areas/test-row-benefits", "#benefits-heading ~ ul li")).containsExactly("好处丙", "好处乙");
		assertThat(listed("/areas/test-row-benefits", "#benefits-heading ~ ul li")).containsExactly("Benefit C",
				"Benefit B");
		assertThat(translations("area", id)).as("the removed row's Chinese went with it")
			.containsExactlyInAnyOrder("好处乙", "好处丙");
	}

	@Test
	void outcomesAndMetricRowsKeepTheirChineseWhenMovedOrRemoved() throws Exception {
		HtmlForm form = form(get("/admin/case-studies/new")).set("title", "Test Row Case")
			.set("slug", "test-row-case")
			.set("summary", "A summary.")
			.set("status", "PUBLISHED");
		for (int i = 0; i < 3; i++) {
			form = form(form.press("edit", "add:outcomes"));
			form = form(form.press("edit", "add:metrics"));
		}
		for (int i = 0; i < 3; i++) {
			String outcome = form.get("outcomeKeys[" + i + "]");
			String metric = form.get("metrics[" + i + "].key");
			form.set("outcomes[" + i + "]", "Outcome " + i)
				.set("chinese[outcome" + outcome + "]", "成果" + i)
				.set("metrics[" + i + "].projectName", "Project " + i)
				.set("metrics[" + i + "].sector", "Sector " + i)
				.set("metrics[" + i + "].outcome", "Result " + i)
				.set("chinese[metricProject" + metric + "]", "项目" + i)
				.set("chinese[metricSector" + metric + "]", "领域" + i)
				.set("chinese[metricOutcome" + metric + "]", "结果" + i);
		}
		long id = saveAndContinue(form);
		assertThat(listed("/zh/case-studies/test-row-case", "#outcomes-heading ~ ul li")).containsExactly("成果0", "成果1",
				"成果2");
		assertThat(listed("/zh/case-studies/test-row-case", "table tbody tr")).containsExactly("项目0 领域0 结果0",
				"项目1 领域1 结果1", "项目2 领域2 结果2");

		form = form(get("/admin/case-studies/" + id + "/edit"));
		form = form(form.press("edit", "down:outcomes:0"));
		form = form(form.press("edit", "remove:outcomes:2"));
		form = form(form.press("edit", "up:metrics:2"));
		form = form(form.press("edit", "up:metrics:1"));
		form = form(form.press("edit", "remove:metrics:1"));
		saveAndContinue(form);

		assertThat(listed("/zh/case-studies/test-row-case", "#outcomes-heading ~ ul li")).containsExactly("成果1", "成果0");
		assertThat(listed("/zh/case-studies/test-row-case", "table tbody tr")).containsExactly("项目2 领域2 结果2",
				"项目1 领域1 结果1");
		assertThat(listed("/case-studies/test-row-case", "table tbody tr"))
			.containsExactly("Project 2 Sector 2 Result 2", "Project 1 Sector 1 Result 1");
		assertThat(translations("case-study", id)).containsExactlyInAnyOrder("成果1", "成果0", "项目2", "领域2", "结果2", "项目1",
				"领域1", "结果1");
	}

	@Test
	void participantsAndStatementsKeepTheirChineseWhenMovedOrRemoved() throws Exception {
		HtmlForm form = form(get("/admin/meetings/new")).set("title", "Test Row Meeting")
			.set("slug", "test-row-meeting")
			.set("date", "2023-05-01")
			.set("venue", "Lancaster House")
			.set("city", "London")
			.set("summary", "A summary.")
			.set("status", "PUBLISHED");
		form = form(form.press("edit", "add:topics")).set("topics[0]", "Trade");
		for (int i = 0; i < 3; i++) {
			form = form(form.press("edit", "add:participants"));
			form = form(form.press("edit", "add:statements"));
		}
		String[] sides = { "UK", "CHINA", "UK" };
		for (int i = 0; i < 3; i++) {
			form.set("participants[" + i + "].name", "Minister " + i)
				.set("participants[" + i + "].office", "Office " + i)
				.set("participants[" + i + "].side", sides[i])
				.set("statements[" + i + "].speaker", "both")
				.set("statements[" + i + "].text", "Statement " + i)
				.set("statements[" + i + "].topics", "Trade");
		}
		List<String> offices = form.names("chinese[participantOffice");
		List<String> statements = form.names("chinese[statement");
		for (int i = 0; i < 3; i++) {
			form.set(offices.get(i), "职务" + i).set(statements.get(i), "发言" + i);
		}
		long id = saveAndContinue(form);
		assertThat(listed("/zh/meetings/test-row-meeting", ".side--joint blockquote")).containsExactly("发言0", "发言1",
				"发言2");
		assertThat(listed("/zh/meetings/test-row-meeting", "#participants-heading ~ .sides li"))
			.containsExactly("Minister 0, 职务0", "Minister 2, 职务2", "Minister 1, 职务1");

		form = form(get("/admin/meetings/" + id + "/edit"));
		form = form(form.press("edit", "up:statements:2"));
		form = form(form.press("edit", "remove:statements:0"));
		form = form(form.press("edit", "up:participants:2"));
		form = form(form.press("edit", "remove:participants:0"));
		saveAndContinue(form);

		assertThat(listed("/zh/meetings/test-row-meeting", ".side--joint blockquote")).containsExactly("发言2", "发言1");
		assertThat(listed("/zh/meetings/test-row-meeting", "#participants-heading ~ .sides li"))
			.containsExactly("Minister 2, 职务2", "Minister 1, 职务1");
		assertThat(translations("meeting", id)).containsExactlyInAnyOrder("发言2", "发言1", "职务2", "职务1");
	}

	@Test
	void aRowWhoseEnglishChangedIsFlaggedAloneAndReadersAreSentToTheEnglish() throws Exception {
		HtmlForm form = form(get("/admin/areas/new")).set("name", "Test Row Outdated")
			.set("slug", "test-row-outdated")
			.set("status", "PUBLISHED")
			.set("chinese[name]", "过时测试");
		form = form(form.press("edit", "add:benefits"));
		form = form(form.press("edit", "add:benefits"));
		String first = form.get("benefitKeys[0]");
		String second = form.get("benefitKeys[1]");
		form.set("benefits[0]", "Kept benefit")
			.set("chinese[benefit" + first + "]", "不变")
			.set("benefits[1]", "Changed benefit")
			.set("chinese[benefit" + second + "]", "将过时");
		long id = saveAndContinue(form);
		assertThat(Jsoup.parse(page("/zh/areas/test-row-outdated")).select(".outdated-note"))
			.as("all translated from the English as it is")
			.isEmpty();

		form = form(get("/admin/areas/" + id + "/edit"));
		form = form(form.press("edit", "up:benefits:1")).set("benefits[0]", "Changed benefit, now longer");
		saveAndContinue(form);

		Document edit = Jsoup.parse(content(get("/admin/areas/" + id + "/edit")));
		assertThat(edit.select("#chinese-benefit" + second + "-hint").text()).startsWith("Out of date");
		assertThat(edit.select("#chinese-benefit" + first + "-hint").text()).startsWith("Translated");
		assertThat(edit.select("#chinese-name-hint").text()).startsWith("Translated");
		Element note = Jsoup.parse(page("/zh/areas/test-row-outdated")).selectFirst(".outdated-note");
		assertThat(note).isNotNull();
		assertThat(note.text()).startsWith("本页英文原文在翻译之后已有更新。");
		assertThat(note.select("a").attr("href")).isEqualTo("/areas/test-row-outdated");
		assertThat(listed("/zh/areas/test-row-outdated", "#benefits-heading ~ ul li")).as("still the Chinese it had")
			.containsExactly("将过时", "不变");
		assertThat(Jsoup.parse(page("/areas/test-row-outdated")).select(".outdated-note")).as("English page").isEmpty();
	}

	private HtmlForm form(MockHttpServletRequestBuilder request) throws Exception {
		return HtmlForm.of(content(request));
	}

	private String content(MockHttpServletRequestBuilder request) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(request.with(this.editor)).andReturn().getResponse();
		assertThat(response.getStatus()).as("form shown").isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	/**
	 * Saves with "Save and continue editing" and returns the item's id. A published
	 * item's save is a draft, which is then published, so that visitors see the change.
	 */
	private long saveAndContinue(HtmlForm form) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(form.press("action", "continue").with(this.editor))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as("saved: " + response.getContentAsString(StandardCharsets.UTF_8))
			.isEqualTo(302);
		String item = response.getRedirectedUrl().replaceAll("(.*/[0-9]+)/edit.*", "$1");
		if (this.jdbc.sql("SELECT count(*) FROM content_draft WHERE kind = ? AND item_key = ?")
			.params(item.split("/")[2], item.split("/")[3])
			.query(Integer.class)
			.single() > 0) {
			assertThat(this.mvc.perform(post(item + "/draft/publish").with(csrf()).with(this.editor))
				.andReturn()
				.getResponse()
				.getStatus()).as("draft published").isEqualTo(302);
		}
		return Long.parseLong(item.replaceAll(".*/([0-9]+)$", "$1"));
	}

	private String page(String path) {
		return new WebClient(this.port).get(path).body();
	}

	private List<String> listed(String path, String selector) {
		return Jsoup.parse(page(path)).select(selector).eachText();
	}

	private List<String> translations(String kind, long id) {
		return this.jdbc.sql("SELECT text FROM translation WHERE kind = ? AND item_id = ?")
			.params(kind, id)
			.query(String.class)
			.list();
	}

}
