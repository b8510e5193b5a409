package com.londonbeijing.portal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.londonbeijing.portal.test.Browser;
import com.londonbeijing.portal.test.BrowserTest;
import com.londonbeijing.portal.test.PublicPages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a visitor with a real browser gets on every public page (listed in
 * {@link PublicPages}): no WCAG 2.2 A/AA problems that axe-core can detect in either
 * colour scheme, no sideways scrolling on a phone, and a visible keyboard focus.
 */
@BrowserTest
class PublicPageBrowserTests {

	private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	/** The narrowest common phone screen (iPhone SE, many Androids), in CSS pixels. */
	private static final int PHONE_WIDTH = 375;

	/** Enough to walk through every link on a page of this site. */
	private static final int MAX_TABS = 200;

	@ParameterizedTest(name = "{0}")
	@MethodSource("com.londonbeijing.portal.test.PublicPages#paths")
	void pageHasNoAccessibilityViolationsInLightOrDarkScheme(String path, Browser browser) {
		browser.open(path);
		List<String> problems = new ArrayList<>(violations(browser, path + " (light scheme)"));
		browser.useDarkColourScheme(true);
		problems.addAll(violations(browser, path + " (dark scheme)"));

		assertThat(problems)
			.overridingErrorMessage(() -> "axe-core found WCAG 2.2 A/AA violations:\n" + String.join("\n", problems))
			.isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("com.londonbeijing.portal.test.PublicPages#paths")
	void pageFitsAPhoneScreenWithoutSidewaysScrolling(String path, Browser browser) {
		browser.resize(PHONE_WIDTH, 800);
		browser.open(path);

		long viewport = (Long) browser.script("return window.innerWidth");
		assertThat(viewport).as("viewport width after resizing the window").isEqualTo(PHONE_WIDTH);
		long clientWidth = (Long) browser.script("return document.documentElement.clientWidth");
		long scrollWidth = (Long) browser.script("return document.documentElement.scrollWidth");
		assertThat(scrollWidth).overridingErrorMessage(() -> """
				%s is %d px wide in a %d px viewport, so it scrolls sideways on a phone. Elements sticking out:
				%s""".formatted(path, scrollWidth, clientWidth, String.join("\n", overflowingElements(browser))))
			.isLessThanOrEqualTo(clientWidth);
	}

	@Test
	void skipLinkIsTheFirstTabStopIsVisibleWhenFocusedAndMovesFocusToTheMainContent(Browser browser) {
		browser.open("/");

		pressTab(browser);
		WebElement skipLink = browser.driver().switchTo().activeElement();

		assertThat(skipLink.getAttribute("class")).as("first Tab stop").contains("skip-link");
		assertThat(isInViewport(browser, skipLink)).as("skip link is on screen when focused").isTrue();
		assertThat(focusIndicator(browser, skipLink)).as("skip link shows that it has focus").isNotNull();

		skipLink.sendKeys(Keys.ENTER);
		assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).as("focus after following it")
			.isEqualTo("main");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("com.londonbeijing.portal.test.PublicPages#paths")
	void everyTabStopShowsWhereTheKeyboardFocusIs(String path, Browser browser) {
		browser.open(path);

		List<String> withoutIndicator = new ArrayList<>();
		List<WebElement> visited = new ArrayList<>();
		for (int i = 0; i < MAX_TABS; i++) {
			pressTab(browser);
			WebElement focused = browser.driver().switchTo().activeElement();
			if (focused.getTagName().equals("body") || visited.contains(focused)) {
				break;
			}
			visited.add(focused);
			if (focusIndicator(browser, focused) == null) {
				withoutIndicator.add(describe(browser, focused));
			}
		}

		assertThat(visited).as("Tab stops on %s", path).isNotEmpty();
		assertThat(withoutIndicator)
			.overridingErrorMessage(() -> "On %s these elements show no outline or box shadow when focused by Tab:\n%s"
				.formatted(path, String.join("\n", withoutIndicator)))
			.isEmpty();
	}

	private static void pressTab(Browser browser) {
		new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
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

	@SuppressWarnings("unchecked")
	private static List<String> overflowingElements(Browser browser) {
		return (List<String>) browser.script("""
				const limit = document.documentElement.clientWidth;
				return Array.from(document.querySelectorAll('body *'))
				  .filter(e => e.getBoundingClientRect().right > limit)
				  .slice(0, 10)
				  .map(e => e.outerHTML.substring(0, 120) + ' … right edge at '
				    + Math.round(e.getBoundingClientRect().right) + ' px');
				""");
	}

	private static boolean isInViewport(Browser browser, WebElement element) {
		return (Boolean) browser.script("""
				const r = arguments[0].getBoundingClientRect();
				return r.width > 0 && r.height > 0 && r.top >= 0 && r.left >= 0
				  && r.bottom <= window.innerHeight && r.right <= window.innerWidth;
				""", element);
	}

	/**
	 * The visible focus indicator of a focused element: its outline, or its box shadow
	 * (the style this site uses for links), or {@code null} if it has neither.
	 */
	@SuppressWarnings("unchecked")
	private static String focusIndicator(Browser browser, WebElement element) {
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

	private static String describe(Browser browser, WebElement element) {
		return (String) browser.script("return arguments[0].outerHTML.substring(0, 160)", element);
	}

}
