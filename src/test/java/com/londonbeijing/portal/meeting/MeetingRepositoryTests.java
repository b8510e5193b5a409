package com.londonbeijing.portal.meeting;

import java.time.LocalDate;
import java.util.List;

import com.londonbeijing.portal.support.ContentStatus;
import com.londonbeijing.portal.support.Visibility;
import com.londonbeijing.portal.test.PortalDataJpaTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.test.context.jdbc.Sql;

import static org.assertj.core.api.Assertions.assertThat;

@PortalDataJpaTest
class MeetingRepositoryTests {

	@Autowired
	MeetingRepository meetings;

	@Test
	void filtersByYearAndTopicNewestFirst() {
		Specification<Meeting> taiwanIn2024 = MeetingFilters.published()
			.and(MeetingFilters.inYear(2024))
			.and(MeetingFilters.withTopic("taiwan"));

		List<Meeting> found = this.meetings
			.findAll(taiwanIn2024, PageRequest.of(0, 10, Sort.by(Sort.Order.desc("date"))))
			.getContent();

		assertThat(found).extracting(Meeting::getSlug).containsExactly("2024-10-18-wang-yi-david-lammy");
		assertThat(this.meetings.findAll(MeetingFilters.published().and(MeetingFilters.inYear(2023)))).isEmpty();
		assertThat(this.meetings.findAll(MeetingFilters.published().and(MeetingFilters.withTopic("nope")))).isEmpty();
	}

	@Test
	@Sql(statements = "INSERT INTO meeting (slug, title, meeting_date, venue, city, summary, status) "
			+ "VALUES ('draft-meeting', 'Draft', DATE '2025-03-01', 'Venue', 'London', 'Summary', 'DRAFT')")
	void draftsAreLeftOutOfPublicQueries() {
		assertThat(this.meetings.findYears(ContentStatus.PUBLISHED)).containsExactly(2024);
		assertThat(this.meetings.findBySlugAndStatusIn("draft-meeting", Visibility.PUBLIC.statuses())).isEmpty();
		assertThat(this.meetings.findAll(MeetingFilters.published())).extracting(Meeting::getSlug)
			.doesNotContain("draft-meeting");
	}

	@Test
	void seedMeetingHasItsParticipantsInOrderAndStatementsAttributed() {
		Meeting meeting = this.meetings
			.findBySlugAndStatusIn("2024-10-18-wang-yi-david-lammy", Visibility.PUBLIC.statuses())
			.orElseThrow();

		assertThat(meeting.getDate()).isEqualTo(LocalDate.of(2024, 10, 18));
		assertThat(meeting.getParticipants()).extracting(Participant::getName)
			.containsExactly("Wang Yi", "David Lammy");
		assertThat(meeting.getStatements()).hasSize(11);
		assertThat(meeting.getStatements()).filteredOn((s) -> s.getSide() == null).hasSize(2);
		assertThat(meeting.getTopics()).extracting(Topic::getName)
			.containsExactlyInAnyOrder("Strategic dialogue", "Bilateral relations", "Trade", "Finance",
					"Environmental sustainability", "Taiwan", "Hong Kong", "UN Security Council", "Ukraine",
					"Palestinian-Israeli relations", "Myanmar");
	}

}
