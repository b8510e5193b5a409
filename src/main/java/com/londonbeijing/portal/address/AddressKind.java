package com.londonbeijing.portal.address;

/**
 * The kinds of content with a page of their own at {@code /<kind>/<slug>}, whose earlier
 * addresses are kept ({@code earlier_address.kind}).
 */
public enum AddressKind {

	AREAS("areas", "cooperation_area"), CASE_STUDIES("case-studies", "case_study"), MEETINGS("meetings", "meeting");

	private final String segment;

	private final String table;

	AddressKind(String segment, String table) {
		this.segment = segment;
		this.table = table;
	}

	/** The first part of the items' paths, also the value stored in the database. */
	public String segment() {
		return this.segment;
	}

	/** The table holding the items; a constant, never from a request. */
	String table() {
		return this.table;
	}

	/** The site path of an item's page, e.g. {@code /areas/trade-and-investment}. */
	public String path(String slug) {
		return "/" + this.segment + "/" + slug;
	}

}
