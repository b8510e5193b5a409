package com.londonbeijing.portal.translation;

import java.util.List;
import java.util.Map;

/**
 * One kind of content with translatable fields, listed on the admin translations page.
 * Each kind's admin service implements it.
 */
public interface TranslatableItems {

	/** The kind, as stored in the {@code translation} table. */
	String translationKind();

	/** Message key naming the kind on the admin translations page. */
	String kindMessage();

	/** Every item with the English of its translatable fields. */
	List<Item> translatableItems();

	/**
	 * An item and its English.
	 *
	 * @param id the item's id
	 * @param label what editors call it (name or title)
	 * @param editPath the admin form where its Chinese is edited, or {@code null}
	 * @param english the English by field name
	 */
	record Item(long id, String label, String editPath, Map<String, String> english) {
	}

}
