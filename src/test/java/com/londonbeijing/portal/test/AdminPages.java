package com.londonbeijing.portal.test;

import java.util.List;

/**
 * Every page of the admin area that the browser checks visit signed in as an
 * administrator ({@code AdminPageBrowserTests}: axe-core in both colour schemes, phone
 * width, keyboard focus). When an admin page lands, add its path here; forms showing
 * their errors are checked by tests of their own.
 */
public final class AdminPages {

	private AdminPages() {
	}

	/**
	 * The paths to check. Used as a JUnit {@code @MethodSource}.
	 * @return the paths of the admin pages
	 */
	public static List<String> paths() {
		return List.of("/admin", "/admin/users", "/admin/users/new", "/account/password", "/account/two-step",
				"/account/sessions", "/admin/security-log", "/admin/security-log?event=SIGN_IN&from=2020-01-01",
				// Content editing, with seeded records (ids from the seed migration)
				"/admin/areas", "/admin/areas/new", "/admin/areas/2/edit", "/admin/areas/2/delete",
				"/admin/areas/2/history", "/admin/trade", "/admin/trade/new", "/admin/trade/import",
				"/admin/trade/3/edit", "/admin/trade/3/history/1", "/admin/case-studies", "/admin/case-studies/new",
				"/admin/case-studies/2/edit", "/admin/case-studies/2/delete", "/admin/case-studies/2/history",
				"/admin/trade/3/delete", "/admin/meetings", "/admin/meetings/new", "/admin/meetings/1/edit",
				"/admin/meetings/1/delete", "/admin/meetings/1/history", "/admin/meetings/1/withdraw", "/admin/texts",
				"/admin/texts/home.intro/edit", "/admin/texts/home.intro/history", "/admin/translations");
	}

}
