package com.londonbeijing.portal.search;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One thing found.
 *
 * @param kind what it is
 * @param title its title or name
 * @param path its page, relative to the site's root
 * @param snippetHtml an extract showing where the query matched: escaped HTML whose only
 * markup is {@code <mark>} around the matches (see {@link Snippet})
 * @param date the day a meeting took place, {@code null} for other kinds
 * @param updatedAt when it was last changed, {@code null} for topics
 */
public record SearchResult(SearchKind kind, String title, String path, String snippetHtml, LocalDate date,
		Instant updatedAt) {

}
