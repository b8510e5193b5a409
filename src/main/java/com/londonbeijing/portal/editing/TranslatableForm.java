package com.londonbeijing.portal.editing;

import java.util.Map;

import com.londonbeijing.portal.translation.TranslationStatus;

/**
 * An admin form whose texts visitors can read in Chinese: the editor types the Chinese
 * beside the English, and {@code ContentEditor} saves both together.
 */
public interface TranslatableForm {

	/** The kind of item, as stored in the {@code translation} table. */
	String translationKind();

	/**
	 * The English of every translatable field, by field name ({@code name},
	 * {@code benefit0}, ...), in form order.
	 */
	Map<String, String> englishTexts();

	/** The Chinese the editor typed, by field name. */
	Map<String, String> getChinese();

	void setChinese(Map<String, String> chinese);

	/** The status of each field's Chinese when the form was opened. */
	Map<String, TranslationStatus> getChineseStatus();

	void setChineseStatus(Map<String, TranslationStatus> status);

}
