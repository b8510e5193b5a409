package com.londonbeijing.portal.account;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one place that says when two usernames are the same: both are compared by their
 * key, Unicode NFKC followed by one full case fold (upper then lower case, so "ß" is "ss"
 * and the dotted "İ" never becomes a plain "i"). Sign-in, throttling and the unique index
 * on {@code account.username_key} all use it.
 */
public final class Usernames {

	/**
	 * What a new username may contain: ASCII letters, digits and {@code . _ @ -}, 3 to 60
	 * of them. Nothing in it looks like anything else, needs escaping in an address or a
	 * log line, or changes under normalisation.
	 */
	public static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9._@-]{3,60}");

	/** Longer typed usernames are cut to this before they are compared or recorded. */
	static final int MAX_TYPED = 100;

	private Usernames() {
	}

	/**
	 * The key a username is compared by.
	 * @param typed a username as typed or stored ({@code null} allowed)
	 * @return its key: stripped, normalised, case-folded and cut to 100 characters
	 */
	public static String key(String typed) {
		if (typed == null) {
			return "";
		}
		String normalised = Normalizer.normalize(typed.strip(), Normalizer.Form.NFKC);
		String folded = Normalizer.normalize(normalised.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT),
				Normalizer.Form.NFKC);
		return (folded.length() > MAX_TYPED) ? folded.substring(0, MAX_TYPED) : folded;
	}

	/**
	 * Whether a new username is acceptable.
	 * @param username the username
	 * @return whether it uses only {@link #ALLOWED} characters, 3 to 60 of them
	 */
	public static boolean isAllowed(String username) {
		return username != null && ALLOWED.matcher(username).matches();
	}

}
