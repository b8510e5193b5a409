package com.londonbeijing.portal.search;

import java.util.List;

import com.londonbeijing.portal.test.PortalWebMvcTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.times;

/**
 * How the search page reads its parameters; the search itself is covered by
 * {@link SearchTests} against the database.
 */
@PortalWebMvcTest(SearchController.class)
class SearchControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	SearchService search;

	@Test
	void theQueryIsCleanedAndTheOneBasedPageReachesTheServiceFromZero() {
		given(this.search.search(any(), anyInt())).willAnswer((call) -> nothingFound(call.getArgument(0)));

		assertThat(this.mvc.get().uri("/search?q={q}&page=3", "  trade\u0000 talks ")).hasStatusOk()
			.hasViewName("search/results");

		then(this.search).should().search(new SearchQuery("trade talks", false), 2);
	}

	@Test
	void withoutAQueryOrWithAnUnusablePageTheFirstPageIsAsked() {
		given(this.search.search(any(), anyInt())).willAnswer((call) -> nothingFound(call.getArgument(0)));

		assertThat(this.mvc.get().uri("/search")).hasStatusOk().hasViewName("search/results");
		assertThat(this.mvc.get().uri("/search?q=trade&page=minus-one")).hasStatusOk();
		assertThat(this.mvc.get().uri("/search?q=trade&page=99999999999999")).hasStatusOk();

		then(this.search).should().search(new SearchQuery("", false), 0);
		then(this.search).should(times(2)).search(new SearchQuery("trade", false), 0);
	}

	@Test
	void theResultsPageLinksItsPagesWithTheQuery() throws Exception {
		SearchQuery query = new SearchQuery("trade", false);
		List<SearchResult> results = List.of();
		Page<SearchResult> second = new PageImpl<>(results, PageRequest.of(1, SearchService.PAGE_SIZE), 35);
		given(this.search.search(any(), anyInt())).willReturn(new SearchService.SearchResults(query, second, false));

		MvcTestResult result = this.mvc.get().uri("/search?q=trade&page=2").exchange();

		Document page = Jsoup.parse(result.getResponse().getContentAsString());
		assertThat(page.select("a[href]").eachAttr("href")).contains("/search?q=trade", "/search?q=trade&page=3");
	}

	private static SearchService.SearchResults nothingFound(SearchQuery query) {
		return new SearchService.SearchResults(query, Page.empty(PageRequest.of(0, SearchService.PAGE_SIZE)), false);
	}

}
