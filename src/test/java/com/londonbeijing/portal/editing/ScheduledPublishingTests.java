package com.londonbeijing.portal.editing;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.londonbeijing.portal.account.Role;
import com.londonbeijing.portal.test.AdminForms;
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
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Editors schedule a draft's publication or a published item's unpublication at a date
 * and time in London; it happens once, however many checks run at the same moment, with
 * its page changed at once; the item, its list and the dashboard say what is scheduled;
 * editing a scheduled draft cancels its publication; impossible times are refused with
 * the input kept.
 */
@PortalIntegrationTest
@AutoConfigureMockMvc
class ScheduledPublishingTests {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private static final String SLUG = "test-scheduled-meeting";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ScheduledPublishing publishing;

	@RegisterExtension
	TestAccounts accounts = new TestAccounts();

	String username;

	RequestPostProcessor editor;

	long id;

	@BeforeEach
	void createADraftMeeting() throws Exception {
		this.username = this.accounts.create("schedule-editor", Role.EDITOR).getUsername();
		this.editor = user(this.username).roles("EDITOR");
		Map<String, String> form = AdminForms.meeting("Test scheduled meeting");
		form.put("slug", SLUG);
		form.put("status", "DRAFT");
		assertThat(this.mvc.perform(AdminForms.submit("/admin/meetings/new", form).with(this.editor))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(302);
		this.id = this.jdbc.queryForObject("SELECT id FROM meeting WHERE slug = ?", Long.class, SLUG);
	}

	@AfterEach
	void removeIt() {
		this.jdbc.update("DELETE FROM scheduled_change WHERE kind = 'meetings' AND item_id = ?", this.id);
		this.jdbc.update("DELETE FROM meeting WHERE slug LIKE 'test-%'");
	}

	@Test
	void aScheduledDraftIsPublishedOnceWhenDueEvenWithChecksRacing() throws Exception {
		String tomorrow = LocalDate.now(LONDON).plusDays(1).toString();
		MvcResult scheduled = schedule(tomorrow, "09:30");
		assertThat(scheduled.getResponse().getStatus()).isEqualTo(302);
		assertThat(scheduled.getFlashMap().toString()).contains("admin.schedule.set.PUBLISH");

		Document form = page("/admin/meetings/" + this.id + "/edit");
		String shown = LocalDate.now(LONDON)
			.plusDays(1)
			.format(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.UK)) + " 09:30";
		assertThat(form.select(".banner--scheduled").text()).contains("Scheduled for publication on " + shown)
			.contains("by " + this.username);
		assertThat(page("/admin/meetings?q=scheduled").select("td .scheduled").text())
			.isEqualTo("Scheduled for " + shown);
		assertThat(page("/admin").text()).contains("Test scheduled meeting (meeting, Scheduled for " + shown + ")");
		assertThat(publicStatus()).as("not before its time").isEqualTo(404);
		assertThat(this.publishing.applyDue()).as("not due yet").isZero();

		this.jdbc.update("UPDATE scheduled_change SET due_at = now() - interval '1 second' WHERE item_id = ?", this.id);
		ExecutorService checks = Executors.newFixedThreadPool(4);
		List<Future<Integer>> applied = checks.invokeAll(List.<Callable<Integer>>of(this.publishing::applyDue,
				this.publishing::applyDue, this.publishing::applyDue, this.publishing::applyDue));
		checks.shutdown();

		int total = 0;
		for (Future<Integer> each : applied) {
			total += each.get();
		}
		assertThat(total).as("applied exactly once").isEqualTo(1);
		assertThat(this.jdbc.queryForObject("SELECT status FROM meeting WHERE id = ?", String.class, this.id))
			.isEqualTo("PUBLISHED");
		assertThat(publicStatus()).as("public at once").isEqualTo(200);
		assertThat(this.jdbc.queryForList("""
				SELECT r.change_note || ' by ' || r.username FROM meeting_aud a JOIN revinfo r ON r.rev = a.rev
				WHERE a.id = ? AND a.status = 'PUBLISHED'""", String.class, this.id))
			.containsExactly("Published as scheduled by " + this.username);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM scheduled_change WHERE item_id = ?", Integer.class,
				this.id))
			.isZero();
	}

	@Test
	void aPublishedItemCanBeScheduledToGoBackToDraft() throws Exception {
		this.jdbc.update("UPDATE meeting SET status = 'PUBLISHED' WHERE id = ?", this.id);
		assertThat(page("/admin/meetings/" + this.id + "/schedule").selectFirst("h1").text())
			.isEqualTo("Schedule the unpublication of Test scheduled meeting");

		assertThat(schedule(LocalDate.now(LONDON).plusDays(2).toString(), "18:00").getResponse().getStatus())
			.isEqualTo(302);
		this.jdbc.update("UPDATE scheduled_change SET due_at = now() WHERE item_id = ?", this.id);

		assertThat(this.publishing.applyDue()).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("SELECT status FROM meeting WHERE id = ?", String.class, this.id))
			.isEqualTo("DRAFT");
		assertThat(publicStatus()).isEqualTo(404);
	}

	@Test
	void editingAScheduledDraftCancelsItsPublicationUntilScheduledAgain() throws Exception {
		schedule(LocalDate.now(LONDON).plusDays(1).toString(), "09:30");
		Map<String, String> form = AdminForms.meeting("Test scheduled meeting, edited");
		form.put("slug", SLUG);
		form.put("status", "DRAFT");
		form.put("version",
				this.jdbc.queryForObject("SELECT version FROM meeting WHERE id = ?", Long.class, this.id).toString());

		MvcResult saved = this.mvc
			.perform(AdminForms.submit("/admin/meetings/" + this.id + "/edit", form).with(this.editor))
			.andReturn();

		assertThat(saved.getResponse().getStatus()).isEqualTo(302);
		assertThat(saved.getFlashMap().toString()).contains("admin.schedule.cancelledByEdit");
		this.jdbc.update("UPDATE scheduled_change SET due_at = now() WHERE item_id = ?", this.id);
		assertThat(this.publishing.applyDue()).isZero();
		assertThat(publicStatus()).isEqualTo(404);
		assertThat(page("/admin/meetings/" + this.id + "/edit").select(".banner--scheduled")).isEmpty();
	}

	@Test
	void cancellingTheScheduleLeavesTheDraftADraft() throws Exception {
		schedule(LocalDate.now(LONDON).plusDays(1).toString(), "09:30");

		MvcResult cancelled = this.mvc
			.perform(post("/admin/meetings/" + this.id + "/schedule/cancel").with(csrf()).with(this.editor))
			.andReturn();

		assertThat(cancelled.getResponse().getRedirectedUrl()).isEqualTo("/admin/meetings/" + this.id + "/edit");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM scheduled_change WHERE item_id = ?", Integer.class,
				this.id))
			.isZero();
	}

	@Test
	void impossibleTimesAreRefusedSayingWhatToFixWithTheInputKept() throws Exception {
		String nextYear = String.valueOf(LocalDate.now(LONDON).getYear() + 1);
		// The last Sunday of March: London's clocks go from 01:00 to 02:00.
		LocalDate springForward = LocalDate.of(Integer.parseInt(nextYear), 3, 31);
		while (springForward.getDayOfWeek() != java.time.DayOfWeek.SUNDAY) {
			springForward = springForward.minusDays(1);
		}
		Map<String[], String> refusals = Map.of(new String[] { "", "09:30" }, "Enter the date",
				new String[] { nextYear + "-02-30", "09:30" }, "Enter a real date, for example 2026-12-24",
				new String[] { nextYear + "-01-10", "25:00" },
				"Enter a real time on the 24-hour clock, for example 09:30", new String[] { "2001-01-01", "09:30" },
				"Choose a date and time in the future", new String[] { "2999-01-01", "09:30" },
				"Choose a date within the next five years", new String[] { springForward.toString(), "01:30" },
				"That time does not exist in London on that day because the clocks go forward: choose another time",
				new String[] { "<script>\u0000", "\u202e09:30" }, "Enter a real date, for example 2026-12-24");

		for (Map.Entry<String[], String> refusal : refusals.entrySet()) {
			MvcResult result = schedule(refusal.getKey()[0], refusal.getKey()[1]);

			assertThat(result.getResponse().getStatus()).as(refusal.getValue()).isEqualTo(200);
			Document page = Jsoup.parse(result.getResponse().getContentAsString());
			assertThat(page.select(".error-summary a").eachText()).as(refusal.getKey()[0]).contains(refusal.getValue());
			if (!refusal.getKey()[0].isEmpty()) {
				assertThat(page.selectFirst("input[name=date]").val())
					.isEqualTo(refusal.getKey()[0].replace("\u0000", "").strip());
			}
		}
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM scheduled_change WHERE item_id = ?", Integer.class,
				this.id))
			.isZero();
	}

	@Test
	void siteTextsHaveNoStatusSoNoSchedule() throws Exception {
		assertThat(this.mvc.perform(get("/admin/texts/home.intro/schedule").with(this.editor))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(page("/admin/texts/home.intro/edit").select("a[href$=/schedule]")).isEmpty();
		assertThat(page("/admin/meetings/" + this.id + "/edit").select("a[href$=/schedule]").text())
			.isEqualTo("Schedule publication");
	}

	private MvcResult schedule(String date, String time) throws Exception {
		return this.mvc
			.perform(post("/admin/meetings/" + this.id + "/schedule").param("date", date)
				.param("time", time)
				.with(csrf())
				.with(this.editor))
			.andReturn();
	}

	private int publicStatus() throws Exception {
		return this.mvc.perform(get("/meetings/" + SLUG).with(anonymous())).andReturn().getResponse().getStatus();
	}

	private Document page(String path) throws Exception {
		MvcResult result = this.mvc.perform(get(path).with(this.editor)).andReturn();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

}
