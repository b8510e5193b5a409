package com.londonbeijing.portal.account;

import java.util.List;
import java.util.Optional;

import com.londonbeijing.portal.audit.SecurityEvent;
import com.londonbeijing.portal.audit.SecurityLog;
import com.londonbeijing.portal.support.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes and deletes accounts, hashing passwords on the way in and keeping at
 * least one enabled administrator. Every change that must end the account's sessions
 * (password, role, enabled, deleted) is announced as an {@link AccountChanged} event and
 * recorded in the {@link SecurityLog}.
 */
@Service
@Transactional
public class AccountService {

	/**
	 * Key of the PostgreSQL advisory lock that serialises changes which count
	 * administrators, across every instance of the application. Without it, two admins
	 * disabling each other at the same moment could both see "one other admin left".
	 */
	static final long ADMIN_CHANGES_LOCK = 0x504F5254414C0001L;

	private final AccountRepository accounts;

	private final JdbcClient jdbc;

	private final PasswordEncoder passwordEncoder;

	private final SecurityLog log;

	private final ApplicationEventPublisher events;

	AccountService(AccountRepository accounts, JdbcClient jdbc, PasswordEncoder passwordEncoder, SecurityLog log,
			ApplicationEventPublisher events) {
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.passwordEncoder = passwordEncoder;
		this.log = log;
		this.events = events;
	}

	/** Every account, by username. */
	@Transactional(readOnly = true)
	public List<Account> all() {
		return this.accounts.findAllOrderedByUsername();
	}

	/**
	 * One account.
	 * @param id the account's id
	 * @return the account
	 * @throws NotFoundException if there is none with that id
	 */
	@Transactional(readOnly = true)
	public Account get(long id) {
		return this.accounts.findById(id).orElseThrow(() -> new NotFoundException("Account"));
	}

	/**
	 * The account with this username, however typed: compared by {@link Usernames#key}.
	 * @param username the username
	 * @return the account, or empty
	 */
	@Transactional(readOnly = true)
	public Optional<Account> findByUsername(String username) {
		return this.accounts.findByUsernameKey(Usernames.key(username));
	}

	/**
	 * Whether the account is the only enabled administrator, so it must stay one.
	 * @param account the account
	 * @return {@code true} if disabling, demoting or deleting it would leave none
	 */
	@Transactional(readOnly = true)
	public boolean isLastEnabledAdmin(Account account) {
		return account.isEnabledAdmin() && this.accounts.countOtherEnabledAdmins(account.getId()) == 0;
	}

