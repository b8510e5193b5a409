package com.londonbeijing.portal.translation;

/** How far the translation of one field has kept up with its English. */
public enum TranslationStatus {

	/** Translated from the English as it is now. */
	TRANSLATED,
	/** Translated, but the English has changed since. */
	OUT_OF_DATE,
	/** Not translated. */
	MISSING

}
