package com.londonbeijing.portal.meeting;

import java.time.Year;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MeetingFilterTests {

	private static final List<String> TOPICS = List.of("trade", "taiwan");

	@Test
	void keepsValidYearAndKnownTopic() {
		MeetingFilter filter = MeetingFilter.parse("2024", "taiwan", TOPICS);

		assertThat(filter.year()).isEqualTo(2024);
		assertThat(filter.topic()).isEqualTo("taiwan");
		assertThat(filter.problems()).isEmpty();
	}

	@Test
	void dropsYearsThatAreNotYearsAndSaysSo() {
		assertThat(MeetingFilter.parse("abc", null, TOPICS).problems()).containsExactly("meetings.filter.badYear");
		assertThat(MeetingFilter.parse("1800", null, TOPICS).year()).isNull();
		assertThat(MeetingFilter.parse(String.valueOf(Year.now().getValue() + 5), null, TOPICS).year()).isNull();
		assertThat(MeetingFilter.parse("99999999999", null, TOPICS).problems()).hasSize(1);
	}

	@Test
	void dropsUnknownTopicsAndSaysSo() {
		MeetingFilter filter = MeetingFilter.parse(null, "<script>", TOPICS);

		assertThat(filter.topic()).isNull();
		assertThat(filter.problems()).containsExactly("meetings.filter.badTopic");
	}

	@Test
	void blankFiltersMeanEverything() {
		MeetingFilter filter = MeetingFilter.parse(" ", "", TOPICS);

		assertThat(filter.year()).isNull();
		assertThat(filter.topic()).isNull();
		assertThat(filter.problems()).isEmpty();
	}

}
