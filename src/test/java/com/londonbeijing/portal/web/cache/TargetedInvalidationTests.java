package com.londonbeijing.portal.web.cache;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.londonbeijing.portal.database.ContentVersion;
import com.londonbeijing.portal.test.PortalInstance;
import com.londonbeijing.portal.test.TwoInstances;
import com.londonbeijing.portal.test.WebClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A change drops from the page cache of every instance exactly the pages that may show
 * it: the changed meeting's own page (at its old and new address, both languages) and
 * every page listing many items, but not the pages of other meetings, nor those of case
 * studies when only meetings changed. Anything else (an area, a site text) still drops
 * every page. Two instances share one database; the one that saves drops its pages before
 * the save returns, the other within its one-second check.
 */
class TargetedInvalidationTests {

	static final String SEED_MEETING = "2024-10-18-wang-yi-david-lammy";

	static final String OTHER_MEETING = "test-other-meeting";

	static final String CASE_STUDY = "london-shanghai-cooperation";

	/** Pages every test warms on both instances, by path. */
	static final List<String> PAGES = List.of("/meetings/" + SEED_MEETING, "/zh/meetings/" + SEED_MEETING,
			"/meetings/" + OTHER_MEETING, "/zh/meetings/" + OTHER_MEETING, "/case-studies/" + CASE_STUDY,
			"/zh/case-studies/" + CASE_STUDY, "/meetings", "/case-studies", "/", "/areas/trade-and-investment",
			"/feed.atom", "/sitemap.xml", "/search?q=trade");

	@RegisterExtension
	static TwoInstances instances = new TwoInstances();

	JdbcClient jdbc;

	@BeforeAll
	static void startTwoInstancesWithASecondMeeting() {

		instances.first().context().getBean(JdbcClient.class).sql("""
				INSERT INTO meeting (slug, title, meeting_date, venue, city, summary)
				VALUES (?, 'Another meeting', DATE '2025-01-01', 'Lancaster House', 'London', 'A second meeting.')
				""").param(OTHER_MEETING).update();
	}

	@BeforeEach
	void warmEveryPageOnBothInstances() throws Exception {
		this.jdbc = instances.first().context().getBean(JdbcClient.class);
		for (PortalInstance instance : instances.both()) {
			instance.context().getBean(ContentVersion.class).changed();
		}
		awaitSecondInstanceChecked();
		for (PortalInstance instance : instances.both()) {
			WebClient visitor = new WebClient(instance.port());
			for (String page : PAGES) {
				assertThat(visitor.get(page).statusCode()).as(page).isEqualTo(200);
			}
			assertThat(cached(instance)).as("port " + instance.port()).containsAll(PAGES);
		}
	}

	@Test
	void savingAMeetingDropsItsPageAndTheListsButKeepsOtherMeetingsAndCaseStudies() throws Exception {
		saveOnFirst("UPDATE meeting SET title = 'Renamed by a test' WHERE slug = '" + SEED_MEETING + "'");

		Set<String> kept = Set.of("/meetings/" + OTHER_MEETING, "/zh/meetings/" + OTHER_MEETING,
				"/case-studies/" + CASE_STUDY, "/zh/case-studies/" + CASE_STUDY);
		assertThat(cached(instances.first())).as("the saving instance, at once")
			.containsExactlyInAnyOrderElementsOf(kept);
		awaitCached(instances.second(), kept);
		for (PortalInstance instance : instances.both()) {
			assertThat(new WebClient(instance.port()).get("/meetings/" + SEED_MEETING).body())
				.contains("Renamed by a test");
			assertThat(new WebClient(instance.port()).get("/meetings").body()).contains("Renamed by a test");
		}
	}

