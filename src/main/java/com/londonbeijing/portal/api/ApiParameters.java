package com.londonbeijing.portal.api;

import java.util.Locale;
import java.util.regex.Pattern;

import com.londonbeijing.portal.support.Slugs;
import com.londonbeijing.portal.translation.Translations;

/**
 * Reads the API's parameters strictly: unlike the pages, which forgive a mangled link, a
 * program asking for something that cannot be is told so with a 400.
 */
final class ApiParameters {

	private static final int MAX_PAGE = 1_000_000;

	private static final Pattern SLUG = Pattern.compile(Slugs.PATTERN);

	private ApiParameters() {
	}

	/** The zero-based index of a 1-based {@code page} parameter; absent means 1. */
	static int pageIndex(String page) {
		if (page == null) {
			return 0;
		}
		if (page.length() <= 7 && page.matches("[0-9]+")) {
			int number = Integer.parseInt(page);
			if (number >= 1 && number <= MAX_PAGE) {
				return number - 1;
			}
		}
		throw new BadParameter("page", "page must be a whole number from 1 to " + MAX_PAGE + ".");
	}

	/** The language of {@code lang}: {@code en} (the default) or {@code zh}. */
	static Locale language(String lang) {
		if (lang == null || lang.equals("en")) {
			return Locale.UK;
		}
		if (lang.equals("zh")) {
			return Locale.forLanguageTag(Translations.CHINESE);
		}
		throw new BadParameter("lang", "lang must be en or zh.");
	}

	/** An {@code area} filter: a slug as the site makes them. */
	static String slug(String slug) {
		if (slug == null || slug.length() > 200 || !SLUG.matcher(slug).matches()) {
			throw new BadParameter("area", "A slug has only lower-case letters, digits and hyphens.");
		}
		return slug;
	}

	/** A parameter the API cannot use, answered with a 400. */
	static final class BadParameter extends RuntimeException {

		private final String parameter;

		BadParameter(String parameter, String detail) {
			super(detail);
			this.parameter = parameter;
		}

		String parameter() {
			return this.parameter;
		}

	}

}
