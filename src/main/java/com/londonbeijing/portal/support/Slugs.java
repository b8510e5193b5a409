package com.londonbeijing.portal.support;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The rules for the last part of a content item's address: lower-case letters, digits and
 * single hyphens, as the database's CHECK constraints also require.
 */
public final class Slugs {

	/** What a valid slug looks like. */
	public static final String PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";

	private static final int MAX = 120;

	private Slugs() {
	}

	/**
	 * Suggests a slug from a title: accents dropped, anything else that is not a letter
	 * or digit turned into single hyphens. "Trade & Investment — 2024" gives
	 * "trade-investment-2024".
	 * @param title the title, may be {@code null}
	 * @return the suggestion, empty if the title has no usable characters
	 */
	public static String suggest(String title) {
		if (title == null) {
			return "";
		}
		String ascii = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
		if (slug.length() > MAX) {
			slug = slug.substring(0, MAX).replaceAll("-+$", "");
		}
		return slug;
	}

}
