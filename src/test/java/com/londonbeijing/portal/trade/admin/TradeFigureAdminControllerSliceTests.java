package com.londonbeijing.portal.trade.admin;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.londonbeijing.portal.editing.ListSorts;
import com.londonbeijing.portal.support.NotFoundException;
import com.londonbeijing.portal.test.AdminControllerSlice;
import com.londonbeijing.portal.trade.TradeFigure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
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
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The trade figures' admin pages with their editor mocked: the list falls back from
 * unknown sorts and pages, hostile searches are only passed on as text, figures out of
 * range are shown again with their errors and never saved, and only editors get in.
 */
@WithMockUser(roles = "EDITOR")
@AdminControllerSlice(TradeFigureAdminController.class)
class TradeFigureAdminControllerSliceTests {

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("year"));

	private static final Sort OLDEST_FIRST = Sort.by("year");

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	TradeFigureAdmin admin;

	@BeforeEach
	void anEditorWithOneYear() {
		given(this.admin.sorts())
			.willReturn(new ListSorts("-year", Map.of("-year", NEWEST_FIRST, "year", OLDEST_FIRST)));
		TradeFigure figure = new TradeFigure(2022, new BigDecimal("19.00"), new BigDecimal("60.50"));
		ReflectionTestUtils.setField(figure, "id", 1L);
		given(this.admin.list(any(), any(), anyInt()))
			.willReturn(new PageImpl<>(List.of(figure), PageRequest.of(0, 25), 1));
		given(this.admin.addsAndDeletes()).willReturn(true);
		given(this.admin.newForm()).willAnswer((invocation) -> new TradeFigureForm());
	}

	@Test
	void theListShowsTheYearsNewestFirstByDefault() {
		MvcTestResult result = this.mvc.get().uri("/admin/trade").exchange();

		assertThat(result).hasStatusOk().hasViewName("admin/trade/list");
		assertThat(result).model().containsEntry("sort", "-year").containsKey("items");
		assertThat(result).bodyText().contains("2022");
		then(this.admin).should().list(null, NEWEST_FIRST, 0);
	}

	@Test
	void theListFallsBackFromAnUnknownSortAndAMalformedPage() {
		MvcTestResult result = this.mvc.get()
			.uri("/admin/trade")
			.param("sort", "year;drop table")
			.param("page", "99999999999999999999")
			.exchange();

		assertThat(result).hasStatusOk().hasViewName("admin/trade/list");
		assertThat(result).model().containsEntry("sort", "-year");
		then(this.admin).should().list(eq(null), eq(NEWEST_FIRST), anyInt());
	}

	@Test
	void aHostileSearchIsPassedOnTrimmedAndShownOnlyAsText() {
		MvcTestResult result = this.mvc.get().uri("/admin/trade").param("q", " <script>x</script>\u0007 ").exchange();

		assertThat(result).hasStatusOk();
		assertThat(result).bodyText().doesNotContain("<script>x</script>");
		then(this.admin).should().list(eq("<script>x</script>\u0007"), eq(NEWEST_FIRST), eq(0));
	}

	@Test
	void theNewFigureFormIsShown() {
		MvcTestResult result = this.mvc.get().uri("/admin/trade/new").exchange();

		assertThat(result).hasStatusOk().hasViewName("admin/trade/form");
		assertThat(result).model().containsKey("form");
	}

	@Test
	void aFigureOutOfRangeIsShownAgainWithItsErrorsAndNotSaved() {
		MvcTestResult result = this.mvc.post()
			.with(csrf())
			.uri("/admin/trade/new")
			.param("year", "1800")
			.param("exports", "-1")
			.param("imports", "not a number")
			.param("sourceUrl", "javascript:alert(1)")
			.param("status", "PUBLISHED")
			.exchange();

		assertThat(result).hasStatusOk().hasViewName("admin/trade/form");
		assertThat(result).model()
			.extractingBindingResult("form")
			.hasFieldErrors("year", "exports", "imports", "sourceUrl");
		assertThat(result).bodyText().contains("value=\"1800\"");
		then(this.admin).should(never()).save(any());
	}

	@Test
	void aValidFigureIsSavedAndTheEditorGoesBackToTheList() {
		given(this.admin.save(any())).willReturn(5L);
		given(this.admin.label(any())).willReturn("2023");

		MvcTestResult result = this.mvc.post()
			.with(csrf())
			.uri("/admin/trade/new")
			.param("year", "2023")
			.param("exports", "20.5")
			.param("imports", "61")
			.param("status", "PUBLISHED")
			.exchange();

		assertThat(result).hasStatus3xxRedirection();
		assertThat(result.getResponse().getRedirectedUrl()).startsWith("/admin/trade");
		then(this.admin).should().save(any());
	}

	@Test
	void aMalformedIdIsABadRequest() {
		assertThat(this.mvc.get().uri("/admin/trade/abc/edit")).hasStatus(400);
		then(this.admin).should(never()).form(any());
	}

	@Test
	void aMissingFigureIsNotFound() {
		given(this.admin.form(404L)).willThrow(new NotFoundException("TradeFigure"));

		assertThat(this.mvc.get().uri("/admin/trade/404/edit")).hasStatus(404);
	}

	@Test
	@WithAnonymousUser
	void visitorsAreSentToSignIn() {
		MvcTestResult result = this.mvc.get().uri("/admin/trade").exchange();

		assertThat(result).hasStatus(302);
		assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
	}

	@Test
	@WithMockUser(roles = "VISITOR")
	void anAccountWithoutTheEditorRoleIsRefused() {
		assertThat(this.mvc.get().uri("/admin/trade")).hasStatus(403);
		assertThat(this.mvc.post().with(csrf()).uri("/admin/trade/new").param("year", "2023")).hasStatus(403);
		then(this.admin).should(never()).save(any());
	}

	@Test
	void aPostWithoutItsCsrfTokenIsRefused() {
		assertThat(this.mvc.post().uri("/admin/trade/new").param("year", "2023")).hasStatus(403);
		then(this.admin).should(never()).save(any());
	}

}
