package com.londonbeijing.portal.translation;

import java.util.Objects;

/**
 * One row of the {@code translation} table.
 *
 * @param field the field it translates
 * @param text the translation
 * @param sourceHash the hash of the English it was made from
 */
record StoredTranslation(String field, String text, String sourceHash) {

	/** Whether it was made from this English (not from an older one). */
	boolean translates(String english) {
		return Objects.equals(this.sourceHash, Translations.hash(english));
	}

}
