package com.londonbeijing.portal.security;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import com.londonbeijing.portal.PortalProperties;
import com.londonbeijing.portal.PortalProperties.TwoFactor;
import com.londonbeijing.portal.account.Account;
import com.londonbeijing.portal.account.Role;
import com.londonbeijing.portal.audit.SecurityEvent;
import com.londonbeijing.portal.audit.SecurityLog;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two-step sign-in for an account: its authenticator key ({@code account_totp}), the
 * one-time recovery codes ({@code account_recovery_code}, hashed), and whether the
 * account must use it ({@code PORTAL_TWO_FACTOR}). A code is accepted once: the step of
 * the last accepted code is stored, and the update that accepts a code only succeeds for
 * a later step, so two instances cannot both accept the same code.
 */
@Service
@Transactional
public class TwoStep {

	/** Recovery codes made at a time. */
	static final int RECOVERY_CODES = 10;

	/** No 0/O, 1/l/I: codes are read off paper and typed. */
	private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

	/** Characters of a recovery code (about 59 bits), shown in groups of four. */
	private static final int RECOVERY_CODE_LENGTH = 12;

	private static final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final PasswordEncoder passwordEncoder;

	private final SecurityLog log;

	private final TwoFactor policy;

	TwoStep(JdbcClient jdbc, SecurityLog log, PortalProperties properties) {
		this.jdbc = jdbc;
		this.passwordEncoder = PasswordHashing.recoveryCodes();
		this.log = log;
		this.policy = properties.twoFactor();
	}

	/**
	 * Whether the account has set up two-step sign-in (confirmed with a code).
	 * @param accountId the account's id
	 * @return {@code true} once enrolled
	 */
	@Transactional(readOnly = true)
	public boolean isEnrolled(long accountId) {
		return confirmedSecret(accountId).isPresent();
	}

	/**
	 * Whether the setting makes this account use two-step sign-in, enrolled or not.
	 * @param role the account's role
	 * @return {@code true} if it must enrol (or has to use it)
	 */
	public boolean isRequiredFor(Role role) {
		return this.policy == TwoFactor.REQUIRED
				|| (this.policy == TwoFactor.REQUIRED_FOR_ADMINS && role == Role.ADMIN);
	}

	/**
	 * Whether signing in to this account takes a second step.
	 * @param account the account
	 * @return {@code true} if it is enrolled or must enrol
	 */
	@Transactional(readOnly = true)
	public boolean needsSecondStep(Account account) {
		return isRequiredFor(account.getRole()) || isEnrolled(account.getId());
	}

	/**
	 * The key being set up: the one made earlier and not yet confirmed, or a new one.
	 * @param accountId the account's id
	 * @return the key in Base32
	 * @throws IllegalStateException if the account is enrolled already
	 */
	public String pendingSecret(long accountId) {
		Map<String, Object> row = this.jdbc
			.sql("SELECT secret, confirmed_at FROM account_totp WHERE account_id = ? FOR UPDATE")
			.param(accountId)
			.query()
			.listOfRows()
			.stream()
			.findFirst()
			.orElse(null);
		if (row != null && row.get("confirmed_at") != null) {
			throw new IllegalStateException("Already enrolled");
		}
		if (row != null) {
			return (String) row.get("secret");
		}
		String secret = TotpCodes.newSecret();
		this.jdbc.sql("INSERT INTO account_totp (account_id, secret) VALUES (?, ?) ON CONFLICT DO NOTHING")
			.params(accountId, secret)
			.update();
		return this.jdbc.sql("SELECT secret FROM account_totp WHERE account_id = ?")
			.param(accountId)
			.query(String.class)
			.single();
	}

	/**
	 * Confirms enrolment with a first code, and makes the recovery codes.
	 * @param account the account
	 * @param code the code typed
	 * @return the recovery codes, in clear (shown once, stored hashed), or empty if the
	 * code was wrong
	 */
	public Optional<List<String>> confirm(Account account, String code) {
		String secret = this.jdbc
			.sql("SELECT secret FROM account_totp WHERE account_id = ? AND confirmed_at IS NULL FOR UPDATE")
			.param(account.getId())
			.query(String.class)
			.optional()
			.orElse(null);
		if (secret == null) {
			return Optional.empty();
		}
		OptionalLong step = TotpCodes.matchingStep(secret, code, Instant.now());
		if (step.isEmpty()) {
			return Optional.empty();
		}
		this.jdbc.sql("UPDATE account_totp SET confirmed_at = now(), last_time_step = ? WHERE account_id = ?")
			.params(step.getAsLong(), account.getId())
			.update();
		this.log.record(SecurityEvent.TWO_STEP_ENROLLED, account.getUsername(), null);
		return Optional.of(makeRecoveryCodes(account.getId()));
	}

