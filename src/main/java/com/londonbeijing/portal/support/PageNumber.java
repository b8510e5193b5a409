package com.londonbeijing.portal.support;

/**
 * Reads the {@code page} request parameter leniently: anything that is not a page number
 * (missing, negative, not a number, absurdly large) means the first page, so a mangled
 * link never gives an error.
 */
public final class PageNumber {

	private static final int MAX = 1_000_000;

	private PageNumber() {
	}

	/**
	 * Returns the zero-based page index for a {@code page} parameter (1-based in URLs).
	 * @param value the raw parameter, may be {@code null}
	 * @return a page index from 0
	 */
	public static int index(String value) {
		if (value == null || value.isBlank() || value.length() > 7) {
			return 0;
		}
		try {
			int number = Integer.parseInt(value.trim());
			return (number >= 1 && number <= MAX) ? number - 1 : 0;
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

}
