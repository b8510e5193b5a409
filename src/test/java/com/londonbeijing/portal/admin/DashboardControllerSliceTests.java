package com.londonbeijing.portal.admin;

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
import static org.mockito.BDDMockito.given;

/**
 * The dashboard's page with its read model mocked: editors see it with its counts,
 * visitors are sent to sign in, accounts without a role are refused.
 */
@WithMockUser(roles = "EDITOR")
@AdminControllerSlice(DashboardController.class)
class DashboardControllerSliceTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	Dashboard dashboard;

	@Test
	void editorsSeeTheCountsOfEachKind() {
		List<Dashboard.KindCount> counts = List.of(new Dashboard.KindCount("areas", 3, 1));
		given(this.dashboard.counts()).willReturn(counts);

		MvcTestResult result = this.mvc.get().uri("/admin").exchange();

		assertThat(result).hasStatusOk().hasViewName("admin/dashboard");
		assertThat(result).model().containsEntry("counts", counts);
	}

	@Test
	@WithAnonymousUser
	void visitorsAreSentToSignIn() {
		MvcTestResult result = this.mvc.get().uri("/admin").exchange();

		assertThat(result).hasStatus(302);
		assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
	}

	@Test
	@WithMockUser(roles = "VISITOR")
	void anAccountWithoutTheEditorRoleIsRefused() {
		assertThat(this.mvc.get().uri("/admin")).hasStatus(403);
	}

}
