package com.londonbeijing.portal.editing;

import java.util.List;

/**
 * One kind of page that links to (or lists) an item, for its delete page: a heading
 * message taking the number of pages, and the first of those pages.
 *
 * @param message the heading's message key, given {@code count} as its argument
 * @param count how many pages there are in all
 * @param links the pages listed (at most {@link #SHOWN}; {@code count} may be more)
 */
public record LinkGroup(String message, long count, List<ItemLink> links) {

	/** How many links a delete page lists per group. */
	public static final int SHOWN = 50;

	/** How many pages there are beyond those listed. */
	public long more() {
		return Math.max(0, this.count - this.links.size());
	}

	/**
	 * A group whose links are all listed.
	 * @param message the heading's message key
	 * @param links the pages
	 * @return the group
	 */
	public static LinkGroup of(String message, List<ItemLink> links) {
		return new LinkGroup(message, links.size(), links);
	}

}
