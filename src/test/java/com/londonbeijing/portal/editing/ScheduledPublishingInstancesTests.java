package com.londonbeijing.portal.editing;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

import com.londonbeijing.portal.test.PortalInstance;
import com.londonbeijing.portal.test.TwoInstances;
import com.londonbeijing.portal.test.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances share one database, and both check the schedule at the same moment: a due
 * publication happens once, and both serve the published page at once.
 */
class ScheduledPublishingInstancesTests {

	@RegisterExtension
	static TwoInstances instances = new TwoInstances();

	@Test
	void aDuePublicationHappensOnceWithTwoInstancesCheckingAtOnce() throws Exception {
		JdbcClient jdbc = instances.first().context().getBean(JdbcClient.class);
		long id = jdbc.sql("""
				INSERT INTO meeting (slug, title, meeting_date, venue, city, summary, status)
				VALUES ('test-due-meeting', 'A due meeting', DATE '2025-01-01', 'Lancaster House', 'London',
				        'Published by the schedule.', 'DRAFT') RETURNING id""").query(Long.class).single();
		for (PortalInstance instance : instances.both()) {
			assertThat(new WebClient(instance.port()).get("/meetings/test-due-meeting").statusCode()).isEqualTo(404);
		}
		jdbc.sql("""
				INSERT INTO scheduled_change (kind, item_id, action, due_at, scheduled_by)
				VALUES ('meetings', ?, 'PUBLISH', now(), 'scheduler-test')""").param(id).update();

		CompletableFuture<Integer> onFirst = CompletableFuture
			.supplyAsync(instances.first().context().getBean(ScheduledPublishing.class)::applyDue);
		CompletableFuture<Integer> onSecond = CompletableFuture
			.supplyAsync(instances.second().context().getBean(ScheduledPublishing.class)::applyDue);

		assertThat(onFirst.get() + onSecond.get()).isEqualTo(1);
		assertThat(jdbc.sql("SELECT count(*) FROM meeting_aud WHERE id = ? AND status = 'PUBLISHED'")
			.param(id)
			.query(Integer.class)
			.single()).as("one publication in the history").isEqualTo(1);
		Instant published = Instant.now();
		for (PortalInstance instance : instances.both()) {
			while (new WebClient(instance.port()).get("/meetings/test-due-meeting").statusCode() != 200) {
				assertThat(Duration.between(published, Instant.now())).as("port " + instance.port())
					.isLessThan(Duration.ofSeconds(3));
				Thread.sleep(50);
			}
		}
	}

}
