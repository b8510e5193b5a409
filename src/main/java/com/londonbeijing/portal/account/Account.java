package com.londonbeijing.portal.account;

import java.time.Instant;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An account that can sign in to the admin area. Accounts are created by
 * {@link AccountService} (so that a taken username is reported, not thrown); the username
 * never changes afterwards.
 */
@Entity
@Table(name = "account")
public class Account {

	/** What a username may contain; the database checks the same. */
	public static final Pattern USERNAME = Usernames.ALLOWED;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false, length = 60)
	private String username;

	@Column(name = "username_key", nullable = false, updatable = false, length = 60)
	private String usernameKey;

	@Column(name = "password_change_required", nullable = false)
	private boolean passwordChangeRequired;

	@Column(name = "password_hash", nullable = false, length = 500)
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private Role role;

	@Column(nullable = false)
	private boolean enabled;

	@Column(name = "created_at", nullable = false, updatable = false, insertable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected Account() {
	}

	@PreUpdate
	void onUpdate() {
		this.updatedAt = Instant.now();
	}

	public Long getId() {
		return this.id;
	}

	public String getUsername() {
		return this.username;
	}

	/**
	 * The username as compared ({@link Usernames#key}).
	 * @return the key
	 */
	public String getUsernameKey() {
		return this.usernameKey;
	}

	/**
	 * Whether the password was generated and must be replaced before anything else.
	 * @return {@code true} until the holder chose a password
	 */
	public boolean isPasswordChangeRequired() {
		return this.passwordChangeRequired;
	}

	void setPasswordChangeRequired(boolean passwordChangeRequired) {
		this.passwordChangeRequired = passwordChangeRequired;
	}

	/**
	 * The password hash with its encoder prefix, for the authentication provider only.
	 * @return for example {@code {bcrypt}$2a$10$...}
	 */
	public String getPasswordHash() {
		return this.passwordHash;
	}

	void setPasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	public Role getRole() {
		return this.role;
	}

	void setRole(Role role) {
		this.role = role;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	/**
	 * Whether this account counts towards the enabled administrators that must remain.
	 */
	public boolean isEnabledAdmin() {
		return this.enabled && this.role == Role.ADMIN;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public long getVersion() {
		return this.version;
	}

	@Override
	public String toString() {
		// Never the password hash: accounts end up in log lines.
		return "Account[id=" + this.id + ", username=" + this.username + ", role=" + this.role + ", enabled="
				+ this.enabled + "]";
	}

}
