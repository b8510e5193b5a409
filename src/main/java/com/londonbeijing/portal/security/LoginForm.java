package com.londonbeijing.portal.security;

/**
 * What the sign-in page shows in its form. The form posts to Spring Security's filter,
 * not to a controller, so this is only ever rendered: the password is never in it.
 */
public class LoginForm {

	private String username;

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	/**
	 * Always empty: the password field is rendered, but never with a value.
	 * @return {@code null}
	 */
	public String getPassword() {
		return null;
	}

}
