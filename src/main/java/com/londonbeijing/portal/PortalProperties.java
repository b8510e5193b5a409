package com.londonbeijing.portal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Every setting of the portal's own, bound from {@code portal.*} properties or
 * {@code PORTAL_*} environment variables. The README's configuration table lists each of
 * them; a test checks that the two agree. Settings of Spring Boot itself
 * ({@code spring.*}, {@code server.*}) are not repeated here.
 *
 * @param publicUrl the site's root address (such as {@code https://portal.example.org});
 * when set, every absolute address the site writes starts with it, whatever {@code Host}
 * header a request carried; empty: taken from each request
 * @param admin the administrator account created on the first start
 * @param cache the caches of public content
 * @param db the optional read replica
 * @param twoFactor who must sign in with a second step (a code from an authenticator app)
 * @param trustedProxies the addresses of reverse proxies whose {@code X-Forwarded-For}
 * and {@code X-Forwarded-Proto} are believed: a regular expression as Tomcat's
 * RemoteIpValve takes it; default loopback only
 * @param session signed-in sessions
 * @param audit the security audit log
 * @param data the published statistics' downloads
 * @param api the read API
 * @param review whether a change to a published item needs a second person to publish it
 */
@ConfigurationProperties("portal")
public record PortalProperties(@DefaultValue("") String publicUrl, @DefaultValue Admin admin, @DefaultValue Cache cache,
		@DefaultValue Db db, @DefaultValue("required-for-admins") TwoFactor twoFactor,
		@DefaultValue(LOOPBACK) String trustedProxies, @DefaultValue Session session, @DefaultValue Audit audit,
		@DefaultValue Data data, @DefaultValue Api api, @DefaultValue("optional") Review review) {

	/** Loopback addresses only (IPv4 127/8 and IPv6 ::1), as Tomcat's expression. */
	public static final String LOOPBACK = "127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}|0:0:0:0:0:0:0:1|::1";

	/** Who must use two-step sign-in. */
	public enum TwoFactor {

		/** ADMIN accounts must set it up at their next sign-in; others may. */
		REQUIRED_FOR_ADMINS,

		/** Every account must. */
		REQUIRED,

		/** Nobody must; accounts that set it up still use it. */
		OPTIONAL

	}

	/** Who may publish a change that someone submitted for review. */
	public enum Review {

		/**
		 * An editor may publish their own change: a fresh single-account install works.
		 */
		OPTIONAL,

		/**
		 * Nobody publishes a change they submitted or last saved themselves; editors' own
		 * edits of published items go through review by someone else.
		 */
		REQUIRED

	}

	/**
	 * Signed-in sessions, beside {@code server.servlet.session.timeout} (idle time).
	 *
	 * @param maxLifetime how long a session lasts at most after signing in, however
	 * active
	 */
	public record Session(@DefaultValue("12h") Duration maxLifetime) {

	}

	/**
	 * The security audit log.
	 *
	 * @param retention how long events are kept
	 */
	public record Audit(@DefaultValue("400d") Duration retention) {

	}

	/**
	 * The published statistics' downloads (trade figures).
	 *
	 * @param licenceName the licence under which the figures may be reused
	 * @param licenceUrl where that licence is published
	 */
	public record Data(@DefaultValue("Open Government Licence v3.0") String licenceName,
			@DefaultValue("https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/") String licenceUrl) {

	}

	/**
	 * The read API under {@code /api/v1}.
	 *
	 * @param requestsPerMinute how many API requests one client address may make in a
	 * minute before it is asked to wait (429); 0 turns the limit off
	 */
	public record Api(@DefaultValue("600") int requestsPerMinute) {

	}

	/**
	 * The administrator account created on the first start, while no account exists.
	 *
	 * @param username its username (empty: {@code admin})
	 * @param password its password (empty: a random one, written to the log once)
	 */
	public record Admin(@DefaultValue("") String username, @DefaultValue("") String password) {

	}

	/**
	 * The in-memory caches of public content.
	 *
	 * @param pagesMaxSize memory for visitors' pages kept in memory; 0 turns the page
	 * cache off
	 * @param versionCheckInterval how often each instance reads the content version
	 * @param versionMaxAge cached pages are served only while the content version was
	 * read within this (at least twice the interval)
	 */
	public record Cache(@DefaultValue("8MB") DataSize pagesMaxSize, @DefaultValue("1s") Duration versionCheckInterval,
			@DefaultValue("5s") Duration versionMaxAge) {

	}

	/**
	 * The database besides Spring's own {@code spring.datasource.*}.
	 *
	 * @param read the read replica
	 */
	public record Db(@DefaultValue Read read) {

		/**
		 * A read replica: read-only transactions go there.
		 *
		 * @param url its JDBC URL (empty: no replica, everything uses the primary)
		 * @param username its user (empty: the primary's)
		 * @param password its password (empty: the primary's)
		 */
		public record Read(@DefaultValue("") String url, @DefaultValue("") String username,
				@DefaultValue("") String password) {

		}

	}

}
