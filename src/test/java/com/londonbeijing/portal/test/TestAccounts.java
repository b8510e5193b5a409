package com.londonbeijing.portal.test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.londonbeijing.portal.account.Account;
import com.londonbeijing.portal.account.AccountService;
import com.londonbeijing.portal.account.Role;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Accounts a test creates for itself in the shared test database, with usernames no other
 * test uses, and removes afterwards together with the failed sign-ins recorded for them
 * (call {@link #deleteAll()} from an {@code @AfterEach} method).
 */
public final class TestAccounts {

	/** A password every rule accepts. */
	public static final String PASSWORD = "correct-horse-battery-staple";

	private final AccountService accounts;

	private final JdbcClient jdbc;

	private final List<String> usernames = new ArrayList<>();

	private final List<String> addresses = new ArrayList<>();

	public TestAccounts(AccountService accounts, JdbcClient jdbc) {
		this.accounts = accounts;
		this.jdbc = jdbc;
	}

	/**
	 * A username no other test uses (and that no account has).
	 * @param prefix what the username starts with, to recognise it in logs
	 * @return the username, registered for clean-up
	 */
	public String uniqueUsername(String prefix) {
		String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
		this.usernames.add(username);
		return username;
	}

	/**
	 * Creates an enabled account with {@link #PASSWORD}.
	 * @param prefix what the username starts with
	 * @param role the role
	 * @return the account
	 */
	public Account create(String prefix, Role role) {
		return this.accounts.create(uniqueUsername(prefix), role, true, PASSWORD);
	}

	/**
	 * Registers a client address whose failed sign-ins are deleted by
	 * {@link #deleteAll()}.
	 * @param address the address
	 * @return the address
	 */
	public String address(String address) {
		this.addresses.add(address);
		return address;
	}

	/** Deletes the accounts and the failed sign-ins this test created. */
	public void deleteAll() {
		for (String username : this.usernames) {
			this.jdbc.sql("DELETE FROM account WHERE lower(username) = lower(?)").param(username).update();
			this.jdbc.sql("DELETE FROM login_failure WHERE username = lower(?)").param(username).update();
		}
		for (String address : this.addresses) {
			this.jdbc.sql("DELETE FROM login_failure WHERE client_address = ?").param(address).update();
		}
		this.usernames.clear();
		this.addresses.clear();
	}

}
