package com.londonbeijing.portal.security;

import com.londonbeijing.portal.test.PortalWebMvcTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The sign-in pages behind the real filter chains: the form for visitors, the dashboard
 * for someone already signed in, and no failure page without a failed sign-in.
 */
@PortalWebMvcTest(LoginController.class)
class LoginControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void visitorsGetTheSignInForm() {
		MvcTestResult result = this.mvc.get().uri("/login").param("signedOut", "").exchange();

		assertThat(result).hasStatusOk().hasViewName("security/login");
		assertThat(result).model().containsEntry("signedOut", true);
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void someoneSignedInIsSentToTheDashboard() {
		assertThat(this.mvc.get().uri("/login")).hasStatus(302).hasRedirectedUrl("/admin");
	}

	@Test
	void theFailurePageWithoutAFailedSignInSendsBackToTheForm() {
		assertThat(this.mvc.post().with(csrf()).uri("/login/failed")).hasStatus(302).hasRedirectedUrl("/login");
	}

	@Test
	void aSignInWithoutItsCsrfTokenIsRefused() {
		assertThat(this.mvc.post().uri("/login").param("username", "a").param("password", "b")).hasStatus(403);
	}

}
