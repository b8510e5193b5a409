package com.londonbeijing.portal.area;

import java.util.List;

import com.londonbeijing.portal.casestudy.CaseStudyService;
import com.londonbeijing.portal.history.History;
import com.londonbeijing.portal.meeting.MeetingService;
import com.londonbeijing.portal.sitetext.SiteTexts;
import com.londonbeijing.portal.support.NotFoundException;
import com.londonbeijing.portal.support.Visibility;
import com.londonbeijing.portal.test.PortalWebMvcTest;
import com.londonbeijing.portal.trade.TradeService;
import com.londonbeijing.portal.translation.ShownTexts;
import com.londonbeijing.portal.translation.Translations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;

/**
 * How the area pages answer what the seed data cannot show: no published area, an unknown
 * one. The rendered content and drafts are covered by the whole-application tests.
 */
@PortalWebMvcTest(AreaController.class)
class AreaControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	AreaService areas;

	@MockitoBean
	CaseStudyService caseStudies;

	@MockitoBean
	MeetingService meetings;

	@MockitoBean
	SiteTexts siteTexts;

	@MockitoBean
	TradeService trade;

	@MockitoBean
	History history;

	@MockitoBean
	Translations translations;

	@BeforeEach
	void englishTexts() {
		given(this.translations.shown(any(), any())).willReturn(ShownTexts.asWritten());
	}

	@Test
	void anUnknownAreaIsNotFoundAndVisitorsAskForPublishedOnes() {
		given(this.areas.show(eq("nope"), any(Visibility.class))).willThrow(new NotFoundException("Area"));

		assertThat(this.mvc.get().uri("/areas/nope")).hasStatus(404);

		then(this.areas).should().show("nope", Visibility.PUBLIC);
	}

	@Test
	void withoutPublishedAreasTheListStillRenders() {
		given(this.areas.published()).willReturn(List.of());

		assertThat(this.mvc.get().uri("/areas")).hasStatusOk().hasViewName("areas/list");
	}

}
