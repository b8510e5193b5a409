package com.londonbeijing.portal.account.admin;

import java.util.List;

import com.londonbeijing.portal.account.Account;
import com.londonbeijing.portal.account.AccountService;
import com.londonbeijing.portal.account.Role;
import com.londonbeijing.portal.security.TwoStep;
import com.londonbeijing.portal.support.NotFoundException;
import com.londonbeijing.portal.test.AdminControllerSlice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The account pages with the account service mocked: they follow the editing flow's
 * conventions (invalid forms and outages give the form back, a conflict the shared
 * conflict page, unknown ids the 404 page) and only administrators reach them.
 */
@WithMockUser(roles = "ADMIN")
@AdminControllerSlice(AccountAdminController.class)
class AccountAdminControllerSliceTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	AccountService accounts;

	@MockitoBean
	TwoStep twoStep;

	private Account editor;

	@BeforeEach
	void anEditorAccount() {
		this.editor = BeanUtils.instantiateClass(Account.class);
		ReflectionTestUtils.setField(this.editor, "id", 7L);
		ReflectionTestUtils.setField(this.editor, "username", "editor");
		ReflectionTestUtils.setField(this.editor, "role", Role.EDITOR);
		ReflectionTestUtils.setField(this.editor, "enabled", true);
		ReflectionTestUtils.setField(this.editor, "version", 3L);
		given(this.accounts.all()).willReturn(List.of(this.editor));
		given(this.accounts.get(7L)).willReturn(this.editor);
		given(this.accounts.get(8L)).willThrow(new NotFoundException("Account"));
	}

	@Test
	void administratorsSeeTheAccounts() {
		MvcTestResult result = this.mvc.get().uri("/admin/users").exchange();

		assertThat(result).hasStatusOk().hasViewName("admin/users/list");
		assertThat(result).model().containsEntry("accounts", List.of(this.editor));
	}

	@Test
	void anInvalidNewAccountIsShownAgainAndNotCreated() {
		MvcTestResult result = this.mvc.post()
			.with(csrf())
			.uri("/admin/users/new")
			.param("username", "x")
			.param("role", "NOBODY")
			.param("password", "short")
			.param("confirmPassword", "other")
			.exchange();

		assertThat(result).hasStatusOk().hasViewName("admin/users/form");
		assertThat(result).model().extractingBindingResult("accountForm").hasFieldErrors("username", "role");
		then(this.accounts).should(never()).create(anyString(), any(), anyBoolean(), anyString());
	}

	@Test
	void aSaveDuringAnOutageGivesTheFormBackAsA503() {
		willThrow(new DataAccessResourceFailureException("down")).given(this.accounts)
			.update(anyLong(), anyLong(), any(), anyBoolean(), any());

		MvcTestResult result = this.mvc.post()
			.with(csrf())
			.uri("/admin/users/7/edit")
			.param("role", "ADMIN")
			.param("enabled", "true")
			.param("version", "3")
			.exchange();

		assertThat(result).hasStatus(503).hasViewName("admin/users/form");
		assertThat(result).model()
			.extractingBindingResult("accountForm")
			.satisfies(
					(errors) -> assertThat(errors.getGlobalError().getCode()).isEqualTo("admin.databaseUnavailable"));
		assertThat(result).model().extractingBindingResult("accountForm").hasErrorsCount(1);
		assertThat(result).bodyText().contains("nothing has been saved");
	}

	@Test
	void aConflictingSaveGetsTheSharedConflictPage() {
		willThrow(new ObjectOptimisticLockingFailureException(Account.class, 7L)).given(this.accounts)
			.update(anyLong(), anyLong(), any(), anyBoolean(), any());

		MvcTestResult result = this.mvc.post()
			.with(csrf())
			.uri("/admin/users/7/edit")
			.param("role", "ADMIN")
			.param("enabled", "true")
			.param("version", "2")
			.exchange();

		assertThat(result).hasStatus(409).hasViewName("error/409");
	}

	@Test
	void unknownOrMalformedIdsAreNotFound() {
		assertThat(this.mvc.get().uri("/admin/users/8/edit")).hasStatus(404);
		assertThat(this.mvc.get().uri("/admin/users/99999999999999999999/edit")).hasStatus(404);
		assertThat(this.mvc.get().uri("/admin/users/abc/delete")).hasStatus(404);
	}

	@Test
	@WithAnonymousUser
	void visitorsAreSentToSignIn() {
		MvcTestResult result = this.mvc.get().uri("/admin/users").exchange();

		assertThat(result).hasStatus(302);
		assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void editorsAreRefused() {
		assertThat(this.mvc.get().uri("/admin/users")).hasStatus(403);
		assertThat(this.mvc.post().with(csrf()).uri("/admin/users/7/delete")).hasStatus(403);
		then(this.accounts).should(never()).delete(anyLong());
	}

	@Test
	void aPostWithoutItsCsrfTokenIsRefused() {
		assertThat(this.mvc.post().uri("/admin/users/7/delete")).hasStatus(403);
		then(this.accounts).should(never()).delete(anyLong());
	}

}