	@Test
	void aChangeToAMeetingsStatementsDropsThatMeetingsPage() throws Exception {
		saveOnFirst("UPDATE meeting_statement SET text = text || ' (corrected)' WHERE meeting_id = "
				+ "(SELECT id FROM meeting WHERE slug = '" + SEED_MEETING + "') AND position = 0");

		assertThat(cached(instances.first()))
			.doesNotContain("/meetings/" + SEED_MEETING, "/zh/meetings/" + SEED_MEETING)
			.contains("/meetings/" + OTHER_MEETING, "/case-studies/" + CASE_STUDY);
		assertThat(new WebClient(instances.first().port()).get("/meetings/" + SEED_MEETING).body())
			.contains("(corrected)");
	}

	@Test
	void aRenamedMeetingsPageAtItsOldAddressGoesToo() throws Exception {
		saveOnFirst("UPDATE meeting SET slug = 'test-renamed-meeting' WHERE slug = '" + OTHER_MEETING + "'");
		try {
			assertThat(cached(instances.first()))
				.doesNotContain("/meetings/" + OTHER_MEETING, "/zh/meetings/" + OTHER_MEETING)
				.contains("/meetings/" + SEED_MEETING);
			awaitCached(instances.second(), Set.of("/meetings/" + SEED_MEETING, "/zh/meetings/" + SEED_MEETING,
					"/case-studies/" + CASE_STUDY, "/zh/case-studies/" + CASE_STUDY));
		}
		finally {
			saveOnFirst("UPDATE meeting SET slug = '" + OTHER_MEETING + "' WHERE slug = 'test-renamed-meeting'");
		}
	}

	@Test
	void savingACaseStudyKeepsEveryMeetingsPage() throws Exception {
		saveOnFirst("UPDATE case_study SET summary = summary || ' Updated.' WHERE slug = '" + CASE_STUDY + "'");

		assertThat(cached(instances.first())).containsExactlyInAnyOrder("/meetings/" + SEED_MEETING,
				"/zh/meetings/" + SEED_MEETING, "/meetings/" + OTHER_MEETING, "/zh/meetings/" + OTHER_MEETING);
		assertThat(new WebClient(instances.first().port()).get("/case-studies/" + CASE_STUDY).body())
			.contains("Updated.");
	}

	@Test
	void anythingElseStillDropsEveryPageOnEveryInstance() throws Exception {
		saveOnFirst("UPDATE cooperation_area SET name = name WHERE slug = 'trade-and-investment'");

		assertThat(cached(instances.first())).isEmpty();
		awaitCached(instances.second(), Set.of());
	}

	/** Changes content as a save does: in a transaction that tells ContentVersion. */
	private void saveOnFirst(String sql) {
		ContentVersion version = instances.first().context().getBean(ContentVersion.class);
		instances.first().context().getBean(TransactionTemplate.class).executeWithoutResult((status) -> {
			version.changing();
			assertThat(this.jdbc.sql(sql).update()).as(sql).isPositive();
		});
	}

	/** The pages an instance keeps, by path as visitors ask for them. */
	private static Set<String> cached(PortalInstance instance) {
		com.github.benmanes.caffeine.cache.Cache<?, ?> pages = (com.github.benmanes.caffeine.cache.Cache<?, ?>) instance
			.context()
			.getBean(CacheManager.class)
			.getCache(CacheConfiguration.PAGES)
			.getNativeCache();
		Set<String> paths = new TreeSet<>();
		for (Object key : pages.asMap().keySet()) {
			String[] parts = ((String) key).split(" ");
			String language = parts[1].startsWith("zh") ? "/zh" : "";
			paths.add(language + parts[2]);
		}
		return paths;
	}

	private static void awaitCached(PortalInstance instance, Set<String> expected) throws InterruptedException {
		Instant start = Instant.now();
		while (!cached(instance).equals(expected)) {
			assertThat(Duration.between(start, Instant.now())).as("port %d keeps %s", instance.port(), cached(instance))
				.isLessThan(Duration.ofSeconds(3));
			Thread.sleep(50);
		}
	}

	/** Lets the second instance's scheduled check see the latest version. */
	private static void awaitSecondInstanceChecked() throws InterruptedException {
		Thread.sleep(1500);
	}

}
