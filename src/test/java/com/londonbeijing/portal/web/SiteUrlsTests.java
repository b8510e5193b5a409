package com.londonbeijing.portal.web;

import jakarta.servlet.DispatcherType;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class SiteUrlsTests {

	@Test
	void addressesComeFromTheRequestByDefault() {
		MockHttpServletRequest request = request("/meetings");
		request.setScheme("https");
		request.setServerName("portal.example.org");
		request.setServerPort(443);

		assertThat(new SiteUrls("").absolute(request, "/feed.atom")).isEqualTo("https://portal.example.org/feed.atom");
	}

	@Test
	void aConfiguredPublicAddressWinsOverTheHostHeader() {
		MockHttpServletRequest request = request("/meetings");
		request.setServerName("attacker.example");

		SiteUrls urls = new SiteUrls(" https://portal.example.org/ ");

		assertThat(urls.absolute(request, "/sitemap.xml")).isEqualTo("https://portal.example.org/sitemap.xml");
		assertThat(urls.canonical(request)).isEqualTo("https://portal.example.org/meetings");
	}

	@Test
	void canonicalKeepsOnlyMeaningfulParametersInAFixedOrderStrictlyEncoded() {
		MockHttpServletRequest request = request("/search");
		request.setParameter("page", "3");
		request.setParameter("utm_source", "x");
		request.setParameter("q", " C++ & {x} ");

		assertThat(new SiteUrls("https://p.example").canonical(request))
			.isEqualTo("https://p.example/search?q=C%2B%2B%20%26%20%7Bx%7D");
	}

	@Test
	void errorPagesHaveNoCanonicalAddress() {
		MockHttpServletRequest request = request("/error");
		request.setDispatcherType(DispatcherType.ERROR);

		assertThat(new SiteUrls("").canonical(request)).isNull();
	}

	private static MockHttpServletRequest request(String path) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.setServerName("localhost");
		request.setServerPort(80);
		return request;
	}

}
