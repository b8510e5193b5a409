package com.londonbeijing.portal.search;

import java.util.regex.Pattern;

/**
 * What a visitor typed into a search box, made safe to hand to the database: control
 * characters and the snippet markers removed, runs of white space collapsed, and cut to
 * {@value #MAX_LENGTH} characters (a longer query is never useful and only costs the
 * database work). It always reaches SQL as a bind parameter.
 *
 * @param text the cleaned query, empty if nothing searchable was typed
 * @param shortened whether the query was cut, so the page can say so
 */
public record SearchQuery(String text, boolean shortened) {

	/** The longest query searched for, in characters (Unicode code points). */
	public static final int MAX_LENGTH = 200;

	private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\p{Z}]+");

	/**
	 * Cleans a raw {@code q} parameter.
	 * @param raw the parameter, may be {@code null}
	 * @return the query
	 */
	public static SearchQuery of(String raw) {
		if (raw == null) {
			return new SearchQuery("", false);
		}
		StringBuilder cleaned = new StringBuilder(Math.min(raw.length(), 4 * MAX_LENGTH));
		raw.codePoints().forEach((c) -> cleaned.appendCodePoint(isUnwanted(c) ? ' ' : c));
		String text = WHITE_SPACE.matcher(cleaned).replaceAll(" ").strip();
		boolean shortened = text.codePointCount(0, text.length()) > MAX_LENGTH;
		if (shortened) {
			text = text.substring(0, text.offsetByCodePoints(0, MAX_LENGTH)).strip();
		}
		return new SearchQuery(text, shortened);
	}

	/**
	 * Control characters (PostgreSQL refuses NUL in text), unpaired surrogates, the
	 * private use characters that mark highlights in snippets, and non-characters.
	 */
	private static boolean isUnwanted(int c) {
		int type = Character.getType(c);
		return type == Character.CONTROL || type == Character.SURROGATE || type == Character.PRIVATE_USE
				|| type == Character.UNASSIGNED || type == Character.FORMAT;
	}

	/**
	 * The longest query searched for ({@value #MAX_LENGTH}), for the page that says so.
	 */
	public int maxLength() {
		return MAX_LENGTH;
	}

	/** Whether nothing was typed, so there is nothing to search for. */
	public boolean isBlank() {
		return this.text.isEmpty();
	}

	/**
	 * Whether to match the query as a substring of titles and texts: only for queries in
	 * a script without spaces between words (Chinese, Japanese…), which full-text search
	 * cannot split into words. Latin-script queries rely on full-text search and on
	 * trigram similarity of titles and names: substring matching of every text would find
	 * "secret" in "Secretary" and scan every row of every table on each search.
	 */
	public boolean matchesSubstrings() {
		return hasNonLatinLetters();
	}

	/** Whether the query has letters from a script other than Latin (Chinese, say). */
	public boolean hasNonLatinLetters() {
		return this.text.codePoints()
			.anyMatch((c) -> Character.isLetter(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN);
	}

	/**
	 * The query as an {@code ILIKE} pattern matching it anywhere in a text, with the
	 * pattern characters {@code % _ \} escaped.
	 * @return the pattern
	 */
	public String likePattern() {
		return "%" + this.text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

}
