package com.londonbeijing.portal.meeting.admin;

import java.util.List;

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
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The meeting form offers its choices, and its sub-list buttons change only the form.
 */
@WithMockUser(roles = "EDITOR")
@AdminControllerSlice(MeetingAdminController.class)
class MeetingAdminControllerSliceTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	MeetingAdmin admin;

	@MockitoBean
	MeetingChoices choices;

	@BeforeEach
	void anEditorThatAddsMeetings() {
		given(this.admin.addsAndDeletes()).willReturn(true);
		given(this.admin.newForm()).willAnswer((invocation) -> new MeetingForm());
		given(this.choices.topicNames()).willReturn(List.of("Climate"));
	}

	@Test
	void newFormOffersTopicsAndSides() {
		MvcTestResult result = this.mvc.get().uri("/admin/meetings/new").exchange();

		assertThat(result).hasStatusOk().hasViewName("admin/meetings/form");
		assertThat(result).model().containsEntry("topicNames", List.of("Climate")).containsKeys("areaChoices", "sides");
	}

	@Test
	void addingAParticipantShowsTheFormWithoutErrorsAndSavesNothing() {
		MvcTestResult result = this.mvc.post()
			.with(csrf())
			.uri("/admin/meetings/new")
			.param("title", "")
			.param("edit", "add:participants")
			.exchange();

		assertThat(result).hasStatusOk().hasViewName("admin/meetings/form");
		assertThat(result).model().extractingBindingResult("form").hasErrorsCount(0);
		assertThat(result).model()
			.extractingByKey("form")
			.satisfies((form) -> assertThat(((MeetingForm) form).getParticipants()).hasSize(1));
		then(this.admin).should(never()).save(any());
	}

	@Test
	@WithAnonymousUser
	void visitorsAreSentToSignIn() {
		MvcTestResult result = this.mvc.get().uri("/admin/meetings/new").exchange();

		assertThat(result).hasStatus(302);
		assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
	}

	@Test
	@WithMockUser(roles = "VISITOR")
	void anAccountWithoutTheEditorRoleIsRefused() {
		assertThat(this.mvc.get().uri("/admin/meetings/new")).hasStatus(403);
		assertThat(this.mvc.post().with(csrf()).uri("/admin/meetings/new")).hasStatus(403);
	}

	@Test
	void aPostWithoutItsCsrfTokenIsRefused() {
		assertThat(this.mvc.post().uri("/admin/meetings/new").param("title", "x")).hasStatus(403);
	}

}
