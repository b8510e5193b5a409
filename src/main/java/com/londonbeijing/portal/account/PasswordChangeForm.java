package com.londonbeijing.portal.account;

import jakarta.validation.constraints.NotEmpty;

/**
 * The "change your password" form. The new password's rules are checked with
 * {@link PasswordPolicy}.
 */
public class PasswordChangeForm {

	@NotEmpty(message = "{account.currentPassword.required}")
	private String currentPassword;

	private String newPassword;

	private String confirmPassword;

	/** Passwords are never sent back to the browser, not even after an error. */
	public void clearPasswords() {
		this.currentPassword = null;
		this.newPassword = null;
		this.confirmPassword = null;
	}

	public String getCurrentPassword() {
		return this.currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
	}

	public String getNewPassword() {
		return this.newPassword;
	}

	public void setNewPassword(String newPassword) {
		this.newPassword = newPassword;
	}

	public String getConfirmPassword() {
		return this.confirmPassword;
	}

	public void setConfirmPassword(String confirmPassword) {
		this.confirmPassword = confirmPassword;
	}

}
