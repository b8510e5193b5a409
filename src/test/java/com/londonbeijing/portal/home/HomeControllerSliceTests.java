package com.londonbeijing.portal.home;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.londonbeijing.portal.area.AreaService;
import com.londonbeijing.portal.casestudy.CaseStudyService;
import com.londonbeijing.portal.meeting.MeetingService;
import com.londonbeijing.portal.sitetext.SiteTexts;
import com.londonbeijing.portal.test.PortalWebMvcTest;
import com.londonbeijing.portal.trade.TradeService;
import com.londonbeijing.portal.trade.TradeYear;
import com.londonbeijing.portal.translation.ShownTexts;
import com.londonbeijing.portal.translation.Translations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The home page with its services mocked: it renders for everyone with or without
 * content, shows the latest trade year when there is one, ignores parameters it does not
 * know (hostile ones included) and, being read-only, takes no POSTs.
 */
@PortalWebMvcTest(HomeController.class)
class HomeControllerSliceTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	SiteTexts siteTexts;

	@MockitoBean
	AreaService areas;

	@MockitoBean
	CaseStudyService caseStudies;

	@MockitoBean
	MeetingService meetings;

	@MockitoBean
	TradeService trade;

	@MockitoBean
	Translations translations;

	@BeforeEach
	void anEmptySite() {
		given(this.siteTexts.get(any(String[].class))).willReturn(Map.of());
		given(this.areas.published()).willReturn(List.of());
		given(this.caseStudies.featured()).willReturn(List.of());
		given(this.trade.latest()).willReturn(Optional.empty());
		given(this.translations.shown(any(), any())).willReturn(ShownTexts.asWritten());
	}

	@Test
	void anEmptySiteStillShowsTheHomePageToVisitors() {
		MvcTestResult result = this.mvc.get().uri("/").exchange();

		assertThat(result).hasStatusOk().hasViewName("home/show");
		assertThat(result).model()
			.containsEntry("areas", List.of())
			.containsEntry("featured", List.of())
			.containsEntry("latestMeeting", null)
			.containsEntry("latestTrade", null);
		assertThat(result).bodyText().doesNotContain("trade-heading");
	}

	@Test
	void theLatestTradeYearIsShownWhenThereIsOne() {
		TradeYear year = new TradeYear(2023, new BigDecimal("20.00"), new BigDecimal("60.00"), new BigDecimal("80.00"),
				new BigDecimal("-40.00"), null, null);
		given(this.trade.latest()).willReturn(Optional.of(year));

		MvcTestResult result = this.mvc.get().uri("/").exchange();

		assertThat(result).hasStatusOk();
		assertThat(result).model().containsEntry("latestTrade", year);
		assertThat(result).bodyText().contains("trade-heading").contains("2023");
	}

	@Test
	void unknownAndHostileParametersAreIgnored() {
		MvcTestResult result = this.mvc.get()
			.uri("/")
			.param("page", "99999999999999999999")
			.param("q", "<script>alert(1)</script>\u0000")
			.param("sort", "'; drop table area;--")
			.exchange();

		assertThat(result).hasStatusOk().hasViewName("home/show");
		assertThat(result).bodyText().doesNotContain("<script>alert(1)</script>");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void signedInEditorsSeeTheSameHomePage() {
		assertThat(this.mvc.get().uri("/")).hasStatusOk().hasViewName("home/show");
	}

	@Test
	void aPostWithoutACsrfTokenIsRefused() {
		assertThat(this.mvc.post().uri("/")).hasStatus(403);
	}

	@Test
	void theHomePageTakesNoPosts() {
		assertThat(this.mvc.post().with(csrf()).uri("/")).hasStatus(405);
	}

}