	/**
	 * Checks a code for the second step, and uses it up.
	 * @param accountId the account's id
	 * @param code the code typed
	 * @return whether it is right and was not used before
	 */
	public boolean acceptCode(long accountId, String code) {
		Optional<String> secret = confirmedSecret(accountId);
		if (secret.isEmpty()) {
			return false;
		}
		OptionalLong step = TotpCodes.matchingStep(secret.get(), code, Instant.now());
		return step.isPresent() && this.jdbc.sql("""
				UPDATE account_totp SET last_time_step = :step
				WHERE account_id = :id AND confirmed_at IS NOT NULL
				  AND (last_time_step IS NULL OR last_time_step < :step)""")
			.param("step", step.getAsLong())
			.param("id", accountId)
			.update() == 1;
	}

	/**
	 * Checks a recovery code, and uses it up.
	 * @param account the account
	 * @param code the code typed (any case, with or without dashes and spaces)
	 * @return whether it was one of the account's unused codes
	 */
	public boolean acceptRecoveryCode(Account account, String code) {
		String typed = normaliseRecoveryCode(code);
		if (typed.length() != RECOVERY_CODE_LENGTH) {
			return false;
		}
		List<Map<String, Object>> codes = this.jdbc
			.sql("SELECT id, code_hash FROM account_recovery_code WHERE account_id = ? AND used_at IS NULL")
			.param(account.getId())
			.query()
			.listOfRows();
		for (Map<String, Object> row : codes) {
			if (this.passwordEncoder.matches(typed, (String) row.get("code_hash"))) {
				boolean used = this.jdbc
					.sql("UPDATE account_recovery_code SET used_at = now() WHERE id = ? AND used_at IS NULL")
					.param(row.get("id"))
					.update() == 1;
				if (used) {
					this.log.record(SecurityEvent.RECOVERY_CODE_USED, account.getUsername(), null);
				}
				return used;
			}
		}
		return false;
	}

	/**
	 * How many recovery codes are left.
	 * @param accountId the account's id
	 * @return the number of unused codes
	 */
	@Transactional(readOnly = true)
	public int recoveryCodesLeft(long accountId) {
		return this.jdbc.sql("SELECT count(*) FROM account_recovery_code WHERE account_id = ? AND used_at IS NULL")
			.param(accountId)
			.query(Integer.class)
			.single();
	}

	/**
	 * New recovery codes; the old ones stop working.
	 * @param account the account
	 * @return the codes in clear, to show once
	 */
	public List<String> renewRecoveryCodes(Account account) {
		List<String> codes = makeRecoveryCodes(account.getId());
		this.log.record(SecurityEvent.RECOVERY_CODES_RENEWED, account.getUsername(), null);
		return codes;
	}

	/**
	 * Turns two-step sign-in off for an account: key and recovery codes are deleted, so
	 * it enrols afresh (at its next sign-in, if the setting requires it).
	 * @param account the account
	 * @param detail who did it, for the audit log
	 */
	public void reset(Account account, String detail) {
		this.jdbc.sql("DELETE FROM account_totp WHERE account_id = ?").param(account.getId()).update();
		this.jdbc.sql("DELETE FROM account_recovery_code WHERE account_id = ?").param(account.getId()).update();
		this.log.record(SecurityEvent.TWO_STEP_RESET, account.getUsername(), detail);
	}

	private List<String> makeRecoveryCodes(long accountId) {
		this.jdbc.sql("DELETE FROM account_recovery_code WHERE account_id = ?").param(accountId).update();
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < RECOVERY_CODES; i++) {
			StringBuilder code = new StringBuilder();
			for (int c = 0; c < RECOVERY_CODE_LENGTH; c++) {
				code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
			}
			codes.add(code.toString());
			this.jdbc.sql("INSERT INTO account_recovery_code (account_id, code_hash) VALUES (?, ?)")
				.params(accountId, this.passwordEncoder.encode(code.toString()))
				.update();
		}
		return codes.stream().map(TwoStep::grouped).toList();
	}

	private Optional<String> confirmedSecret(long accountId) {
		return this.jdbc.sql("SELECT secret FROM account_totp WHERE account_id = ? AND confirmed_at IS NOT NULL")
			.param(accountId)
			.query(String.class)
			.optional();
	}

	/** "abcd-efgh-jkmn": easier to read out and copy. */
	static String grouped(String code) {
		return code.replaceAll("(.{4})(?=.)", "$1-");
	}

	static String normaliseRecoveryCode(String typed) {
		if (typed == null || typed.length() > 40) {
			return "";
		}
		return typed.replaceAll("[\\s-]", "").toLowerCase(java.util.Locale.ROOT);
	}

}
