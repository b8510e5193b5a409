package com.londonbeijing.portal.account;

import java.security.SecureRandom;

import com.londonbeijing.portal.PortalProperties;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Makes sure somebody can sign in after the first start: when no account exists, creates
 * an administrator named by {@code portal.admin.username} (environment variable
 * {@code PORTAL_ADMIN_USERNAME}, default {@code admin}) with the password in
 * {@code portal.admin.password} ({@code PORTAL_ADMIN_PASSWORD}), or else with a random
 * password that is written to the log once. Existing accounts are never touched.
 */
@Component
class FirstAdminAccount implements ApplicationRunner {

	static final String DEFAULT_USERNAME = "admin";

	/** No 0/O, 1/l/I: the password is read off a log and typed by hand. */
	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	/** 24 characters from 57: about 140 bits. */
	static final int GENERATED_LENGTH = 24;

	private static final Log logger = LogFactory.getLog(FirstAdminAccount.class);

	private static final SecureRandom random = new SecureRandom();

	private final AccountService accounts;

	private final String username;

	private final String password;

	@Autowired
	FirstAdminAccount(AccountService accounts, PortalProperties properties) {
		this(accounts, properties.admin().username(), properties.admin().password());
	}

	FirstAdminAccount(AccountService accounts, String username, String password) {
		this.accounts = accounts;
		this.username = StringUtils.hasText(username) ? username.strip() : DEFAULT_USERNAME;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		createIfNoAccountExists();
	}

	void createIfNoAccountExists() {
		boolean configuredPassword = StringUtils.hasLength(this.password);
		if (this.accounts.anyExists()) {
			if (configuredPassword) {
				logger.info("Accounts exist, so PORTAL_ADMIN_USERNAME and PORTAL_ADMIN_PASSWORD are ignored");
			}
			return;
		}
		if (!Account.USERNAME.matcher(this.username).matches()) {
			throw new IllegalStateException("PORTAL_ADMIN_USERNAME must be 3 to 60 letters, digits or . _ @ -");
		}
		String initialPassword = configuredPassword ? this.password : generatePassword();
		PasswordPolicy.problem(this.username, initialPassword).ifPresent((problem) -> {
			throw new IllegalStateException("PORTAL_ADMIN_PASSWORD is not acceptable (" + problem
					+ "): it needs at least " + PasswordPolicy.MIN_LENGTH + " characters, at most "
					+ PasswordPolicy.MAX_LENGTH + " characters, and must differ from the username");
		});
		if (!this.accounts.createFirstAdmin(this.username, initialPassword, !configuredPassword)) {
			return; // another instance was quicker
		}
		if (configuredPassword) {
			logger.info("First start: created the administrator account '" + this.username
					+ "' with the password from PORTAL_ADMIN_PASSWORD");
		}
		else {
			logger.warn("First start: created the administrator account '" + this.username
					+ "'. Its generated password, shown only this once, is: " + initialPassword
					+ "   Sign in at /login: you will be asked to choose a new one at once.");
		}
	}

	static String generatePassword() {
		StringBuilder password = new StringBuilder(GENERATED_LENGTH);
		for (int i = 0; i < GENERATED_LENGTH; i++) {
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
