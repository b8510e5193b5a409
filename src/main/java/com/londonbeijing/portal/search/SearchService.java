package com.londonbeijing.portal.search;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searches the published areas, case studies, meetings and topics.
 */
@Service
@Transactional(readOnly = true)
public class SearchService {

	/** Results per page. */
	public static final int PAGE_SIZE = 10;

	private final SearchRepository repository;

	SearchService(SearchRepository repository) {
		this.repository = repository;
	}

	/**
	 * One page of what matches a query, best first. A page past the end gives the last
	 * page.
	 * @param query the cleaned query
	 * @param pageIndex the page, from 0
	 * @return the outcome: results, or why there are none
	 */
	public SearchResults search(SearchQuery query, int pageIndex) {
		return search(query, pageIndex, PAGE_SIZE);
	}

	/**
	 * One page of the given size of what matches a query, best first, for the API, whose
	 * callers choose how many results they want at once. A page past the end gives the
	 * last page.
	 * @param query the cleaned query
	 * @param pageIndex the page, from 0
	 * @param size the most results on a page
	 * @return the outcome: results, or why there are none
	 */
	public SearchResults search(SearchQuery query, int pageIndex, int size) {
		if (query.isBlank()) {
			return new SearchResults(query, Page.empty(PageRequest.of(0, size)), false);
		}
		String tsquery = this.repository.parse(query);
		if (tsquery.isEmpty() && !query.hasNonLatinLetters()) {
			// Only words such as "the" or symbols: everything or nothing would match.
			return new SearchResults(query, Page.empty(PageRequest.of(0, size)), true);
		}
		List<SearchRepository.Row> rows = this.repository.find(query, tsquery, size, pageIndex * size);
		int index = pageIndex;
		if (rows.isEmpty() && pageIndex > 0) {
			List<SearchRepository.Row> first = this.repository.find(query, tsquery, 1, 0);
			if (!first.isEmpty()) {
				index = (int) ((first.get(0).total() - 1) / size);
				rows = this.repository.find(query, tsquery, size, index * size);
			}
		}
		long total = rows.isEmpty() ? 0 : rows.get(0).total();
		List<SearchResult> results = rows.stream().map((row) -> result(row, query)).toList();
		return new SearchResults(query,
				new PageImpl<>(results, PageRequest.of(rows.isEmpty() ? 0 : index, size), total), false);
	}

	private static SearchResult result(SearchRepository.Row row, SearchQuery query) {
		return new SearchResult(row.kind(), row.title(), row.kind().path(row.slug()), snippet(row, query), row.date(),
				row.updatedAt());
	}

	/**
	 * The extract shown under a result: where full-text search matched, else where the
	 * query occurs as typed (a Chinese query, say), else the beginning of the text.
	 */
	private static String snippet(SearchRepository.Row row, SearchQuery query) {
		if (row.document() == null) {
			return null;
		}
		if (Snippet.hasMatch(row.headline())) {
			return Snippet.toHtml(row.headline());
		}
		String around = Snippet.around(row.document(), query.text());
		return Snippet.toHtml((around != null) ? around : Snippet.beginning(row.document()));
	}

	/**
	 * What a search gives.
	 *
	 * @param query the query searched for
	 * @param results a page of results
	 * @param noSearchableWords whether the query had only words too common to search for
	 * (such as "the") or only symbols, so nothing was searched
	 */
	public record SearchResults(SearchQuery query, Page<SearchResult> results, boolean noSearchableWords) {

	}

}
