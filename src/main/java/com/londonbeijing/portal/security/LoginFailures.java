package com.londonbeijing.portal.security;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.londonbeijing.portal.account.Usernames;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Failed sign-in steps (wrong passwords and wrong codes), kept in PostgreSQL so that
 * every instance throttles the same attempts, and judged by {@link LoginThrottle}. Times
 * come from the database's clock, so instances with skewed clocks agree. Usernames are
 * recorded by their {@link Usernames#key}, the same form sign-in looks accounts up by.
 */
@Component
class LoginFailures {

	/** Rows older than this are deleted: they no longer affect any decision. */
	static final Duration KEEP = Duration.ofHours(2);

	/** What failed. */
	enum Factor {

		/** A wrong username or password. */
		PASSWORD,

		/** A wrong code or recovery code at the second step. */
		CODE

	}

	private final JdbcClient jdbc;

	LoginFailures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * How long the next attempt must wait for this username or this address.
	 * @param username the username as typed
	 * @param address the client's address
	 * @param factor the step being tried (codes are counted per account only)
	 * @param cap the longest wait to impose (see {@link LoginThrottle#cap})
	 * @return how long to wait, or empty if an attempt may be made now
	 */
	Optional<Duration> delayFor(String username, String address, Factor factor, Duration cap) {
		List<Instant> byAccount = new ArrayList<>();
		List<Instant> byAddress = new ArrayList<>();
		Instant[] now = { null };
		this.jdbc.sql("""
				SELECT failed_at, username = :username AS by_account,
				       client_address = :address AND :byAddress AS by_address, now() AS db_now
				FROM login_failure
				WHERE factor = :factor AND (username = :username OR (:byAddress AND client_address = :address))
				  AND failed_at > now() - :seconds * interval '1 second'""")
			.param("username", key(username))
			.param("address", address(address))
			.param("factor", factor.name())
			.param("byAddress", factor == Factor.PASSWORD)
			.param("seconds", LoginThrottle.LOOKBACK.toSeconds())
			.query((rs) -> {
				Instant failedAt = rs.getObject("failed_at", OffsetDateTime.class).toInstant();
				now[0] = rs.getObject("db_now", OffsetDateTime.class).toInstant();
				if (rs.getBoolean("by_account")) {
					byAccount.add(failedAt);
				}
				if (rs.getBoolean("by_address")) {
					byAddress.add(failedAt);
				}
			});
		if (now[0] == null) {
			return Optional.empty();
		}
		Optional<Instant> accountDelay = LoginThrottle.delayedUntil(byAccount, LoginThrottle.ACCOUNT_FREE, cap, now[0]);
		Optional<Instant> addressDelay = LoginThrottle.delayedUntil(byAddress, LoginThrottle.ADDRESS_FREE, cap, now[0]);
		return Stream.of(accountDelay, addressDelay)
			.flatMap(Optional::stream)
			.max(Comparator.naturalOrder())
			.map((until) -> Duration.between(now[0], until));
	}

	/**
	 * Records a failure, and deletes rows too old to matter.
	 * @param username the username as typed
	 * @param address the client's address
	 * @param factor what failed
	 */
	void record(String username, String address, Factor factor) {
		this.jdbc
			.sql("INSERT INTO login_failure (username, client_address, factor) VALUES (:username, :address, :factor)")
			.param("username", key(username))
			.param("address", address(address))
			.param("factor", factor.name())
			.update();
		this.jdbc.sql("DELETE FROM login_failure WHERE failed_at < now() - :seconds * interval '1 second'")
			.param("seconds", KEEP.toSeconds())
			.update();
	}

	/**
	 * Forgets an account's failures of one step after that step succeeded. Failures from
	 * the address stay: one good password must not reset guessing at other accounts.
	 * @param username the username as typed
	 * @param factor the step that succeeded
	 */
	void forget(String username, Factor factor) {
		this.jdbc.sql("DELETE FROM login_failure WHERE username = :username AND factor = :factor")
			.param("username", key(username))
			.param("factor", factor.name())
			.update();
	}

	/** The same form as account look-ups: see {@link Usernames#key}. */
	static String key(String username) {
		return Usernames.key(username);
	}

	static String address(String address) {
		String value = (address != null && !address.isBlank()) ? address.strip() : "unknown";
		return (value.length() > 64) ? value.substring(0, 64) : value;
	}

}
