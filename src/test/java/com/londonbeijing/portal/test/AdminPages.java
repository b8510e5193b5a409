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
		return List.of("/admin", "/admin/users", "/admin/users/new", "/account/password");
	}

}
