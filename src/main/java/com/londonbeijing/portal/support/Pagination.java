package com.londonbeijing.portal.support;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import org.springframework.data.domain.Page;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The links a paginated list shows: previous, next and a window of numbered pages, each
 * keeping the list's filters. Page numbers in URLs start at 1.
 *
 * @param current the page shown, from 1
 * @param total the number of pages (at least 1)
 * @param previous the previous page's URL, or {@code null} on the first page
 * @param next the next page's URL, or {@code null} on the last page
 * @param pages numbered links around the current page, with {@code null} URLs for gaps
 */
public record Pagination(int current, int total, String previous, String next, List<PageLink> pages) {

	private static final int WINDOW = 2;

	/** Whether there is more than one page, so links are worth showing. */
	public boolean isNeeded() {
		return this.total > 1;
	}

	/**
	 * Builds the links for a page of results.
	 * @param page the page of results (Spring Data numbers from 0)
	 * @param base the list's URL with its filters; the {@code page} parameter is replaced
	 * @return the pagination links
	 */
	public static Pagination of(Page<?> page, UriComponentsBuilder base) {
		return of(page, (number) -> url(base, number));
	}

	/**
	 * Builds the links for a page of results whose URLs the caller builds (for free text
	 * such as a search query, which must be encoded strictly: {@code +}, {@code &} and
	 * braces included).
	 * @param page the page of results (Spring Data numbers from 0)
	 * @param urlOfPage the URL of a page, given its number from 1
	 * @return the pagination links
	 */
	public static Pagination of(Page<?> page, IntFunction<String> urlOfPage) {
		int total = Math.max(1, page.getTotalPages());
		int current = Math.min(page.getNumber() + 1, total);
		List<PageLink> links = new ArrayList<>();
		for (int number = 1; number <= total; number++) {
			boolean edge = number == 1 || number == total;
			if (edge || Math.abs(number - current) <= WINDOW) {
				links.add(new PageLink(number, urlOfPage.apply(number), number == current));
			}
			else if (!links.isEmpty() && links.get(links.size() - 1).url() != null) {
				links.add(new PageLink(0, null, false));
			}
		}
		return new Pagination(current, total, (current > 1) ? urlOfPage.apply(current - 1) : null,
				(current < total) ? urlOfPage.apply(current + 1) : null, links);
	}

	private static String url(UriComponentsBuilder base, int number) {
		UriComponentsBuilder builder = base.cloneBuilder();
		if (number > 1) {
			builder.replaceQueryParam("page", number);
		}
		else {
			builder.replaceQueryParam("page");
		}
		return builder.encode().toUriString();
	}

	/**
	 * One numbered link; a link with a {@code null} URL stands for skipped pages.
	 *
	 * @param number the page number, from 1
	 * @param url where it leads
	 * @param current whether it is the page shown
	 */
	public record PageLink(int number, String url, boolean current) {

		public boolean isGap() {
			return this.url == null;
		}

	}

}