	/**
	 * Creates an account. The database's unique index decides whether the username is
	 * free, so two admins creating the same username at once get one account and one
	 * "taken".
	 * @param username the username (see {@link Account#USERNAME})
	 * @param role the role
	 * @param enabled whether it can sign in
	 * @param password the password, already checked against {@link PasswordPolicy}
	 * @return the new account
	 * @throws UsernameTakenException if another account has that username
	 */
	public Account create(String username, Role role, boolean enabled, String password) {
		Long id = this.jdbc.sql("""
				INSERT INTO account (username, username_key, password_hash, role, enabled)
				VALUES (:username, :key, :hash, :role, :enabled)
				ON CONFLICT DO NOTHING
				RETURNING id""")
			.param("username", username)
			.param("key", Usernames.key(username))
			.param("hash", this.passwordEncoder.encode(password))
			.param("role", role.name())
			.param("enabled", enabled)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new UsernameTakenException(username));
		this.log.record(SecurityEvent.ACCOUNT_CREATED, username, "role " + role + (enabled ? "" : ", disabled"));
		return get(id);
	}

	/**
	 * Creates the first administrator, unless any account exists. Safe when several
	 * instances start at once: only one of them creates it.
	 * @param username the username
	 * @param password the password
	 * @param mustChange whether the password must be replaced at the first sign-in (it
	 * was generated, not chosen)
	 * @return whether this call created the account
	 */
	public boolean createFirstAdmin(String username, String password, boolean mustChange) {
		lockAdminChanges();
		String hash = this.passwordEncoder.encode(password);
		boolean created = this.jdbc.sql("""
				INSERT INTO account (username, username_key, password_hash, role, enabled, password_change_required)
				SELECT :username, :key, :hash, 'ADMIN', true, :mustChange
				WHERE NOT EXISTS (SELECT 1 FROM account)
				ON CONFLICT DO NOTHING
				RETURNING id""")
			.param("username", username)
			.param("key", Usernames.key(username))
			.param("hash", hash)
			.param("mustChange", mustChange)
			.query(Long.class)
			.optional()
			.isPresent();
		if (created) {
			this.log.record(SecurityEvent.ACCOUNT_CREATED, username, "first administrator");
		}
		return created;
	}

	/**
	 * Whether any account exists.
	 * @return {@code true} once the first account has been created
	 */
	@Transactional(readOnly = true)
	public boolean anyExists() {
		return this.jdbc.sql("SELECT EXISTS (SELECT 1 FROM account)").query(Boolean.class).single();
	}

	/**
	 * Changes an account's role and whether it is enabled, and optionally sets a new
	 * password.
	 * @param id the account's id
	 * @param version the version the admin saw, for optimistic locking
	 * @param role the new role
	 * @param enabled whether it can sign in
	 * @param newPassword a new password (already checked against {@link PasswordPolicy}),
	 * or {@code null} to keep the current one
	 * @throws NotFoundException if the account does not exist
	 * @throws ObjectOptimisticLockingFailureException if someone changed it since
	 * @throws LastAdminException if it is the last enabled administrator and would stop
	 * being one
	 */
	public void update(long id, long version, Role role, boolean enabled, String newPassword) {
		lockAdminChanges();
		Account account = get(id);
		if (account.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(Account.class, id);
		}
		if ((role != Role.ADMIN || !enabled) && isLastEnabledAdmin(account)) {
			throw new LastAdminException();
		}
		Role oldRole = account.getRole();
		boolean wasEnabled = account.isEnabled();
		account.setRole(role);
		account.setEnabled(enabled);
		if (newPassword != null) {
			account.setPasswordHash(this.passwordEncoder.encode(newPassword));
		}
		this.accounts.save(account);
		String username = account.getUsername();
		if (oldRole != role) {
			this.log.record(SecurityEvent.ROLE_CHANGED, username, "role " + oldRole + " → " + role);
		}
		if (wasEnabled != enabled) {
			this.log.record(enabled ? SecurityEvent.ACCOUNT_ENABLED : SecurityEvent.ACCOUNT_DISABLED, username, null);
		}
		if (newPassword != null) {
			this.log.record(SecurityEvent.PASSWORD_CHANGED, username, "set by an administrator");
		}
		if (oldRole != role || wasEnabled != enabled || newPassword != null) {
			this.events.publishEvent(new AccountChanged(username, false));
		}
	}

	/**
	 * Deletes an account.
	 * @param id the account's id
	 * @return the deleted account's username
	 * @throws NotFoundException if the account does not exist
	 * @throws LastAdminException if it is the last enabled administrator
	 */
	public String delete(long id) {
		lockAdminChanges();
		Account account = get(id);
		if (isLastEnabledAdmin(account)) {
			throw new LastAdminException();
		}
		this.accounts.delete(account);
		this.log.record(SecurityEvent.ACCOUNT_DELETED, account.getUsername(), null);
		this.events.publishEvent(new AccountChanged(account.getUsername(), false));
		return account.getUsername();
	}

	/**
	 * Whether this is the account's password, for forms that ask for it again.
	 * @param username the account's username
	 * @param password the password typed
	 * @return {@code true} if it matches the stored hash
	 */
	@Transactional(readOnly = true)
	public boolean passwordMatches(String username, String password) {
		return password != null && findByUsername(username)
			.map((account) -> this.passwordEncoder.matches(password, account.getPasswordHash()))
			.orElse(false);
	}

	/**
	 * Sets a new password for one's own account (after {@link #passwordMatches} has
	 * confirmed the current one). The account's other sessions end; the caller keeps its
	 * own, with a new id.
	 * @param username the signed-in user
	 * @param newPassword the new password, already checked against {@link PasswordPolicy}
	 * @throws NotFoundException if the account no longer exists
	 */
	public void changePassword(String username, String newPassword) {
		Account account = findByUsername(username).orElseThrow(() -> new NotFoundException("Account"));
		account.setPasswordHash(this.passwordEncoder.encode(newPassword));
		account.setPasswordChangeRequired(false);
		this.accounts.save(account);
		this.log.record(SecurityEvent.PASSWORD_CHANGED, account.getUsername(), "by its holder");
		this.events.publishEvent(new AccountChanged(account.getUsername(), true));
	}

	/**
	 * Stores the same password hashed another way, when sign-in upgrades an old hash. The
	 * password itself is unchanged, so sessions go on and nothing is logged as a change.
	 * @param username the account's username, as stored
	 * @param passwordHash the new hash, with its algorithm prefix
	 */
	public void replacePasswordHash(String username, String passwordHash) {
		this.jdbc.sql("UPDATE account SET password_hash = :hash WHERE username = :username")
			.param("hash", passwordHash)
			.param("username", username)
			.update();
	}

	private void lockAdminChanges() {
		this.jdbc.sql("SELECT pg_advisory_xact_lock(:key)").param("key", ADMIN_CHANGES_LOCK).query().listOfRows();
	}

}
