package com.londonbeijing.portal.account.admin;

import com.londonbeijing.portal.account.Account;
import com.londonbeijing.portal.account.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;

/**
 * The admin's form for adding an account ({@link New}: username and password required) or
 * editing one (role, enabled, optionally a new password; the username is fixed). Password
 * rules that compare fields are checked by {@link AccountAdminController} with
 * {@code PasswordPolicy}.
 */
public class AccountForm {

	@NotBlank(groups = New.class, message = "{account.username.required}")
	@Size(groups = New.class, min = 3, max = 60, message = "{account.username.size}")
	@Pattern(groups = New.class, regexp = "[A-Za-z0-9._@-]*", message = "{account.username.characters}")
	private String username;

	@NotNull(message = "{account.role.required}")
	private Role role = Role.EDITOR;

	private boolean enabled = true;

	private String password;

	private String confirmPassword;

	private Long version;

	/**
	 * A form showing an account as it is.
	 * @param account the account
	 * @return the form
	 */
	static AccountForm from(Account account) {
		AccountForm form = new AccountForm();
		form.setUsername(account.getUsername());
		form.setRole(account.getRole());
		form.setEnabled(account.isEnabled());
		form.setVersion(account.getVersion());
		return form;
	}

	/** Passwords are never sent back to the browser, not even after an error. */
	void clearPasswords() {
		this.password = null;
		this.confirmPassword = null;
	}

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public Role getRole() {
		return this.role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getConfirmPassword() {
		return this.confirmPassword;
	}

	public void setConfirmPassword(String confirmPassword) {
		this.confirmPassword = confirmPassword;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	/** Validation group of the "add an account" form: also checks the username. */
	public interface New extends Default {

	}

}
