package com.londonbeijing.portal.area.admin;

import com.londonbeijing.portal.account.Role;
import com.londonbeijing.portal.test.PortalIntegrationTest;
import com.londonbeijing.portal.test.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * Editors add, change and delete cooperation areas, and see the result on the site.
 */
@PortalIntegrationTest
@AutoConfigureMockMvc
class AreaAdminTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@RegisterExtension
	TestAccounts accounts = new TestAccounts();

	RequestPostProcessor editor;

	@BeforeEach
	void signInAnEditor() {
		this.editor = user(this.accounts.create("editor", Role.EDITOR).getUsername()).roles("EDITOR");
	}

	@AfterEach
	void removeTestAreasAndAccounts() {
		this.jdbc.update("DELETE FROM cooperation_area WHERE slug LIKE 'test-%'");
	}

	@Test
	void createsAPublishedAreaWithBenefitsThatVisitorsThenSee() throws Exception {
		this.mvc
			.perform(post("/admin/areas/new").with(csrf())
				.with(this.editor)
				.param("name", "Test Health Research")
				.param("slug", "")
				.param("summary", "Joint work on public health.")
				.param("benefits[0]", "Shared trials")
				.param("benefits[1]", "Faster approvals")
				.param("navOrder", "9")
				.param("status", "PUBLISHED"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/areas"))
			.andExpect(flash().attributeExists("flash"));

		this.mvc.perform(get("/areas/test-health-research").with(anonymous()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Shared trials")))
			.andExpect(content().string(containsString("Joint work on public health.")));
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM area_benefit b JOIN cooperation_area a "
				+ "ON a.id = b.area_id WHERE a.slug = 'test-health-research'", Integer.class))
			.isEqualTo(2);
	}

	@Test
	void addingABenefitRowKeepsWhatWasTypedWithoutSaving() throws Exception {
		this.mvc
			.perform(post("/admin/areas/new").with(csrf())
				.with(this.editor)
				.param("name", "Test Unsaved")
				.param("benefits[0]", "First")
				.param("navOrder", "1")
				.param("status", "DRAFT")
				.param("edit", "add:benefits"))
			.andExpect(status().isOk())
			.andExpect(view().name("admin/areas/form"))
			.andExpect(model().hasNoErrors())
			.andExpect(content().string(containsString("value=\"Test Unsaved\"")))
			.andExpect(content().string(containsString("name=\"benefits[1]\"")));
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM cooperation_area WHERE name = 'Test Unsaved'",
				Integer.class))
			.isZero();
	}

	@Test
	void rejectsBadInputWithMessagesAndKeepsIt() throws Exception {
		this.mvc
			.perform(post("/admin/areas/new").with(csrf())
				.with(this.editor)
				.param("name", "")
				.param("slug", "Not A Slug")
				.param("summary", "x".repeat(1001))
				.param("benefits[0]", " ")
				.param("navOrder", "abc")
				.param("status", "PUBLISHED"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "name", "slug", "summary", "benefits[0]", "navOrder"))
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("value=\"Not A Slug\"")))
			.andExpect(content().string(containsString("value=\"abc\"")));
	}

	@Test
	void rejectsASlugAnotherAreaUses() throws Exception {
		this.mvc
			.perform(post("/admin/areas/new").with(csrf())
				.with(this.editor)
				.param("name", "Test Copy")
				.param("slug", "trade-and-investment")
				.param("navOrder", "1")
				.param("status", "DRAFT"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "slug", "validation.slug.taken"));
	}

	@Test
	void scriptPayloadsAreShownAsText() throws Exception {
		this.mvc
			.perform(post("/admin/areas/new").with(csrf())
				.with(this.editor)
				.param("name", "Test <script>alert(1)</script> \"quoted\"")
				.param("slug", "test-payload")
				.param("body", "Hello <script>alert(2)</script> [x](javascript:alert(3))")
				.param("benefits[0]", "<img src=x onerror=alert(4)>")
				.param("navOrder", "1")
				.param("status", "PUBLISHED"))
			.andExpect(status().is3xxRedirection());

		this.mvc.perform(get("/areas/test-payload").with(anonymous()))
			.andExpect(content().string(not(containsString("<script>alert"))))
			.andExpect(content().string(not(containsString("<img src=x"))))
			.andExpect(content().string(not(containsString("javascript:alert"))))
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")));
		this.mvc.perform(get("/admin/areas").with(this.editor))
			.andExpect(content().string(not(containsString("<script>alert"))))
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")));
	}

	@Test
	void deletingAnAreaTakesItsPageOffTheSite() throws Exception {
		this.mvc.perform(post("/admin/areas/new").with(csrf())
			.with(this.editor)
			.param("name", "Test Doomed")
			.param("navOrder", "1")
			.param("status", "PUBLISHED"));
		Long id = this.jdbc.queryForObject("SELECT id FROM cooperation_area WHERE slug = 'test-doomed'", Long.class);

		this.mvc.perform(get("/admin/areas/" + id + "/delete").with(this.editor))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No case studies link to it.")));
		this.mvc.perform(post("/admin/areas/" + id + "/delete").with(csrf()).with(this.editor))
			.andExpect(redirectedUrl("/admin/areas"));

		// It was published, so its address says it has gone (see
		// address/StableAddressTests).
		this.mvc.perform(get("/areas/test-doomed").with(anonymous())).andExpect(status().isGone());
	}

	private static RequestPostProcessor anonymous() {
		return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous();
	}

}
