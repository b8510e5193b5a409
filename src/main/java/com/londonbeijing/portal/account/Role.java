package com.londonbeijing.portal.account;

/**
 * What an account may do in the admin area.
 */
public enum Role {

	/** Everything, including managing accounts. */
	ADMIN,

	/** The content sections: publishes, deletes, and everything a writer may. */
	EDITOR,

	/**
	 * Prepares content: new items as drafts, changes to published items as pending
	 * drafts, submitted for an editor to review; never publishes or deletes what is
	 * published.
	 */
	WRITER;

	/**
	 * The Spring Security authority of this role.
	 * @return for example {@code ROLE_ADMIN}
	 */
	public String authority() {
		return "ROLE_" + name();
	}

}
