package com.londonbeijing.portal.casestudy.admin;

import java.util.List;
import java.util.Map;

import com.londonbeijing.portal.editing.ListSorts;
import com.londonbeijing.portal.test.AdminControllerSlice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The case-study pages with their editor mocked: the list and form offer the areas to
 * choose from, an invalid case study is shown again unsaved, and only editors get in.
 */
@WithMockUser(roles = "EDITOR")
@AdminControllerSlice(CaseStudyAdminController.class)
class CaseStudyAdminControllerSliceTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	CaseStudyAdmin admin;

	@BeforeEach
	void anEditorWithoutCaseStudies() {
		given(this.admin.sorts()).willReturn(new ListSorts("title", Map.of("title", Sort.by("title"))));
		given(this.admin.list(any(), any(), anyInt())).willReturn(new PageImpl<>(List.of(), PageRequest.of(0, 25), 0));
		given(this.admin.addsAndDeletes()).willReturn(true);
		given(this.admin.newForm()).willAnswer((invocation) -> new CaseStudyForm());
		given(this.admin.areaChoices()).willReturn(List.of());
	}

	@Test
	void theListFallsBackFromAnUnknownSortAndPage() {
		MvcTestResult result = this.mvc.get()
			.uri("/admin/case-studies")
			.param("sort", "<b>")
			.param("page", "99999999999999999999")
			.exchange();

		assertThat(result).hasStatusOk().hasViewName("admin/case-studies/list");
		assertThat(result).model().containsEntry("sort", "title").containsKey("areaChoices");
	}

	@Test
	void anInvalidCaseStudyIsShownAgainAndNotSaved() {
		MvcTestResult result = this.mvc.post()
			.with(csrf())
			.uri("/admin/case-studies/new")
			.param("title", "")
			.exchange();

		assertThat(result).hasStatusOk().hasViewName("admin/case-studies/form");
		assertThat(result).model().extractingBindingResult("form").hasFieldErrors("title");
		then(this.admin).should(never()).save(any());
	}

	@Test
	void aMalformedIdIsABadRequest() {
		assertThat(this.mvc.get().uri("/admin/case-studies/abc/edit")).hasStatus(400);
	}

	@Test
	@WithAnonymousUser
	void visitorsAreSentToSignIn() {
		MvcTestResult result = this.mvc.get().uri("/admin/case-studies").exchange();

		assertThat(result).hasStatus(302);
		assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
	}

	@Test
	@WithMockUser(roles = "VISITOR")
	void anAccountWithoutTheEditorRoleIsRefused() {
		assertThat(this.mvc.get().uri("/admin/case-studies")).hasStatus(403);
	}

	@Test
	void aPostWithoutItsCsrfTokenIsRefused() {
		assertThat(this.mvc.post().uri("/admin/case-studies/new").param("title", "x")).hasStatus(403);
		then(this.admin).should(never()).save(any());
	}

}
