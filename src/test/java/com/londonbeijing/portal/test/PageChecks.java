package com.londonbeijing.portal.test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * What the browser tests check on a page, in one place: WCAG violations that axe-core
 * finds, elements that stick out of a narrow window, and the visible focus indicator.
 * (The same checks as {@code PublicPageBrowserTests}, for the admin area's tests and any
 * to come.)
 */
public final class PageChecks {

	private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	private PageChecks() {
	}

	/**
	 * Runs axe-core on the current page in the light and the dark colour scheme.
	 * @param browser the browser, showing the page
	 * @param page a name for the page in the report
	 * @return one line per violation and per offending element; empty if none
	 */
	public static List<String> accessibilityViolations(Browser browser, String page) {
		browser.useDarkColourScheme(false);
		List<String> problems = new ArrayList<>(violations(browser, page + " (light scheme)"));
		browser.useDarkColourScheme(true);
		problems.addAll(violations(browser, page + " (dark scheme)"));
		browser.useDarkColourScheme(false);
		return problems;
	}

	private static List<String> violations(Browser browser, String page) {
		Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(browser.driver());
		if (results.isErrored()) {
			return List.of(page + ": axe-core failed to run: " + results.getErrorMessage());
		}
		List<String> problems = new ArrayList<>();
		for (Rule rule : results.getViolations()) {
			problems.add("%s: %s [%s] %s (%s)".formatted(page, rule.getId(), rule.getImpact(), rule.getHelp(),
					rule.getHelpUrl()));
			for (CheckedNode node : rule.getNodes()) {
				problems.add("    at %s: %s".formatted(node.getTarget(), node.getHtml()));
				if (node.getFailureSummary() != null) {
					problems.add("       " + node.getFailureSummary().replace("\n", "\n       "));
				}
			}
		}
		return problems;
	}

	/**
	 * How wide the page is compared with its window.
	 * @param browser the browser, showing the page
	 * @return {@code null} if nothing scrolls sideways, otherwise a description of the
	 * elements sticking out
	 */
	@SuppressWarnings("unchecked")
	public static String sidewaysOverflow(Browser browser) {
		long clientWidth = (Long) browser.script("return document.documentElement.clientWidth");
		long scrollWidth = (Long) browser.script("return document.documentElement.scrollWidth");
		if (scrollWidth <= clientWidth) {
			return null;
		}
		List<String> elements = (List<String>) browser.script("""
				const limit = document.documentElement.clientWidth;
				return Array.from(document.querySelectorAll('body *'))
				  .filter(e => e.getBoundingClientRect().right > limit)
				  .slice(-10)
				  .map(e => e.outerHTML.substring(0, 120) + ' … right edge at '
				    + Math.round(e.getBoundingClientRect().right) + ' px');
				""");
		return "%d px wide in a %d px viewport; elements sticking out:%n%s".formatted(scrollWidth, clientWidth,
				String.join("\n", elements));
	}

	/**
	 * Presses Tab through the page and lists the stops that show no outline or focus box
	 * shadow.
	 * @param browser the browser, showing the page
	 * @param maxTabs when to stop if focus never returns to the start
	 * @return descriptions of the elements without a focus indicator (empty if none) —
	 * or, if no element took focus, one line saying so
	 */
	public static List<String> tabStopsWithoutFocusIndicator(Browser browser, int maxTabs) {
		List<String> withoutIndicator = new ArrayList<>();
		List<WebElement> visited = new ArrayList<>();
		for (int i = 0; i < maxTabs; i++) {
			new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
			WebElement focused = browser.driver().switchTo().activeElement();
			if (focused.getTagName().equals("body") || visited.contains(focused)) {
				break;
			}
			visited.add(focused);
			if (focusIndicator(browser, focused) == null) {
				withoutIndicator
					.add((String) browser.script("return arguments[0].outerHTML.substring(0, 160)", focused));
			}
		}
		return visited.isEmpty() ? List.of("no element took focus") : withoutIndicator;
	}

	/**
	 * The visible focus indicator of a focused element: its outline, or its box shadow,
	 * or {@code null} if it has neither.
	 * @param browser the browser
	 * @param element the focused element
	 * @return a description of the indicator, or {@code null}
	 */
	@SuppressWarnings("unchecked")
	public static String focusIndicator(Browser browser, WebElement element) {
		Map<String, String> style = (Map<String, String>) browser.script("""
				const s = getComputedStyle(arguments[0]);
				return { outlineStyle: s.outlineStyle, outlineWidth: s.outlineWidth,
				         outlineColor: s.outlineColor, boxShadow: s.boxShadow };
				""", element);
		boolean outline = !style.get("outlineStyle").equals("none") && !style.get("outlineWidth").equals("0px")
				&& !style.get("outlineColor").equals("rgba(0, 0, 0, 0)");
		if (outline) {
			return "outline " + style.get("outlineStyle") + " " + style.get("outlineWidth");
		}
		return style.get("boxShadow").equals("none") ? null : "box-shadow " + style.get("boxShadow");
	}

}
