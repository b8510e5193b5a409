package com.londonbeijing.portal.editing;

import java.util.Map;

import org.springframework.data.domain.Sort;

/**
 * The orders an admin list can be sorted in, by the key that goes in its address
 * ({@code ?sort=-updated}), and the one used when none or an unknown one is asked for.
 *
 * @param defaultKey the key of the order used by default
 * @param byKey the orders by key
 */
public record ListSorts(String defaultKey, Map<String, Sort> byKey) {

	public ListSorts {
		if (!byKey.containsKey(defaultKey)) {
			throw new IllegalArgumentException("No sort " + defaultKey + " in " + byKey.keySet());
		}
	}

	/**
	 * The key to sort by.
	 * @param asked the key asked for, may be {@code null} or anything
	 * @return {@code asked} if it names an order, otherwise the default
	 */
	public String key(String asked) {
		return (asked != null && this.byKey.containsKey(asked)) ? asked : this.defaultKey;
	}

	/** The order a valid key names. */
	public Sort sort(String key) {
		return this.byKey.get(key);
	}

}
