package com.londonbeijing.portal.editing;

import java.util.Map;

import com.londonbeijing.portal.translation.TranslationStatus;

/**
 * An admin form whose texts visitors can read in Chinese: the editor types the Chinese
 * beside the English, and {@code ContentEditor} saves both together.
 * <p>
 * Texts are named as the item names them
 * ({@link com.londonbeijing.portal.translation.Translatable#translatableTexts()}), list
 * rows by their identity ({@code benefit8245…}, {@code statement17}); a row that is not
 * saved yet has a name of its own until it is.
 */
public interface TranslatableForm {

	/**
	 * The English of every translatable field, by field name ({@code name},
	 * {@code statement17}, ...), in the same order as the item's own.
	 */
	Map<String, String> englishTexts();

	/** The Chinese the editor typed, by field name. */
	Map<String, String> getChinese();

	void setChinese(Map<String, String> chinese);

	/** The status of each field's Chinese when the form was opened. */
	Map<String, TranslationStatus> getChineseStatus();

	void setChineseStatus(Map<String, TranslationStatus> status);

}
