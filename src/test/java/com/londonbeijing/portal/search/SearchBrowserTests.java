package com.londonbeijing.portal.search;

import java.time.Duration;
import java.util.List;

import com.londonbeijing.portal.test.Browser;
import com.londonbeijing.portal.test.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor searches from the box in the header, in a real browser, with the keyboard.
 */
@BrowserTest
class SearchBrowserTests {

	@Test
	void visitorSearchesFromTheHeaderAndFindsTheMeeting(Browser browser) {
		browser.open("/");

		WebElement box = browser.driver().findElement(By.cssSelector("header form[role=search] input[name=q]"));
		box.sendKeys("Lammy", Keys.ENTER);
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
			.until((driver) -> driver.getCurrentUrl().contains("/search?q=Lammy"));

		assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Search results for “Lammy”");
		assertThat(browser.driver().findElement(By.id("search-q")).getDomProperty("value")).isEqualTo("Lammy");
		List<WebElement> results = browser.driver().findElements(By.cssSelector("ol.search-results > li"));
		assertThat(results).isNotEmpty();
		WebElement meeting = results.get(0);
		assertThat(meeting.findElement(By.cssSelector(".search-results__kind")).getText())
			.isEqualTo("Diplomatic meeting");
		assertThat(meeting.findElements(By.cssSelector(".snippet mark"))).isNotEmpty();

		meeting.findElement(By.cssSelector("h3 a")).click();
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
			.until((driver) -> driver.getCurrentUrl().endsWith("/meetings/2024-10-18-wang-yi-david-lammy"));
		assertThat(browser.driver().findElement(By.tagName("h1")).getText())
			.isEqualTo("Strengthening UK-China Relations: A New Chapter");
	}

	@Test
	void headerSearchBoxFitsAPhoneScreen(Browser browser) {
		browser.resize(375, 800);
		browser.open("/");

		WebElement form = browser.driver().findElement(By.cssSelector("header form[role=search]"));
		assertThat(form.isDisplayed()).isTrue();
		long right = (Long) browser.script("return Math.ceil(arguments[0].getBoundingClientRect().right)", form);
		assertThat(right).isLessThanOrEqualTo(375);
		WebElement box = form.findElement(By.name("q"));
		assertThat(box.getSize().getWidth()).as("width of the search box").isGreaterThan(150);
	}

}
