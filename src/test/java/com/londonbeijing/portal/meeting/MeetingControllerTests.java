package com.londonbeijing.portal.meeting;

import java.util.List;

import com.londonbeijing.portal.history.History;
import com.londonbeijing.portal.support.NotFoundException;
import com.londonbeijing.portal.support.Visibility;
import com.londonbeijing.portal.test.PortalWebMvcTest;
import com.londonbeijing.portal.translation.ShownTexts;
import com.londonbeijing.portal.translation.Translations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageImpl;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;

/**
 * How the meetings pages read their parameters; the database and the rendered content are
 * covered by the whole-application tests.
 */
@PortalWebMvcTest(MeetingController.class)
class MeetingControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	MeetingService meetings;

	@MockitoBean
	History history;

	@MockitoBean
	Translations translations;

	@BeforeEach
	void englishTexts() {
		given(this.translations.shown(any(), any())).willReturn(ShownTexts.asWritten());
	}

	@Test
	void unknownMeetingIsNotFound() {
		given(this.meetings.show(eq("nope"), any(Visibility.class))).willThrow(new NotFoundException("Meeting"));

		assertThat(this.mvc.get().uri("/meetings/nope")).hasStatus(404);
	}

	@Test
	void listPassesValidFiltersAndAOneBasedPageToTheService() {
		given(this.meetings.topics()).willReturn(List.of(new Topic("trade", "Trade")));
		given(this.meetings.list(any(), anyInt())).willReturn(new PageImpl<>(List.of()));

		assertThat(this.mvc.get().uri("/meetings?year=2024&topic=trade&page=3")).hasStatusOk()
			.hasViewName("meetings/list");

		then(this.meetings).should().list(new MeetingFilter(2024, "trade", List.of()), 2);
	}

	@Test
	void listIgnoresUnusableFiltersAndSaysWhy() {
		given(this.meetings.topics()).willReturn(List.of(new Topic("trade", "Trade")));
		given(this.meetings.list(any(), anyInt())).willReturn(new PageImpl<>(List.of()));

		assertThat(this.mvc.get().uri("/meetings?year=20x4&topic=<b>&page=-5")).hasStatusOk()
			.model()
			.extractingByKey("filter")
			.isEqualTo(new MeetingFilter(null, null, List.of("meetings.filter.badYear", "meetings.filter.badTopic")));

		then(this.meetings).should()
			.list(new MeetingFilter(null, null, List.of("meetings.filter.badYear", "meetings.filter.badTopic")), 0);
	}

}
