package com.londonbeijing.portal.casestudy;

import java.util.List;

import com.londonbeijing.portal.area.AreaService;
import com.londonbeijing.portal.history.History;
import com.londonbeijing.portal.sitetext.SiteTexts;
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
 * How the case-study pages read their parameters; the database and the rendered content
 * are covered by the whole-application tests.
 */
@PortalWebMvcTest(CaseStudyController.class)
class CaseStudyControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	CaseStudyService caseStudies;

	@MockitoBean
	AreaService areas;

	@MockitoBean
	SiteTexts siteTexts;

	@MockitoBean
	History history;

	@MockitoBean
	Translations translations;

	@BeforeEach
	void englishTexts() {
		given(this.translations.shown(any(), any())).willReturn(ShownTexts.asWritten());
		given(this.caseStudies.list(any(), anyInt())).willReturn(new PageImpl<>(List.of()));
	}

	@Test
	void anUnknownCaseStudyIsNotFoundAndVisitorsAskForPublishedOnes() {
		given(this.caseStudies.show(eq("nope"), any(Visibility.class))).willThrow(new NotFoundException("Case study"));

		assertThat(this.mvc.get().uri("/case-studies/nope")).hasStatus(404);

		then(this.caseStudies).should().show("nope", Visibility.PUBLIC);
	}

	@Test
	void anUnknownAreaFilterListsAllCaseStudiesFromTheOneBasedPage() {
		assertThat(this.mvc.get().uri("/case-studies?area=atlantis&page=2")).hasStatusOk()
			.hasViewName("case-studies/list")
			.model()
			.containsEntry("unknownArea", true);

		then(this.caseStudies).should().list(null, 1);
	}

	@Test
	void anUnusablePageNumberMeansTheFirstPage() {
		assertThat(this.mvc.get().uri("/case-studies?page=-4")).hasStatusOk()
			.model()
			.containsEntry("unknownArea", false);

		then(this.caseStudies).should().list(null, 0);
	}

}
