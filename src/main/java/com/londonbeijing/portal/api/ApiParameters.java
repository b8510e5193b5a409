package com.londonbeijing.portal.api;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import com.londonbeijing.portal.support.Slugs;
import com.londonbeijing.portal.trade.TradeYearRange;
import com.londonbeijing.portal.translation.Translations;

/**
 * Reads the API's parameters strictly: unlike the pages, which forgive a mangled link, a
 * program asking for something that cannot be is told so with a 400.
 */
final class ApiParameters {

	private static final int MAX_PAGE = 1_000_000;

	private static final Pattern SLUG = Pattern.compile(Slugs.PATTERN);

	/** Items a page holds when {@code size} is not given, as on the site's own lists. */
	static final int DEFAULT_SIZE = 10;

	/** The most items a page may hold: enough for a program, little for the database. */
	static final int MAX_SIZE = 100;

	/**
	 * Longer {@code Accept-Language} headers are not read: no browser sends one, and
	 * parsing it would cost more than it is worth.
	 */
	private static final int LONGEST_ACCEPT_LANGUAGE = 500;

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

	/**
	 * The items a page holds: {@code size}, from 1 to {@value #MAX_SIZE}; absent means
	 * 10.
	 */
	static int size(String size) {
		if (size == null) {
			return DEFAULT_SIZE;
		}
		if (size.length() <= 3 && size.matches("[0-9]+")) {
			int number = Integer.parseInt(size);
			if (number >= 1 && number <= MAX_SIZE) {
				return number;
			}
		}
		throw new BadParameter("size", "size must be a whole number from 1 to " + MAX_SIZE + ".");
	}

	/**
	 * The language asked for: {@code lang} when given, which is read strictly; otherwise
	 * the first language of {@code Accept-Language} that the API has, Simplified Chinese
	 * for {@code zh}, {@code zh-CN} or {@code zh-Hans}, English for anything else. The
	 * header is sent by browsers on their own, so a malformed one means English, not a
	 * 400.
	 */
	static Locale language(String lang, String acceptLanguage) {
		if (lang != null || acceptLanguage == null || acceptLanguage.length() > LONGEST_ACCEPT_LANGUAGE) {
			return language(lang);
		}
		List<Locale.LanguageRange> ranges;
		try {
			ranges = Locale.LanguageRange.parse(acceptLanguage);
		}
		catch (IllegalArgumentException ex) {
			return Locale.UK;
		}
		for (Locale.LanguageRange range : ranges) {
			String tag = range.getRange().toLowerCase(Locale.ROOT);
			if (tag.equals("zh") || tag.equals("zh-cn") || tag.equals("zh-hans") || tag.startsWith("zh-hans-")) {
				return language("zh");
			}
			if (tag.equals("en") || tag.startsWith("en-") || tag.equals("*")) {
				return Locale.UK;
			}
		}
		return Locale.UK;
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

	/**
	 * The trade figures' years: {@code year} for one year, or {@code from} and {@code to}
	 * (either may be left out) for a range; not both ways at once.
	 */
	static TradeYearRange years(String year, String from, String to) {
		if (year != null && (from != null || to != null)) {
			throw new BadParameter("year", "Give either year or from and to, not both.");
		}
		TradeYearRange range = (year != null) ? TradeYearRange.parse(year, year) : TradeYearRange.parse(from, to);
		if (year != null && range.isAll()) {
			throw new BadParameter("year", "year must be a year from " + TradeYearRange.EARLIEST + " to "
					+ TradeYearRange.LATEST + ", such as 2021.");
		}
		if (range.problems().contains("trade.filter.badFrom") || range.problems().contains("trade.filter.badTo")) {
			String parameter = range.problems().contains("trade.filter.badFrom") ? "from" : "to";
			throw new BadParameter(parameter, parameter + " must be a year from " + TradeYearRange.EARLIEST + " to "
					+ TradeYearRange.LATEST + ", such as 2021.");
		}
		if (!range.problems().isEmpty()) {
			throw new BadParameter("from", "from must not be after to.");
		}
		return range;
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
