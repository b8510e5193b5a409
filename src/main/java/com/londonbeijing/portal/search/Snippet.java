package com.londonbeijing.portal.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.web.util.HtmlUtils;

/**
 * Turns the extracts that PostgreSQL's {@code ts_headline} returns into HTML that is safe
 * to show unescaped. The database marks each match with two private-use characters
 * ({@link #START}, {@link #STOP}) that can never come from content (they are stripped
 * from the text before {@code ts_headline} sees it, and from queries); the whole extract
 * is HTML-escaped first, and only then are the markers turned into {@code <mark>}
 * elements. So nothing stored in the database, however it looks, becomes markup.
 */
final class Snippet {

	/** Marks the start of a match in an extract (U+E000, a private-use character). */
	static final char START = '\uE000';

	/** Marks the end of a match in an extract (U+E001, a private-use character). */
	static final char STOP = '\uE001';

	/**
	 * Separates the fragments of one extract (U+E002, a private-use character), so that a
	 * fragment found twice (a statement that the full account repeats) is shown once.
	 */
	static final char FRAGMENT = '\uE002';

	/** Characters either side of a substring match when cutting an extract in Java. */
	private static final int CONTEXT = 90;

	private Snippet() {
	}

	/**
	 * The HTML for an extract with markers.
	 * @param marked text with {@link #START} and {@link #STOP} around matches
	 * @return escaped HTML with {@code <mark>} around matches; an unpaired marker is
	 * dropped
	 */
	static String toHtml(String marked) {
		if (marked == null) {
			return "";
		}
		String joined = Arrays.stream(marked.split(String.valueOf(FRAGMENT)))
			.map(String::strip)
			.filter((fragment) -> !fragment.isEmpty())
			.distinct()
			.collect(Collectors.joining(" … "));
		String escaped = HtmlUtils.htmlEscape(joined, "UTF-8");
		StringBuilder html = new StringBuilder(escaped.length() + 32);
		boolean open = false;
		for (int i = 0; i < escaped.length(); i++) {
			char c = escaped.charAt(i);
			if (c == START && !open && escaped.indexOf(STOP, i) > 0) {
				html.append("<mark>");
				open = true;
			}
			else if (c == STOP && open) {
				html.append("</mark>");
				open = false;
			}
			else if (c != START && c != STOP) {
				html.append(c);
			}
		}
		return html.toString().strip();
	}

	/** Whether an extract has any match marked. */
	static boolean hasMatch(String marked) {
		return marked != null && marked.indexOf(START) >= 0;
	}

	/**
	 * An extract around the first place where a query occurs in a text, ignoring case,
	 * with that occurrence marked: for queries that full-text search cannot split into
	 * words (Chinese) and that were found by substring.
	 * @param text the text searched
	 * @param query the query
	 * @return the marked extract, or {@code null} if the query does not occur in the text
	 */
	static String around(String text, String query) {
		if (text == null || query.isEmpty()) {
			return null;
		}
		String lower = text.toLowerCase(Locale.ROOT);
		int at = lower.indexOf(query.toLowerCase(Locale.ROOT));
		if (at < 0) {
			return null;
		}
		if (lower.length() != text.length()) {
			// Lower-casing changed the length (a few rare letters do): positions differ.
			return beginning(text);
		}
		int end = at + query.length();
		int from = Math.max(0, at - CONTEXT);
		int to = Math.min(text.length(), end + CONTEXT);
		if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
			from--;
		}
		if (to < text.length() && Character.isLowSurrogate(text.charAt(to))) {
			to++;
		}
		return ((from > 0) ? "… " : "") + text.substring(from, at) + START + text.substring(at, end) + STOP
				+ text.substring(end, to) + ((to < text.length()) ? " …" : "");
	}

	/**
	 * The beginning of a text, cut at a word boundary near {@code 2 × CONTEXT}
	 * characters.
	 * @param text the text
	 * @return the extract, unmarked
	 */
	static String beginning(String text) {
		if (text == null) {
			return "";
		}
		if (text.length() <= 2 * CONTEXT) {
			return text;
		}
		int cut = text.lastIndexOf(' ', 2 * CONTEXT);
		return text.substring(0, (cut > CONTEXT) ? cut : 2 * CONTEXT) + " …";
	}

}
