package com.londonbeijing.portal.account;

/**
 * The change would leave no enabled administrator, and so nobody who could manage
 * accounts.
 */
public class LastAdminException extends RuntimeException {

	public LastAdminException() {
		super("The last enabled administrator cannot be disabled, demoted or deleted");
	}

}
