package com.londonbeijing.portal.editing;

/**
 * A link to one page, as the delete page lists what links to the item being deleted.
 *
 * @param label the page's name or title as stored, or {@code null} for a page named by
 * {@code message}
 * @param message the message key naming a fixed page of the site (such as the home page),
 * or {@code null}
 * @param href where it is, a path on this site
 */
public record ItemLink(String label, String message, String href) {

	/**
	 * A link to a content item's page (also used by JPQL constructor expressions).
	 * @param label the item's name or title
	 * @param href the page's path
	 */
	public ItemLink(String label, String href) {
		this(label, null, href);
	}

	/**
	 * A link to a fixed page of the site.
	 * @param message the message key naming it
	 * @param href its path
	 * @return the link
	 */
	public static ItemLink page(String message, String href) {
		return new ItemLink(null, message, href);
	}

}
