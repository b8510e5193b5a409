package com.londonbeijing.portal.security;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import com.londonbeijing.portal.account.Account;
import com.londonbeijing.portal.account.AccountService;
import com.londonbeijing.portal.account.Role;
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
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The two-step set-up page with the key store, accounts and sign-in throttle mocked: a
 * new key is shown as a QR code and text, a wrong or hostile code shows the page again
 * with a message (the code only as text), a right one shows the recovery codes once, and
 * changing a set-up needs the password and a current code, is throttled and logged. Only
 * a session that passed the password step gets in, and every change needs the form's CSRF
 * token.
 */
@WithMockUser(username = "editor", authorities = { "ROLE_EDITOR", "FACTOR_PASSWORD" })
@AdminControllerSlice(TwoStepController.class)
class TwoStepControllerSliceTests {

	private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	AccountService accounts;

	@MockitoBean
	TwoStep twoStep;

	@MockitoBean
	LoginFailures failures;

	@MockitoBean
	SecurityLog log;

	private Account account;

	@BeforeEach
	void anEditorWithoutTwoStep() {
		this.account = mock(Account.class);
		given(this.account.getId()).willReturn(7L);
		given(this.account.getUsername()).willReturn("editor");
		given(this.account.getRole()).willReturn(Role.EDITOR);
		given(this.accounts.findByUsername("editor")).willReturn(Optional.of(this.account));
		given(this.twoStep.pendingSecret(7L)).willReturn(SECRET);
		given(this.failures.delayFor(anyString(), anyString(), eq(Factor.CODE), any())).willReturn(Optional.empty());
	}

	@Test
	void aNewKeyIsShownAsAQrCodeAndAsText() {
		MvcTestResult result = this.mvc.get().uri("/account/two-step").exchange();

		assertThat(result).hasStatusOk().hasViewName("account/two-step");
		assertThat(result).model()
			.containsEntry("enrolled", false)
			.containsEntry("secret", TotpCodes.grouped(SECRET))
			.containsKey("qrCode");
		assertThat(result).bodyText().contains("data:image/svg+xml").contains(TotpCodes.grouped(SECRET));
	}

	@Test
	void aSetUpAccountSeesHowManyRecoveryCodesAreLeftAndNoKey() {
		given(this.twoStep.isEnrolled(7L)).willReturn(true);
		given(this.twoStep.recoveryCodesLeft(7L)).willReturn(4);

		MvcTestResult result = this.mvc.get().uri("/account/two-step").exchange();

		assertThat(result).hasStatusOk().hasViewName("account/two-step");
		assertThat(result).model().containsEntry("recoveryCodesLeft", 4).doesNotContainKeys("secret", "qrCode");
		then(this.twoStep).should(never()).pendingSecret(anyLong());
	}

	@Test
	void aRightFirstCodeShowsTheRecoveryCodesOnce() {
		given(this.twoStep.confirm(this.account, "123456")).willReturn(Optional.of(List.of("aaaa-bbbb", "cccc-dddd")));

		MvcTestResult result = this.mvc.post().with(csrf()).uri("/account/two-step").param("code", "123456").exchange();

		assertThat(result).hasStatusOk().hasViewName("account/recovery-codes");
		assertThat(result).model().containsEntry("recoveryCodes", List.of("aaaa-bbbb", "cccc-dddd"));
		assertThat(result).bodyText().contains("aaaa-bbbb").contains("cccc-dddd");
	}

	@Test
	void aWrongOrHostileFirstCodeShowsThePageAgainWithoutTheCode() {
		String hostile = "<script>alert(1)</script>\u0000" + "9".repeat(5000);
		given(this.twoStep.confirm(any(), any())).willReturn(Optional.empty());

		MvcTestResult result = this.mvc.post().with(csrf()).uri("/account/two-step").param("code", hostile).exchange();

		assertThat(result).hasStatusOk().hasViewName("account/two-step");
		assertThat(result).model().extractingBindingResult("twoStepForm").hasFieldErrors("code");
		assertThat(result).bodyText()
			.contains("The code is not right")
			.doesNotContain("&lt;script&gt;")
			.doesNotContain("<script>alert(1)</script>")
			.doesNotContain("99999");
	}

	@Test
	void confirmingAgainWhenSetUpChangesNothing() {
		given(this.twoStep.isEnrolled(7L)).willReturn(true);

		MvcTestResult result = this.mvc.post().with(csrf()).uri("/account/two-step").param("code", "123456").exchange();

		assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/account/two-step");
		then(this.twoStep).should(never()).confirm(any(), any());
	}

