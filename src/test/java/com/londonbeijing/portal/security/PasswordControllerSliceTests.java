package com.londonbeijing.portal.security;

import java.time.Duration;
import java.util.Optional;

import com.londonbeijing.portal.account.AccountService;
import com.londonbeijing.portal.account.PasswordPolicy;
import com.londonbeijing.portal.audit.SecurityEvent;
import com.londonbeijing.portal.audit.SecurityLog;
import com.londonbeijing.portal.security.LoginFailures.Factor;
import com.londonbeijing.portal.test.AdminControllerSlice;
import org.junit.jupiter.api.BeforeEach;
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
 * Changing one's own password with the accounts and the sign-in throttle mocked: a wrong
 * current password is counted and logged, a throttled account is not checked at all, new
 * passwords the policy refuses are shown again with the reason (never the passwords), and
 * a good one is stored. Any signed-in account may use the page; visitors are sent to sign
 * in and a change needs the form's CSRF token.
 */
@WithMockUser(username = "editor", roles = "EDITOR")
@AdminControllerSlice(PasswordController.class)
class PasswordControllerSliceTests {

	private static final String GOOD = "violet tram under seven bridges";

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	AccountService accounts;

	@MockitoBean
	LoginFailures failures;

	@MockitoBean
	SecurityLog log;

	@BeforeEach
	void notThrottled() {
		given(this.failures.delayFor(anyString(), anyString(), eq(Factor.PASSWORD), any()))
			.willReturn(Optional.empty());
	}

	@Test
	void theFormSaysHowLongAPasswordMustBe() {
		MvcTestResult result = this.mvc.get().uri("/account/password").exchange();

		assertThat(result).hasStatusOk().hasViewName("account/password");
		assertThat(result).model()
			.containsKey("passwordChangeForm")
			.containsEntry("passwordMinLength", PasswordPolicy.MIN_LENGTH)
			.containsEntry("passwordChangeRequired", false);
	}

	@Test
	void aGoodNewPasswordIsStoredAndTheAccountGoesOn() {
		given(this.accounts.passwordMatches("editor", "old one")).willReturn(true);

		MvcTestResult result = this.mvc.post()
			.with(csrf())
			.uri("/account/password")
			.param("currentPassword", "old one")
			.param("newPassword", GOOD)
			.param("confirmPassword", GOOD)
			.exchange();

		assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/admin");
		then(this.accounts).should().changePassword("editor", GOOD);
		then(this.failures).should().forget("editor", Factor.PASSWORD);
	}

	@Test
	void aWrongCurrentPasswordIsCountedLoggedAndNothingChanges() {
		MvcTestResult result = this.mvc.post()
			.with(csrf())
			.uri("/account/password")
			.param("currentPassword", "guess")
			.param("newPassword", GOOD)
			.param("confirmPassword", GOOD)
			.exchange();

		assertThat(result).hasStatusOk().hasViewName("account/password");
		assertThat(result).model().extractingBindingResult("passwordChangeForm").hasFieldErrors("currentPassword");
		assertThat(result).bodyText().contains("The current password is not right").doesNotContain(GOOD);
		then(this.failures).should().record(eq("editor"), anyString(), eq(Factor.PASSWORD));
		then(this.log).should().record(SecurityEvent.PASSWORD_CHECK_FAILED, "editor", null);
		then(this.accounts).should(never()).changePassword(anyString(), anyString());
	}

	@Test
	void whileThrottledTheCurrentPasswordIsNotCheckedAndTheWaitIsShown() {
		given(this.failures.delayFor(anyString(), anyString(), eq(Factor.PASSWORD), any()))
			.willReturn(Optional.of(Duration.ofMinutes(5)));

		MvcTestResult result = this.mvc.post()
			.with(csrf())
			.uri("/account/password")
			.param("currentPassword", "old one")
			.param("newPassword", GOOD)
			.param("confirmPassword", GOOD)
			.exchange();

		assertThat(result).hasStatusOk().hasViewName("account/password");
		assertThat(result).bodyText().contains("5 minutes");
		then(this.accounts).should(never()).passwordMatches(anyString(), any());
		then(this.accounts).should(never()).changePassword(anyString(), anyString());
	}

	@Test
	void aMissingCurrentPasswordIsAskedForWithoutCheckingIt() {
		MvcTestResult result = this.mvc.post()
			.with(csrf())
			.uri("/account/password")
			.param("newPassword", GOOD)
			.param("confirmPassword", GOOD)
			.exchange();

		assertThat(result).hasStatusOk().hasViewName("account/password");
		assertThat(result).model().extractingBindingResult("passwordChangeForm").hasFieldErrors("currentPassword");
		then(this.accounts).should(never()).passwordMatches(anyString(), any());
		then(this.failures).should(never()).record(anyString(), anyString(), any());
	}

	@Test
	void newPasswordsThePolicyRefusesAreShownAgainWithTheReasonButNotThePasswords() {
		given(this.accounts.passwordMatches("editor", "old one")).willReturn(true);
		String huge = "<b>x</b>\u0000" + "y".repeat(10_000);

		MvcTestResult tooShort = this.mvc.post()
			.with(csrf())
			.uri("/account/password")
			.param("currentPassword", "old one")
			.param("newPassword", "short")
			.param("confirmPassword", "short")
			.exchange();
		MvcTestResult tooLong = this.mvc.post()
			.with(csrf())
			.uri("/account/password")
			.param("currentPassword", "old one")
			.param("newPassword", huge)
			.param("confirmPassword", huge)
			.exchange();
		MvcTestResult mismatch = this.mvc.post()
			.with(csrf())
			.uri("/account/password")
			.param("currentPassword", "old one")
			.param("newPassword", GOOD)
			.param("confirmPassword", GOOD + "!")
			.exchange();

		assertThat(tooShort).hasStatusOk().hasViewName("account/password");
		assertThat(tooShort).model().extractingBindingResult("passwordChangeForm").hasFieldErrors("newPassword");
		assertThat(tooLong).hasStatusOk();
		assertThat(tooLong).bodyText().contains("too long").doesNotContain("yyyyyyyy");
		assertThat(mismatch).model().extractingBindingResult("passwordChangeForm").hasFieldErrors("confirmPassword");
		assertThat(mismatch).bodyText().doesNotContain(GOOD);
		then(this.accounts).should(never()).changePassword(anyString(), anyString());
	}

	@Test
	@WithAnonymousUser
	void visitorsAreSentToSignIn() {
		MvcTestResult result = this.mvc.get().uri("/account/password").exchange();

		assertThat(result).hasStatus(302);
		assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
	}

	@Test
	@WithMockUser(username = "someone", roles = "VISITOR")
	void anyAccountMayChangeItsOwnPassword() {
		assertThat(this.mvc.get().uri("/account/password")).hasStatusOk().hasViewName("account/password");
	}

	@Test
	void aChangeWithoutTheCsrfTokenIsRefused() {
		assertThat(this.mvc.post()
			.uri("/account/password")
			.param("currentPassword", "old one")
			.param("newPassword", GOOD)
			.param("confirmPassword", GOOD)).hasStatus(403);
		then(this.accounts).should(never()).changePassword(anyString(), anyString());
	}

}
