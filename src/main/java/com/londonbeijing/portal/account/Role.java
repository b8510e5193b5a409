package com.londonbeijing.portal.account;

/**
 * What an account may do in the admin area.
 */
public enum Role {

	/** Everything, including managing accounts. */
	ADMIN,

	/** The content sections only. */
	EDITOR;

	/**
	 * The Spring Security authority of this role.
	 * @return for example {@code ROLE_ADMIN}
	 */
	public String authority() {
		return "ROLE_" + name();
	}

}
