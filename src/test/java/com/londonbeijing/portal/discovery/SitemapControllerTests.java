package com.londonbeijing.portal.discovery;

import java.time.Instant;
import java.util.List;

import com.londonbeijing.portal.test.PortalWebMvcTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

/**
 * The sitemap and robots.txt with the published content mocked: every page in both
 * languages, the admin and sign-in pages kept out of search engines, behind the same
 * security headers as every page.
 */
@PortalWebMvcTest(SitemapController.class)
class SitemapControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	PublishedContent content;

	@BeforeEach
	void oneDetailPage() {
		Instant changed = Instant.parse("2024-05-01T10:00:00Z");
		given(this.content.lastChanges())
			.willReturn(new PublishedContent.LastChanges(changed, changed, changed, changed, changed));
		given(this.content.detailPages()).willReturn(List.of(new PublishedContent.Page("/areas/trade", changed)));
	}

	@Test
	void sitemapListsEachPageInBothLanguages() {
		MvcTestResult result = this.mvc.get().uri("/sitemap.xml").exchange();

		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith("application/xml");
		assertThat(result).bodyText()
			.contains("<loc>http://localhost/areas/trade</loc>")
			.contains("<loc>http://localhost/zh/areas/trade</loc>")
			.contains("2024-05-01");
		assertThat(result).headers().containsHeader("Content-Security-Policy");
	}

	@Test
	void robotsKeepsAdminAndSignInOutAndNamesTheSitemap() {
		MvcTestResult result = this.mvc.get().uri("/robots.txt").exchange();

		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith("text/plain");
		assertThat(result).bodyText()
			.contains("Disallow: /admin")
			.contains("Disallow: /login")
			.contains("Sitemap: http://localhost/sitemap.xml");
	}

}
