package com.londonbeijing.portal.search;

import java.nio.charset.StandardCharsets;

import com.londonbeijing.portal.support.PageNumber;
import com.londonbeijing.portal.support.Pagination;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * The site search: a results page for {@code /search?q=…}, reached from the box in every
 * page's header. Any input gives a page, never an error.
 */
@Controller
class SearchController {

	private final SearchService search;

	SearchController(SearchService search) {
		this.search = search;
	}

	@GetMapping("/search")
	String search(@RequestParam(required = false) String q, @RequestParam(required = false) String page, Model model) {
		SearchService.SearchResults outcome = this.search.search(SearchQuery.of(q), PageNumber.index(page));
		String base = "/search?q=" + UriUtils.encode(outcome.query().text(), StandardCharsets.UTF_8);
		model.addAttribute("query", outcome.query());
		model.addAttribute("outcome", outcome);
		model.addAttribute("results", outcome.results());
		model.addAttribute("pagination",
				Pagination.of(outcome.results(), (number) -> (number > 1) ? base + "&page=" + number : base));
		return "search/results";
	}

}
