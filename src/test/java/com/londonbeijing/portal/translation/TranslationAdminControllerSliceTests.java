package com.londonbeijing.portal.translation;

import java.util.List;

import com.londonbeijing.portal.test.AdminControllerSlice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;

/**
 * The translations overview with the translations mocked: bad page numbers fall back to
 * the first page, and only editors see it.
 */
@WithMockUser(roles = "EDITOR")
@AdminControllerSlice(TranslationAdminController.class)
class TranslationAdminControllerSliceTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	Translations translations;

	@BeforeEach
	void noItems() {
		given(this.translations.overview(anyInt())).willReturn(new PageImpl<>(List.of(), PageRequest.of(0, 25), 0));
	}

	@Test
	void aBadPageNumberShowsTheFirstPage() {
		MvcTestResult result = this.mvc.get().uri("/admin/translations").param("page", "-3<b>").exchange();

		assertThat(result).hasStatusOk().hasViewName("admin/translations/list");
		assertThat(result).model().containsKeys("items", "pagination");
		then(this.translations).should().overview(0);
	}

	@Test
	void theAskedPageIsShown() {
		assertThat(this.mvc.get().uri("/admin/translations").param("page", "4")).hasStatusOk();
		then(this.translations).should().overview(3);
	}

	@Test
	@WithAnonymousUser
	void visitorsAreSentToSignIn() {
		MvcTestResult result = this.mvc.get().uri("/admin/translations").exchange();

		assertThat(result).hasStatus(302);
		assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
	}

	@Test
	@WithMockUser(roles = "VISITOR")
	void anAccountWithoutTheEditorRoleIsRefused() {
		assertThat(this.mvc.get().uri("/admin/translations")).hasStatus(403);
	}

}
