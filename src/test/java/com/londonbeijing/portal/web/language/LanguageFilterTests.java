package com.londonbeijing.portal.web.language;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageFilterTests {

	@Test
	void chineseRequestReachesTheApplicationWithoutPrefixAndItsLinksAndRedirectsGetItBack() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/zh/meetings");
		request.setQueryString("year=2024");
		HttpServletRequest[] seenRequest = new HttpServletRequest[1];
		HttpServletResponse[] seenResponse = new HttpServletResponse[1];
		MockFilterChain application = new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
		}) {
			@Override
			public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
				seenRequest[0] = (HttpServletRequest) req;
				seenResponse[0] = (HttpServletResponse) res;
			}
		};
		new LanguageFilter().doFilter(request, new MockHttpServletResponse(),
				(req, res) -> new LanguageFilter.LinkFilter().doFilter(req, res, application));

		assertThat(seenRequest[0].getRequestURI()).isEqualTo("/meetings");
		assertThat(seenRequest[0].getServletPath()).isEqualTo("/meetings");
		assertThat(Language.of(seenRequest[0])).isEqualTo(Language.CHINESE);
		HttpServletResponse response = seenResponse[0];
		assertThat(response.encodeRedirectURL("/meetings?page=2")).isEqualTo("/zh/meetings?page=2");
		assertThat(response.encodeURL("/")).isEqualTo("/zh");
		assertThat(response.encodeURL("/?x=1")).isEqualTo("/zh?x=1");
		assertThat(response.encodeURL("/css/site.css")).isEqualTo("/css/site.css");
		assertThat(response.encodeURL("/trade.csv")).isEqualTo("/trade.csv");
		assertThat(response.encodeURL("/admin/areas")).isEqualTo("/admin/areas");
		assertThat(response.encodeURL("/login")).isEqualTo("/login");
		assertThat(response.encodeURL("https://example.org/x")).isEqualTo("https://example.org/x");
		assertThat(response.encodeURL("/zh/areas")).isEqualTo("/zh/areas");
	}

	@Test
	void englishRequestPassesUnchanged() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/zhuhai-partnership");
		MockFilterChain chain = new MockFilterChain();
		new LanguageFilter().doFilter(request, new MockHttpServletResponse(), chain);

		assertThat(((HttpServletRequest) chain.getRequest()).getRequestURI()).isEqualTo("/zhuhai-partnership");
		assertThat(Language.of((HttpServletRequest) chain.getRequest())).isEqualTo(Language.ENGLISH);
	}

	@Test
	void chineseAddressOfAnEnglishOnlyPageRedirectsToIt() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/zh/admin/areas");
		MockHttpServletResponse response = new MockHttpServletResponse();
		new LanguageFilter().doFilter(request, response, new MockFilterChain());

		assertThat(response.getRedirectedUrl()).isEqualTo("/admin/areas");
	}

}
