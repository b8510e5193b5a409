package com.londonbeijing.portal.test;

import java.util.List;

/**
 * Every public page that the quality checks visit: the Nu Html Checker
 * ({@code PublicPageHtmlTests}) and, in the browser profile, axe-core, narrow screens and
 * keyboard focus ({@code PublicPageBrowserTests}). When a public page lands, add one line
 * here with a path that shows it with real seed content (for a detail page, one seeded
 * record).
 */
public final class PublicPages {

	private PublicPages() {
	}

	/**
	 * The paths to check, relative to the application root. Used as a JUnit
	 * {@code @MethodSource}.
	 * @return the paths of every public page, one per kind of page
	 */
	public static List<String> paths() {
		return List.of(
				// Home page
				"/", "/areas", "/areas/trade-and-investment", "/areas/education-and-research", "/case-studies",
				"/case-studies?area=cultural-exchange", "/case-studies/london-shanghai-cooperation",
				"/case-studies/tech-partnerships", "/meetings", "/meetings?topic=taiwan&year=abc",
				"/meetings/2024-10-18-wang-yi-david-lammy", "/trade", "/trade/versions/1",
				// Search: results (highlighted, labelled by kind), an empty search,
				// nothing found
				"/search?q=trade", "/search", "/search?q=zzzzqqqq", "/meetings/2024-10-18-wang-yi-david-lammy",
				// The same pages in Chinese (web/LanguageFilter), where Chinese text must
				// fit
				// narrow screens too
				"/zh", "/zh/areas", "/zh/areas/education-and-research", "/zh/trade", "/zh/case-studies",
				"/zh/case-studies/london-shanghai-cooperation", "/zh/meetings",
				"/zh/meetings/2024-10-18-wang-yi-david-lammy", "/zh/does-not-exist",
				// Sign-in page of the admin area
				"/login",
				// The API's documentation page
				"/api", "/zh/api",
				// The embeddable trade chart, alone on a page for other sites to frame
				"/trade/chart", "/zh/trade/chart",
				// The styled 404 page that any unknown address gets
				"/does-not-exist");
	}

}
