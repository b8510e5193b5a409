package com.londonbeijing.portal.translation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The texts of everything a page shows, in the page's language, read by
 * {@link Translations#shown} before the page renders: templates look texts up here (model
 * attribute {@code shown}) and never reach the database themselves.
 * <p>
 * Looking up an item the page's controller did not name is a mistake in that controller,
 * and fails rather than quietly showing English.
 */
public final class ShownTexts {

	private static final ShownTexts AS_WRITTEN = new ShownTexts(false, Map.of(), Set.of());

	private final boolean translated;

	/** The stored translations by item ({@code kind/id}) and field. */
	private final Map<String, Map<String, StoredTranslation>> items;

	/** The items ({@code kind/id}) whose English changed after it was translated. */
	private final Set<String> outOfDate;

	ShownTexts(boolean translated, Map<String, Map<String, StoredTranslation>> items, Set<String> outOfDate) {
		this.translated = translated;
		this.items = items;
		this.outOfDate = outOfDate;
	}

	/** Texts as they are written, for pages in the language content is written in. */
	public static ShownTexts asWritten() {
		return AS_WRITTEN;
	}

	/**
	 * What to show for one text of an item.
	 * @param item the item
	 * @param field the text's field ({@code name}, {@code statement17}...)
	 * @param english the text's English
	 * @return the translation if there is one, else the English marked as English
	 * @throws IllegalStateException if the page did not load the item's texts
	 */
	public Shown of(Translatable item, String field, String english) {
		if (!this.translated || english == null || english.isBlank() || item.getId() == null) {
			return Shown.asWritten(english);
		}
		StoredTranslation translation = stored(item).get(field);
		return (translation != null) ? Shown.asWritten(translation.text()) : Shown.englishInstead(english);
	}

	/**
	 * Whether any of some texts of an item shows in English, for one note above a list
	 * rather than one per row.
	 * @param item the item
	 * @param english the texts' English by field
	 * @return whether a text falls back to English
	 */
	public boolean anyUntranslated(Translatable item, Map<String, String> english) {
		return english.entrySet().stream().anyMatch((text) -> of(item, text.getKey(), text.getValue()).untranslated());
	}

	/**
	 * Every translatable text of an item as shown, by field.
	 * @param item the item, with its lists loaded
	 * @return the texts it has, in page order
	 */
	public Map<String, Shown> all(Translatable item) {
		Map<String, Shown> texts = new LinkedHashMap<>();
		item.translatableTexts().forEach((field, english) -> {
			if (english != null && !english.isBlank()) {
				texts.put(field, of(item, field, english));
			}
		});
		return texts;
	}

	/**
	 * Whether the English of the page's main item changed after some of it was
	 * translated, so readers of the translation may want to read the English.
	 * @param item the page's main item
	 * @return whether a translation shown is older than its English
	 */
	public boolean outOfDate(Translatable item) {
		return this.outOfDate.contains(key(item));
	}

	private Map<String, StoredTranslation> stored(Translatable item) {
		Map<String, StoredTranslation> stored = this.items.get(key(item));
		if (stored == null) {
			throw new IllegalStateException("The page did not load the texts of " + key(item));
		}
		return stored;
	}

	static String key(Translatable item) {
		return item.translationKind() + "/" + item.getId();
	}

}