	@Test
	void newRecoveryCodesNeedThePasswordAndACurrentCode() {
		given(this.twoStep.isEnrolled(7L)).willReturn(true);
		given(this.accounts.passwordMatches("editor", "secret")).willReturn(true);
		given(this.twoStep.acceptCode(7L, "123456")).willReturn(true);
		given(this.twoStep.renewRecoveryCodes(this.account)).willReturn(List.of("eeee-ffff"));

		MvcTestResult result = this.mvc.post()
			.with(csrf())
			.uri("/account/two-step/recovery-codes")
			.param("currentPassword", "secret")
			.param("code", "123456")
			.exchange();

		assertThat(result).hasStatusOk().hasViewName("account/recovery-codes");
		assertThat(result).bodyText().contains("eeee-ffff");
	}

	@Test
	void aWrongPasswordKeepsTheSetUpAndIsCountedAndLogged() {
		given(this.twoStep.isEnrolled(7L)).willReturn(true);

		MvcTestResult result = this.mvc.post()
			.with(csrf())
			.uri("/account/two-step/reset")
			.param("currentPassword", "wrong")
			.param("code", "123456")
			.exchange();

		assertThat(result).hasStatusOk().hasViewName("account/two-step");
		assertThat(result).model().extractingBindingResult("twoStepForm").hasFieldErrors("currentPassword");
		assertThat(result).bodyText().contains("The current password is not right").doesNotContain("value=\"wrong\"");
		then(this.twoStep).should(never()).reset(any(), any());
		then(this.failures).should().record(eq("editor"), anyString(), eq(Factor.CODE));
		then(this.log).should().record(eq(SecurityEvent.SECOND_STEP_FAILED), eq("editor"), any());
	}

	@Test
	void whileThrottledNothingIsCheckedAndTheWaitIsShown() {
		given(this.twoStep.isEnrolled(7L)).willReturn(true);
		given(this.failures.delayFor(anyString(), anyString(), eq(Factor.CODE), any()))
			.willReturn(Optional.of(Duration.ofMinutes(3)));

		MvcTestResult result = this.mvc.post()
			.with(csrf())
			.uri("/account/two-step/reset")
			.param("currentPassword", "secret")
			.param("code", "123456")
			.exchange();

		assertThat(result).hasStatusOk().hasViewName("account/two-step");
		assertThat(result).bodyText().contains("3 minutes");
		then(this.accounts).should(never()).passwordMatches(anyString(), any());
		then(this.twoStep).should(never()).reset(any(), any());
	}

	@Test
	void turningTwoStepOffWithThePasswordAndACodeGoesBackToThePage() {
		given(this.twoStep.isEnrolled(7L)).willReturn(true);
		given(this.accounts.passwordMatches("editor", "secret")).willReturn(true);
		given(this.twoStep.acceptCode(7L, "123456")).willReturn(true);

		MvcTestResult result = this.mvc.post()
			.with(csrf())
			.uri("/account/two-step/reset")
			.param("currentPassword", "secret")
			.param("code", "123456")
			.exchange();

		assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/account/two-step");
		then(this.twoStep).should().reset(this.account, "by its holder");
	}

	@Test
	@WithAnonymousUser
	void visitorsAreSentToSignIn() {
		MvcTestResult result = this.mvc.get().uri("/account/two-step").exchange();

		assertThat(result).hasStatus(302);
		assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
	}

	@Test
	@WithMockUser(username = "editor", roles = "EDITOR")
	void aSessionThatHasNotPassedThePasswordStepIsSentToSignInWithIt() {
		MvcTestResult result = this.mvc.get().uri("/account/two-step").exchange();

		assertThat(result).hasStatus(302);
		assertThat(result.getResponse().getRedirectedUrl()).contains("/login");
		then(this.twoStep).should(never()).pendingSecret(anyLong());
	}

	@Test
	void changesWithoutTheCsrfTokenAreRefused() {
		assertThat(this.mvc.post().uri("/account/two-step").param("code", "123456")).hasStatus(403);
		assertThat(this.mvc.post().uri("/account/two-step/reset").param("code", "123456")).hasStatus(403);
		then(this.twoStep).should(never()).confirm(any(), any());
		then(this.twoStep).should(never()).reset(any(), any());
	}

}
