package com.londonbeijing.portal.editing;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Finds the texts that editors wrote links into: the Markdown of site texts, areas, case
 * studies and meetings that mentions a page's address. The delete page lists them, since
 * those links break when the page goes.
 */
@Service
public class ContentLinks {

	private static final String QUERY = """
			SELECT label, href FROM (
			  SELECT coalesce(title, text_key) AS label, '/admin/texts/' || text_key || '/edit' AS href, 1 AS kind
			  FROM site_text WHERE body ~ :pattern OR title ~ :pattern
			  UNION ALL
			  SELECT name, '/areas/' || slug, 2 FROM cooperation_area WHERE body ~ :pattern OR summary ~ :pattern
			  UNION ALL
			  SELECT title, '/case-studies/' || slug, 3 FROM case_study WHERE body ~ :pattern OR summary ~ :pattern
			  UNION ALL
			  SELECT title, '/meetings/' || slug, 4 FROM meeting WHERE body ~ :pattern OR summary ~ :pattern
			) AS linking
			WHERE href <> :path
			ORDER BY kind, label
			LIMIT :limit""";

	private final JdbcClient jdbc;

	ContentLinks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The texts that mention a page's address, as a link or as plain text (also as a full
	 * address with the site's host), other than the page itself.
	 * @param path the page's path, e.g. {@code /areas/trade-and-investment}
	 * @return a group for the delete page (message {@code admin.delete.linkedFrom.texts})
	 */
	public LinkGroup textsLinkingTo(String path) {
		// The path, not followed by more of a slug: /areas/trade must not match
		// /areas/trade-and-investment.
		String pattern = escape(path) + "([^a-z0-9-]|$)";
		List<ItemLink> links = this.jdbc.sql(QUERY)
			.param("pattern", pattern)
			.param("path", path)
			.param("limit", LinkGroup.SHOWN)
			.query((row, number) -> new ItemLink(row.getString("label"), row.getString("href")))
			.list();
		return LinkGroup.of("admin.delete.linkedFrom.texts", links);
	}

	/** Escapes the characters that PostgreSQL's regular expressions treat specially. */
	private static String escape(String text) {
		return text.replaceAll("([\\\\.^$|?*+()\\[\\]{}])", "\\\\$1");
	}

}
