package com.londonbeijing.portal.web;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.londonbeijing.portal.test.HtmlChecker;
import com.londonbeijing.portal.test.PortalIntegrationTest;
import com.londonbeijing.portal.test.PublicPages;
import com.londonbeijing.portal.test.WebClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public page is valid HTML, as the Nu Html Checker sees it. The pages are listed
 * in {@link PublicPages}.
 */
@PortalIntegrationTest
class PublicPageHtmlTests {

	/** What a browser asks for, so error pages come back as HTML too. */
	private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	@LocalServerPort
	int port;

	WebClient web;

	@BeforeEach
	void setUp() {
		this.web = new WebClient(this.port);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("com.londonbeijing.portal.test.PublicPages#paths")
	void pageIsValidHtml(String path) {
		HttpResponse<String> response = this.web.get(path, BROWSER_ACCEPT);

		assertThat(response.headers().firstValue("Content-Type")).as("Content-Type of %s", path)
			.hasValueSatisfying(
					(type) -> assertThat(type.toLowerCase().replace(" ", "")).isEqualTo("text/html;charset=utf-8"));
		List<HtmlChecker.Message> errors = HtmlChecker.errors(response.body().getBytes(StandardCharsets.UTF_8));
		assertThat(errors).overridingErrorMessage(() -> HtmlChecker.report(path, errors)).isEmpty();
	}

}
