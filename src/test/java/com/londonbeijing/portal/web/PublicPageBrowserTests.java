package com.londonbeijing.portal.web;

import java.util.List;

import com.londonbeijing.portal.test.Browser;
import com.londonbeijing.portal.test.BrowserTest;
import com.londonbeijing.portal.test.PageChecks;
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
 * colour scheme, no sideways scrolling on a phone, and a visible keyboard focus. The
 * checks themselves live in {@link PageChecks}, shared with the admin pages.
 */
@BrowserTest
class PublicPageBrowserTests {

	/** The narrowest common phone screen (iPhone SE, many Androids), in CSS pixels. */
	private static final int PHONE_WIDTH = 375;

	/** Enough to walk through every link on a page of this site. */
	private static final int MAX_TABS = 200;

	@ParameterizedTest(name = "{0}")
	@MethodSource("com.londonbeijing.portal.test.PublicPages#paths")
	void pageHasNoAccessibilityViolationsInLightOrDarkScheme(String path, Browser browser) {
		browser.open(path);
		List<String> problems = PageChecks.accessibilityViolations(browser, path);

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
		assertThat(PageChecks.sidewaysOverflow(browser)).as(path).isNull();
	}

	@Test
	void skipLinkIsTheFirstTabStopIsVisibleWhenFocusedAndMovesFocusToTheMainContent(Browser browser) {
		browser.open("/");

		new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
		WebElement skipLink = browser.driver().switchTo().activeElement();

		assertThat(skipLink.getAttribute("class")).as("first Tab stop").contains("skip-link");
		assertThat(isInViewport(browser, skipLink)).as("skip link is on screen when focused").isTrue();
		assertThat(PageChecks.focusIndicator(browser, skipLink)).as("skip link shows that it has focus").isNotNull();

		skipLink.sendKeys(Keys.ENTER);
		assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).as("focus after following it")
			.isEqualTo("main");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("com.londonbeijing.portal.test.PublicPages#paths")
	void everyTabStopShowsWhereTheKeyboardFocusIs(String path, Browser browser) {
		browser.open(path);

		List<String> withoutIndicator = PageChecks.tabStopsWithoutFocusIndicator(browser, MAX_TABS);

		assertThat(withoutIndicator)
			.overridingErrorMessage(() -> "On %s these elements show no outline or box shadow when focused by Tab:\n%s"
				.formatted(path, String.join("\n", withoutIndicator)))
			.isEmpty();
	}

	private static boolean isInViewport(Browser browser, WebElement element) {
		return (Boolean) browser.script("""
				const r = arguments[0].getBoundingClientRect();
				return r.width > 0 && r.height > 0 && r.top >= 0 && r.left >= 0
				  && r.bottom <= window.innerHeight && r.right <= window.innerWidth;
				""", element);
	}

}
