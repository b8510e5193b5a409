package com.londonbeijing.portal.address;

import com.londonbeijing.portal.support.NotFoundException;

/**
 * The address asked for is an earlier address of an item that now has another slug: the
 * answer is a permanent redirect ({@link EarlierAddressAdvice}). A 404 wherever it is not
 * answered so.
 */
public class AddressMovedException extends NotFoundException {

	private final AddressKind kind;

	private final String slug;

	AddressMovedException(AddressKind kind, String slug) {
		super("Earlier address");
		this.kind = kind;
		this.slug = slug;
	}

	public AddressKind kind() {
		return this.kind;
	}

	/** The item's current slug. */
	public String slug() {
		return this.slug;
	}

}
