package com.londonbeijing.portal.address;

import com.londonbeijing.portal.support.NotFoundException;

/**
 * The address asked for belonged to an item that was deleted after it was published: the
 * answer is 410 Gone with the editor's note ({@link EarlierAddressAdvice}). A 404
 * wherever it is not answered so.
 */
public class AddressGoneException extends NotFoundException {

	private final GoneNotice notice;

	AddressGoneException(GoneNotice notice) {
		super("Deleted page");
		this.notice = notice;
	}

	public GoneNotice notice() {
		return this.notice;
	}

}
