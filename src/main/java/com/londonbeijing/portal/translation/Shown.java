package com.londonbeijing.portal.translation;

/**
 * A text as a page shows it: in the page's language where it is translated, otherwise in
 * English, marked as such.
 *
 * @param text the text to show
 * @param lang the {@code lang} to mark it with when it is not in the page's language,
 * else {@code null}
 * @param untranslated whether it is the English standing in for a missing translation
 */
public record Shown(String text, String lang, boolean untranslated) {

	static Shown asWritten(String text) {
		return new Shown(text, null, false);
	}

	static Shown englishInstead(String english) {
		return new Shown(english, "en", true);
	}

}
