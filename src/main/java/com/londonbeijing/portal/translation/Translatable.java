package com.londonbeijing.portal.translation;

import java.util.Map;

/**
 * Content whose texts visitors can read in another language: how the {@code translation}
 * table names it and its texts. Each kind's entity implements it, so the public pages,
 * the admin forms and the overview agree on what is translatable and under which field.
 */
public interface Translatable {

	/** The kind of item, as stored in {@code translation.kind}. */
	String translationKind();

	/** The item's id, {@code null} before it is stored. */
	Long getId();

	/**
	 * The English of every translatable text, by field ({@code name}, {@code summary},
	 * one field per list row such as {@code statement17}), in the order pages show them;
	 * a text the item does not have is {@code null}. Reads the item's lists: call it
	 * where they are loaded.
	 * @return the texts by field
	 */
	Map<String, String> translatableTexts();

}
