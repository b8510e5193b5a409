package com.londonbeijing.portal.sitetext.admin;

import com.londonbeijing.portal.test.AdminControllerSlice;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Site texts take the shared admin steps by key, but are only ever edited: adding and
 * deleting them are pages that do not exist.
 */
@WithMockUser(roles = "EDITOR")
@AdminControllerSlice(SiteTextAdminController.class)
class SiteTextAdminControllerSliceTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	SiteTextAdmin admin;

	@Test
	void textsAreEditedByKey() {
		SiteTextForm form = new SiteTextForm();
		form.setId("home.intro");
		form.setTitle("About");
		given(this.admin.form("home.intro")).willReturn(form);

		MvcTestResult result = this.mvc.get().uri("/admin/texts/home.intro/edit").exchange();

		assertThat(result).hasStatusOk().hasViewName("admin/texts/form");
		assertThat(result).bodyText().contains("action=\"/admin/texts/home.intro/edit\"").contains("value=\"About\"");
	}

	@Test
	void savingATextGoesBackToTheList() {
		given(this.admin.save(any())).willReturn("home.intro");
		given(this.admin.label(any())).willReturn("home.intro");

		assertThat(this.mvc.post()
			.with(csrf())
			.uri("/admin/texts/home.intro/edit")
			.param("title", "About")
			.param("version", "1")).hasStatus3xxRedirection().hasRedirectedUrl("/admin/texts");
	}

	@Test
	void textsCannotBeAddedOrDeleted() {
		given(this.admin.addsAndDeletes()).willReturn(false);

		assertThat(this.mvc.get().uri("/admin/texts/new")).hasStatus(404);
		assertThat(this.mvc.post().with(csrf()).uri("/admin/texts/new").param("title", "New")).hasStatus(404);
		assertThat(this.mvc.get().uri("/admin/texts/home.intro/delete")).hasStatus(404);
		assertThat(this.mvc.post().with(csrf()).uri("/admin/texts/home.intro/delete")).hasStatus(404);
		then(this.admin).should(never()).save(any());
		then(this.admin).should(never()).delete(any());
	}

	@Test
	@WithAnonymousUser
	void visitorsAreSentToSignIn() {
		MvcTestResult result = this.mvc.get().uri("/admin/texts/home.intro/edit").exchange();

		assertThat(result).hasStatus(302);
		assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
	}

	@Test
	@WithMockUser(roles = "VISITOR")
	void anAccountWithoutTheEditorRoleIsRefused() {
		assertThat(this.mvc.get().uri("/admin/texts/home.intro/edit")).hasStatus(403);
		assertThat(this.mvc.post().with(csrf()).uri("/admin/texts/home.intro/edit")).hasStatus(403);
	}

	@Test
	void aPostWithoutItsCsrfTokenIsRefused() {
		assertThat(this.mvc.post().uri("/admin/texts/home.intro/edit").param("title", "x")).hasStatus(403);
	}

}
