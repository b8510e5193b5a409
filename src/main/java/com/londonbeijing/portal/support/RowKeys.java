package com.londonbeijing.portal.support;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Keys that identify the rows of an item's lists (benefits, outcomes, metrics) for as
 * long as a row exists, wherever it moves: what a row's translation is saved under. A new
 * row gets a random key when it is added to a form, so it has one before it is saved and
 * however the editor moves it; keys are unique within one item's list (the database
 * checks it), not across items.
 */
public final class RowKeys {

	/**
	 * The largest key: within the integers a JavaScript program reads exactly from JSON.
	 */
	public static final long MAX = (1L << 53) - 1;

	private RowKeys() {
	}

	/** A new key. */
	public static String next() {
		return Long.toString(ThreadLocalRandom.current().nextLong(1, MAX + 1));
	}

	/**
	 * The keys of a list's rows as submitted, made usable: one per row, each a number
	 * from 1 to {@link #MAX} written in digits, none twice. A missing, malformed or
	 * repeated key (a form sent without them, or tampered with) is replaced by a new one,
	 * so its row counts as new.
	 * @param keys the submitted keys, may be {@code null} or of another length
	 * @param rows the number of rows
	 * @return the keys, one per row
	 */
	public static List<String> fit(List<String> keys, int rows) {
		List<String> fitted = new ArrayList<>(rows);
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < rows; i++) {
			String key = (keys != null && i < keys.size()) ? keys.get(i) : null;
			fitted.add((isKey(key) && seen.add(key)) ? key : fresh(seen));
		}
		return fitted;
	}

	/** Whether a text is a key as stored: digits only, from 1 to {@link #MAX}. */
	public static boolean isKey(String text) {
		if (text == null || text.isEmpty() || text.length() > 16 || text.charAt(0) == '0') {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) < '0' || text.charAt(i) > '9') {
				return false;
			}
		}
		return Long.parseLong(text) <= MAX;
	}

	private static String fresh(Set<String> seen) {
		String key = next();
		while (!seen.add(key)) {
			key = next();
		}
		return key;
	}

}
