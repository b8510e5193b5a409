package com.londonbeijing.portal.area.admin;

import java.util.List;
import java.util.Map;

import com.londonbeijing.portal.area.CooperationArea;
import com.londonbeijing.portal.editing.ListSorts;
import com.londonbeijing.portal.support.EditConflictException;
import com.londonbeijing.portal.support.NotFoundException;
import com.londonbeijing.portal.test.AdminControllerSlice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * How the shared admin steps ({@code editing.ContentAdminController}) handle what an
 * editor sends, seen through the areas section with its editor mocked: unknown sorts and
 * pages fall back, searches are trimmed, invalid forms are never saved, and conflicts,
 * outages and missing items each get their own answer.
 */
@WithMockUser(roles = "EDITOR")
@AdminControllerSlice(AreaAdminController.class)
class AreaAdminControllerSliceTests {

	private static final Sort BY_ORDER = Sort.by("navOrder");

	private static final Sort BY_NAME = Sort.by("name");

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	AreaAdmin admin;

	@BeforeEach
	void anEditorWithTwoSorts() {
		given(this.admin.sorts()).willReturn(new ListSorts("order", Map.of("order", BY_ORDER, "name", BY_NAME)));
		CooperationArea area = new CooperationArea("trade", "Trade");
		ReflectionTestUtils.setField(area, "id", 1L);
		given(this.admin.list(any(), any(), anyInt()))
			.willReturn(new PageImpl<>(List.of(area), PageRequest.of(0, 25), 1));
		given(this.admin.addsAndDeletes()).willReturn(true);
		given(this.admin.newForm()).willAnswer((invocation) -> new AreaForm());
	}

	@Test
	void listTrimsTheSearchAndFallsBackToTheDefaultSortAndFirstPage() {
		MvcTestResult result = this.mvc.get()
			.uri("/admin/areas")
			.param("q", " Trade ")
			.param("sort", "bogus")
			.param("page", "x")
			.exchange();

		assertThat(result).hasStatusOk().hasViewName("admin/areas/list");
		assertThat(result).model().containsEntry("q", "Trade").containsEntry("sort", "order");
		then(this.admin).should().list("Trade", BY_ORDER, 0);
	}

	@Test
	void listSortsByAKnownKeyOnTheAskedPage() {
		assertThat(this.mvc.get().uri("/admin/areas?sort=name&page=3")).hasStatusOk();

		then(this.admin).should().list(isNull(), eq(BY_NAME), eq(2));
	}

	@Test
	void listHeadersSortByTheirKeysAndSayWhichWayTheListIsSorted() throws Exception {
		String page = this.mvc.get()
			.uri("/admin/areas?sort=name&q=Trade")
			.exchange()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("aria-sort=\"ascending\"")
			.contains("href=\"/admin/areas?sort=-name&amp;q=Trade\"")
			.contains("href=\"/admin/areas?sort=order&amp;q=Trade\"")
			.contains("href=\"/admin/areas?sort=-updated&amp;q=Trade\"");
	}

	@Test
	void invalidFormIsShownAgainAndNotSaved() {
		MvcTestResult result = this.mvc.post().with(csrf()).uri("/admin/areas/new").param("name", "").exchange();

		assertThat(result).hasStatusOk().hasViewName("admin/areas/form");
		assertThat(result).model().extractingBindingResult("form").hasFieldErrors("name");
		then(this.admin).should(never()).save(any());
	}

	@Test
	void savedFormGoesWhereTheButtonSaid() {
		given(this.admin.save(any())).willReturn(7L);
		given(this.admin.label(any())).willReturn("Trade");

		MvcTestResult result = this.mvc.post()
			.with(csrf())
			.uri("/admin/areas/new")
			.param("name", "Trade")
			.param("status", "DRAFT")
			.param("action", "continue")
			.exchange();

		assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/admin/areas/7/edit");
		then(this.admin).should().validate(any(), any());
	}

	@Test
	void conflictShowsTheFormWithTheStoredVersion() {
		given(this.admin.save(any())).willThrow(new EditConflictException());
		given(this.admin.currentFields(3L)).willReturn(Map.of("admin.areas.form.name", "Theirs"));
		given(this.admin.currentVersion(3L)).willReturn(9L);

		MvcTestResult result = this.mvc.post()
			.with(csrf())
			.uri("/admin/areas/3/edit")
			.param("name", "Mine")
			.param("status", "DRAFT")
			.param("version", "1")
			.exchange();

		assertThat(result).hasStatusOk().hasViewName("admin/areas/form");
		assertThat(result).model().containsEntry("currentVersion", 9L).containsKey("conflict");
	}

	@Test
	void unreachableDatabaseShowsTheFormAgainAs503() {
		given(this.admin.save(any())).willThrow(new DataAccessResourceFailureException("down"));

		MvcTestResult result = this.mvc.post()
			.with(csrf())
			.uri("/admin/areas/new")
			.param("name", "Trade")
			.param("status", "DRAFT")
			.exchange();

		assertThat(result).hasStatus(503).hasViewName("admin/areas/form");
		assertThat(result).bodyText().contains("value=\"Trade\"");
	}

	@Test
	void missingItemIsNotFound() {
		given(this.admin.form(404L)).willThrow(new NotFoundException("CooperationArea"));

		assertThat(this.mvc.get().uri("/admin/areas/404/edit")).hasStatus(404);
	}

	@Test
	@WithAnonymousUser
	void visitorsAreSentToSignIn() {
		MvcTestResult result = this.mvc.get().uri("/admin/areas").exchange();

		assertThat(result).hasStatus(302);
		assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
	}

	@Test
	@WithMockUser(roles = "VISITOR")
	void anAccountWithoutTheEditorRoleIsRefused() {
		assertThat(this.mvc.get().uri("/admin/areas")).hasStatus(403);
		assertThat(this.mvc.post().with(csrf()).uri("/admin/areas/new")).hasStatus(403);
	}

	@Test
	void aPostWithoutItsCsrfTokenIsRefused() {
		assertThat(this.mvc.post().uri("/admin/areas/new").param("title", "x")).hasStatus(403);
	}

}
