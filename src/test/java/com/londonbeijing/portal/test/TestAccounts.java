package com.londonbeijing.portal.test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.londonbeijing.portal.account.Account;
import com.londonbeijing.portal.account.AccountService;
import com.londonbeijing.portal.account.Role;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Accounts a test creates for itself in the shared test database, with usernames no other
 * test uses, and removes afterwards together with the failed sign-ins recorded for them.
 * <p>
 * In a Spring test, register it as a JUnit extension, which finds the application's beans
 * and deletes the accounts after each test: <pre class="code">
 * &#064;RegisterExtension
 * TestAccounts accounts = new TestAccounts();
 * </pre> Elsewhere (an application started by the test itself), make it with the beans
 * and call {@link #deleteAll()} from an {@code @AfterEach} method.
 */
public final class TestAccounts implements BeforeEachCallback, AfterEachCallback {

	/** A password every rule accepts. */
	public static final String PASSWORD = "correct-horse-battery-staple";

	private AccountService accounts;

	private JdbcClient jdbc;

	private final List<String> usernames = new ArrayList<>();

	private final List<String> addresses = new ArrayList<>();

	/**
	 * Accounts of the Spring test's application, as a JUnit extension.
	 */
	public TestAccounts() {
	}

	/**
	 * Accounts of an application the test started itself.
	 * @param accounts the application's account service
	 * @param jdbc its database
	 */
	public TestAccounts(AccountService accounts, JdbcClient jdbc) {
		this.accounts = accounts;
		this.jdbc = jdbc;
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		if (this.accounts == null) {
			ApplicationContext application = SpringExtension.getApplicationContext(context);
			this.accounts = application.getBean(AccountService.class);
			this.jdbc = application.getBean(JdbcClient.class);
		}
	}

	@Override
	public void afterEach(ExtensionContext context) {
		deleteAll();
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
