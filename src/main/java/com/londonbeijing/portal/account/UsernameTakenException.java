package com.londonbeijing.portal.account;

/**
 * Another account already has this username (in any mix of upper and lower case).
 */
public class UsernameTakenException extends RuntimeException {

	public UsernameTakenException(String username) {
		super("Username taken: " + username);
	}

}
