package com.londonbeijing.portal.security;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins, kept in PostgreSQL so that every instance throttles the same attempts,
 * and judged by {@link LoginThrottle}. Times come from the database's clock, so instances
 * with skewed clocks agree.
 */
@Component
class LoginFailures {

	/** Rows older than this are deleted: they no longer affect any decision. */
	static final Duration KEEP = Duration.ofHours(1);

	private final JdbcClient jdbc;

	LoginFailures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * How long sign-in stays refused for this username or this address.
	 * @param username the username as typed
	 * @param address the client's address
	 * @return how long to wait, or empty if sign-in may be tried now
	 */
	Optional<Duration> lockedFor(String username, String address) {
		List<Instant> byAccount = new ArrayList<>();
		List<Instant> byAddress = new ArrayList<>();
		Instant[] now = { null };
		this.jdbc.sql("""
				SELECT failed_at, username = :username AS by_account, client_address = :address AS by_address,
				       now() AS db_now
				FROM login_failure
				WHERE (username = :username OR client_address = :address)
				  AND failed_at > now() - :seconds * interval '1 second'""")
			.param("username", key(username))
			.param("address", address(address))
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
		Optional<Instant> accountLock = LoginThrottle.lockedUntil(byAccount, now[0]);
		Optional<Instant> addressLock = LoginThrottle.lockedUntil(byAddress, now[0]);
		return Stream.of(accountLock, addressLock)
			.flatMap(Optional::stream)
			.max(Comparator.naturalOrder())
			.map((until) -> Duration.between(now[0], until));
	}

	/**
	 * Records a failed sign-in, and deletes rows too old to matter.
	 * @param username the username as typed
	 * @param address the client's address
	 */
	void record(String username, String address) {
		this.jdbc.sql("INSERT INTO login_failure (username, client_address) VALUES (:username, :address)")
			.param("username", key(username))
			.param("address", address(address))
			.update();
		this.jdbc.sql("DELETE FROM login_failure WHERE failed_at < now() - :seconds * interval '1 second'")
			.param("seconds", KEEP.toSeconds())
			.update();
	}

	/**
	 * Forgets the failures for a username after a successful sign-in. Failures from the
	 * address stay: one good password must not reset guessing at other accounts.
	 * @param username the username as typed
	 */
	void forget(String username) {
		this.jdbc.sql("DELETE FROM login_failure WHERE username = :username").param("username", key(username)).update();
	}

	/** Usernames are matched regardless of case, like sign-in itself. */
	static String key(String username) {
		String key = (username != null) ? username.strip().toLowerCase(Locale.ROOT) : "";
		return (key.length() > 100) ? key.substring(0, 100) : key;
	}

	static String address(String address) {
		String value = (address != null && !address.isBlank()) ? address.strip() : "unknown";
		return (value.length() > 64) ? value.substring(0, 64) : value;
	}

}
