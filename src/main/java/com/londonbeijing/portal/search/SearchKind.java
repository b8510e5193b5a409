package com.londonbeijing.portal.search;

/**
 * The kinds of thing a search finds, each with its label (a message key) and its page.
 */
public enum SearchKind {

	AREA("search.kind.area", "/areas/"),

	CASE_STUDY("search.kind.caseStudy", "/case-studies/"),

	MEETING("search.kind.meeting", "/meetings/"),

	/** A topic of meetings: its page is the list of meetings on that topic. */
	TOPIC("search.kind.topic", "/meetings?topic=");

	private final String label;

	private final String pathPrefix;

	SearchKind(String label, String pathPrefix) {
		this.label = label;
		this.pathPrefix = pathPrefix;
	}

	/** The message key of the kind's label, such as "Meeting". */
	public String getLabel() {
		return this.label;
	}

	/**
	 * The path of an item's page. Slugs are restricted to {@code a-z 0-9 -} by the
	 * database, so they need no encoding.
	 */
	String path(String slug) {
		return this.pathPrefix + slug;
	}

}
