package com.londonbeijing.portal.translation;

import java.util.List;
import java.util.Map;

/**
 * One kind of content with translatable texts, listed on the admin translations page page
 * by page. Each kind implements it next to its entity.
 */
public interface TranslatableItems {

	/** The kind, as stored in the {@code translation} table. */
	String translationKind();

	/** Message key naming the kind on the admin translations page. */
	String kindMessage();

	/** How many items of the kind there are, drafts included. */
	long count();

	/**
	 * Some of the kind's items, in the order editors know them by, with their English.
	 * Runs in the caller's transaction.
	 * @param offset the first item, from 0
	 * @param limit how many at most
	 * @return the items
	 */
	List<Item> items(long offset, int limit);

	/**
	 * An item and its English.
	 *
	 * @param id the item's id
	 * @param label what editors call it (name or title)
	 * @param editPath the admin form where its Chinese is edited, or {@code null}
	 * @param english the English by field
	 */
	record Item(long id, String label, String editPath, Map<String, String> english) {

		/** The item as the overview lists it. */
		public static Item of(Translatable item, String label, String editPath) {
			return new Item(item.getId(), label, editPath, item.translatableTexts());
		}

	}

}
