package com.londonbeijing.portal.audit.admin;

import java.time.LocalDate;
import java.util.List;

import com.londonbeijing.portal.audit.SecurityEvent;
import com.londonbeijing.portal.audit.SecurityLog;
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
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;

/**
 * The security log's filters with the log mocked: known events and dates filter, unknown
 * ones are reported on the page rather than failing it, and only administrators see it.
 */
@WithMockUser(roles = "ADMIN")
@AdminControllerSlice(SecurityLogController.class)
class SecurityLogControllerSliceTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	SecurityLog log;

	@BeforeEach
	void anEmptyLog() {
		given(this.log.find(any(), anyInt())).willReturn(new PageImpl<>(List.of(), PageRequest.of(0, 50), 0));
	}

	@Test
	void knownFiltersArePassedOnTrimmed() {
		MvcTestResult result = this.mvc.get()
			.uri("/admin/security-log")
			.param("account", " editor ")
			.param("event", "SIGN_IN")
			.param("from", "2024-01-01")
			.param("to", "2024-02-01")
			.param("page", "2")
			.exchange();

		assertThat(result).hasStatusOk().hasViewName("admin/security-log/list");
		assertThat(result).model().containsEntry("account", "editor").containsEntry("problems", List.of());
		then(this.log).should()
			.find(new SecurityLog.Filter("editor", SecurityEvent.SIGN_IN, LocalDate.of(2024, 1, 1),
					LocalDate.of(2024, 2, 1)), 1);
	}

	@Test
	void unknownEventsAndBadDatesAreReportedNotFailed() {
		MvcTestResult result = this.mvc.get()
			.uri("/admin/security-log")
			.param("event", "<script>")
			.param("from", "yesterday")
			.param("to", "2024-13-45")
			.param("page", "-7")
			.exchange();

		assertThat(result).hasStatusOk();
		assertThat(result).model()
			.containsEntry("problems", List.of("admin.securityLog.badEvent", "admin.securityLog.badDate"));
		then(this.log).should().find(new SecurityLog.Filter(null, null, null, null), 0);
	}

	@Test
	@WithAnonymousUser
	void visitorsAreSentToSignIn() {
		MvcTestResult result = this.mvc.get().uri("/admin/security-log").exchange();

		assertThat(result).hasStatus(302);
		assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void editorsAreRefused() {
		assertThat(this.mvc.get().uri("/admin/security-log")).hasStatus(403);
	}

}
