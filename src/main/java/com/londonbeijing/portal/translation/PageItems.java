package com.londonbeijing.portal.translation;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Everything a page shows that has translatable texts, named by the page's controller so
 * that {@link Translations#shown} reads their translations in one query per kind.
 */
public final class PageItems {

	private final Translatable subject;

	private final Map<String, Set<Long>> idsByKind = new LinkedHashMap<>();

	private PageItems(Translatable subject) {
		this.subject = subject;
		if (subject != null) {
			and(subject);
		}
	}

	/**
	 * The items of a page about one item, such as a meeting's page.
	 * @param subject the page's item: readers are told when its English changed after it
	 * was translated (its lists must be loaded)
	 * @return the page's items so far
	 */
	public static PageItems about(Translatable subject) {
		return new PageItems(subject);
	}

	/** The items of a page about no one item, such as a list. */
	public static PageItems none() {
		return new PageItems(null);
	}

	/** Adds an item the page shows. */
	public PageItems and(Translatable item) {
		if (item != null && item.getId() != null) {
			this.idsByKind.computeIfAbsent(item.translationKind(), (kind) -> new LinkedHashSet<>()).add(item.getId());
		}
		return this;
	}

	/** Adds items the page shows. */
	public PageItems and(Collection<? extends Translatable> items) {
		items.forEach(this::and);
		return this;
	}

	/**
	 * Adds items the page shows and the items each of them shows with it (such as the
	 * areas on a case study's card).
	 * @param items the items
	 * @param shownWith what the page shows with each of them
	 * @param <T> the items' type
	 * @return the page's items so far
	 */
	public <T extends Translatable> PageItems and(Collection<T> items,
			Function<T, ? extends Collection<? extends Translatable>> shownWith) {
		items.forEach((item) -> and(item).and(shownWith.apply(item)));
		return this;
	}

	Translatable subject() {
		return this.subject;
	}

	Map<String, Set<Long>> idsByKind() {
		return this.idsByKind;
	}

}
