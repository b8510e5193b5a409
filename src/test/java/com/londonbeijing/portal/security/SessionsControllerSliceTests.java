package com.londonbeijing.portal.security;

import java.util.List;

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
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The page of one's own sessions with the session store mocked: any signed-in account
 * sees its own and may end the others; visitors are sent to sign in, and ending sessions
 * needs the form's CSRF token.
 */
@WithMockUser(username = "editor", roles = "EDITOR")
@AdminControllerSlice(SessionsController.class)
class SessionsControllerSliceTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	AccountSessions sessions;

	@Test
	void anAccountSeesItsOwnSessions() {
		given(this.sessions.of("editor")).willReturn(List.of());

		MvcTestResult result = this.mvc.get().uri("/account/sessions").exchange();

		assertThat(result).hasStatusOk().hasViewName("account/sessions");
		assertThat(result).model().containsEntry("sessions", List.of()).containsEntry("others", 0L);
		then(this.sessions).should().of("editor");
	}

	@Test
	void endingTheOthersEndsThoseOfTheSignedInAccount() {
		given(this.sessions.endAll(anyString(), any())).willReturn(2);

		MvcTestResult result = this.mvc.post().with(csrf()).uri("/account/sessions/end-others").exchange();

		assertThat(result).hasStatus(302).hasRedirectedUrl("/account/sessions");
		then(this.sessions).should().endAll(eq("editor"), any());
	}

	@Test
	@WithAnonymousUser
	void visitorsAreSentToSignIn() {
		MvcTestResult result = this.mvc.get().uri("/account/sessions").exchange();

		assertThat(result).hasStatus(302);
		assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
	}

	@Test
	void endingSessionsWithoutTheCsrfTokenIsRefused() {
		assertThat(this.mvc.post().uri("/account/sessions/end-others")).hasStatus(403);
		then(this.sessions).should(never()).endAll(anyString(), any());
	}

}
