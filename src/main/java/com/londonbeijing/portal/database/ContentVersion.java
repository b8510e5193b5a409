package com.londonbeijing.portal.database;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.londonbeijing.portal.PortalProperties;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.BeanUtils;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.ClassUtils;

/**
 * Keeps this instance's caches of public content (rendered pages, read models) in step
 * with the database, for every instance sharing it.
 * <ul>
 * <li>The instance that saves forgets its caches as soon as the save commits, before the
 * editor's request returns: editors call {@link #changing()} inside the saving
 * transaction.</li>
 * <li>Other instances learn of it from the {@code content_version} row, which database
 * triggers raise on every committed change to a content table (whoever made it). Each
 * instance reads it every {@code portal.cache.version-check-interval} (1 s) and forgets
 * its caches when it has moved.</li>
 * <li>Cached pages are served only while those checks succeed: if the last successful
 * check started more than {@code portal.cache.version-max-age} (5 s) ago (database
 * unreachable, or too busy to answer), pages are rendered afresh, so no instance serves
 * content older than that. Not two intervals: under heavy load a check can be a second or
 * two late, and every visitor's page being rendered at once then made it worse (seen in
 * the benchmark as a p99 of 0.8 s).</li>
 * </ul>
 * What a change touched is read from the {@code content_change} log the same triggers
 * keep (V40): a change to meetings or case studies only is published as a
 * {@link ContentChanges} event to the caches that {@link #targets} names (the page
 * cache), which forget only what shows it; anything else clears every cache.
 * <p>
 * Reading one row a second was chosen over PostgreSQL's LISTEN/NOTIFY, which would need a
 * dedicated connection per instance, reconnection handling and a fallback for lost
 * notifications anyway, and over a read per request, which would cost a database round
 * trip on every cached page.
 */
@Component
public class ContentVersion implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(ContentVersion.class);

	/** More versions at once than this (a migration, a bulk import) clear everything. */
	private static final long MOST_VERSIONS_READ = 1000;

	/** More changed rows at once than this clear everything. */
	private static final int MOST_CHANGES_READ = 10_000;

	private static final long FORGET_EVERY_NANOS = TimeUnit.MINUTES.toNanos(1);

	private final JdbcConnectionDetails database;

	private final CacheManager caches;

	private final ApplicationEventPublisher events;

	/** Caches that forget only what a change touched, by name: see {@link #targets}. */
	private final Set<String> targetedCaches = ConcurrentHashMap.newKeySet();

	private final long intervalNanos;

	private final long maxAgeNanos;

	private final AtomicLong generation = new AtomicLong();

	/** {@link System#nanoTime()} when old change rows were last deleted. */
	private long forgotAt = System.nanoTime();

	private volatile Long knownVersion;

	/** {@link System#nanoTime()} when the last successful check started. */
	private volatile long checkedAt;

	private volatile boolean checkedOnce;

	private volatile boolean failing;

	private ScheduledExecutorService scheduler;

	/** Used by {@link #check()} only; {@code null} until opened or after a failure. */
	private Connection connection;

	ContentVersion(JdbcConnectionDetails database, CacheManager caches, PortalProperties properties,
			ApplicationEventPublisher events) {
		this.database = database;
		this.caches = caches;
		this.events = events;
		this.intervalNanos = properties.cache().versionCheckInterval().toNanos();
		this.maxAgeNanos = Math.max(properties.cache().versionMaxAge().toNanos(), 2 * this.intervalNanos);
	}

	/**
	 * Call inside a transaction that changes public content: once it commits, this
	 * instance's caches forget what the change touched, read at once from the change log
	 * the database triggers keep (everything if it cannot be read); at once when no
	 * transaction is active.
	 */
	public void changing() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					checkNow();
				}
			});
		}
		else {
			checkNow();
		}
	}

	/** Reads the change at once; if that fails, forgets everything. */
	private void checkNow() {
		if (!check()) {
			changed();
		}
	}

	/** Forgets every cached page and read model of this instance. */
	public void changed() {
		changed(ContentChanges.EVERYTHING);
	}

	/**
	 * Forgets what a change touched: every cache but those that {@link #targets} names is
	 * cleared, and those learn of the change from the {@link ContentChanges} event.
	 * @param changes what changed
	 */
	void changed(ContentChanges changes) {
		if (changes.everything()) {
			// First the generation, then the caches: a page rendered from data read
			// before
			// this point carries the old generation and is never served
			// (PublicPageCache).
			this.generation.incrementAndGet();
		}
		for (String name : this.caches.getCacheNames()) {
			Cache cache = this.caches.getCache(name);
			if (cache != null && (changes.everything() || !this.targetedCaches.contains(name))) {
				cache.clear();
			}
		}
		if (!changes.everything()) {
			this.events.publishEvent(changes);
		}
	}

	/**
	 * Says that a cache forgets only the entries a change touches, listening to
	 * {@link ContentChanges} events; every other cache is cleared on any change.
	 * @param cacheName the cache's name
	 */
	public void targets(String cacheName) {
		this.targetedCaches.add(cacheName);
	}

	/**
	 * Goes up with every change that clears everything; entries made under an older one
	 * are void.
	 */
	public long generation() {
		return this.generation.get();
	}

	/** Whether cached content may be served: the version was checked recently. */
	public boolean trusted() {
		return this.checkedOnce && System.nanoTime() - this.checkedAt <= this.maxAgeNanos;
	}

	/**
	 * Reads the content version and clears the caches if it moved. Synchronized so that a
	 * check out of schedule (tests) cannot interleave with the scheduled one.
	 */
	synchronized boolean check() {
		long start = System.nanoTime();
		try {
			Long version = readVersion();
			if (!version.equals(this.knownVersion)) {
				ContentChanges changes = (this.knownVersion != null) ? readChanges(this.knownVersion, version)
						: ContentChanges.EVERYTHING;
				this.knownVersion = version;
				changed(changes);
			}
			this.checkedAt = start;
			this.checkedOnce = true;
			if (this.failing) {
				this.failing = false;
				logger.info("Content version readable again; cached pages are served again");
			}
			forgetOldChanges();
			return true;
		}
		catch (SQLException | RuntimeException ex) {
			closeConnection();
			if (!this.failing) {
				this.failing = true;
				logger.warn("Cannot read the content version; pages are rendered uncached until it can be read: "
						+ ex.getMessage());
			}
			return false;
		}
	}

	/**
	 * What the versions after {@code known} up to {@code version} changed, from the log
	 * the triggers keep (V40). Everything when a version has no rows (it was raised in a
	 * way that writes none, or its rows are gone), when there are too many rows to be
	 * worth reading, or when a row names anything but a meeting or case study.
	 */
	private ContentChanges readChanges(long known, long version) throws SQLException {
		if (version - known > MOST_VERSIONS_READ || version < known) {
			return ContentChanges.EVERYTHING;
		}
		Set<Long> versions = new HashSet<>();
		Set<String> meetingSlugs = new HashSet<>();
		Set<Long> meetingIds = new HashSet<>();
		boolean caseStudies = false;
		try (PreparedStatement statement = this.connection.prepareStatement(
				"SELECT version, kind, item_id, slug FROM content_change WHERE version > ? AND version <= ? LIMIT ?")) {
			statement.setLong(1, known);
			statement.setLong(2, version);
			statement.setInt(3, MOST_CHANGES_READ + 1);
			try (ResultSet rows = statement.executeQuery()) {
				int count = 0;
				while (rows.next()) {
					if (++count > MOST_CHANGES_READ) {
						return ContentChanges.EVERYTHING;
					}
					versions.add(rows.getLong(1));
					switch (rows.getString(2)) {
						case "meeting" -> {
							String slug = rows.getString(4);
							if (slug != null) {
								meetingSlugs.add(slug);
							}
							else {
								meetingIds.add(rows.getLong(3));
							}
						}
						case "case-study" -> caseStudies = true;
						default -> {
							return ContentChanges.EVERYTHING;
						}
					}
				}
			}
		}
		if (versions.size() != version - known) {
			return ContentChanges.EVERYTHING;
		}
		meetingSlugs.addAll(meetingSlugs(meetingIds));
		return new ContentChanges(false, meetingSlugs, caseStudies);
	}

	/** The current slugs of meetings changed through their rows in other tables. */
	private Set<String> meetingSlugs(Set<Long> ids) throws SQLException {
		Set<String> slugs = new HashSet<>();
		if (ids.isEmpty()) {
			return slugs;
		}
		try (PreparedStatement statement = this.connection
			.prepareStatement("SELECT slug FROM meeting WHERE id = ANY (?)")) {
			statement.setArray(1, this.connection.createArrayOf("bigint", ids.toArray()));
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					slugs.add(rows.getString(1));
				}
			}
		}
		return slugs;
	}

	/**
	 * Deletes the change log's rows older than every instance needs, now and then: an
	 * instance that has not read them by then has not trusted its cache for a long time,
	 * and a version without rows clears everything.
	 */
	private void forgetOldChanges() throws SQLException {
		long now = System.nanoTime();
		if (now - this.forgotAt < FORGET_EVERY_NANOS) {
			return;
		}
		this.forgotAt = now;
		try (Statement statement = this.connection.createStatement()) {
			statement.executeUpdate("DELETE FROM content_change WHERE at < now() - interval '10 minutes'");
		}
	}

	private long readVersion() throws SQLException {
		if (this.connection == null) {
			Driver driver = (Driver) BeanUtils.instantiateClass(
					ClassUtils.resolveClassName(this.database.getDriverClassName(), getClass().getClassLoader()));
			Properties properties = new Properties();
			if (this.database.getUsername() != null) {
				properties.setProperty("user", this.database.getUsername());
			}
			if (this.database.getPassword() != null) {
				properties.setProperty("password", this.database.getPassword());
			}
			// PostgreSQL driver settings, in seconds: a check never hangs for long.
			properties.setProperty("connectTimeout", "2");
			properties.setProperty("socketTimeout", "2");
			properties.setProperty("ApplicationName", "portal content version check");
			this.connection = driver.connect(this.database.getJdbcUrl(), properties);
			if (this.connection == null) {
				throw new SQLException("No driver accepts " + this.database.getJdbcUrl());
			}
			this.connection.setAutoCommit(true);
		}
		try (Statement statement = this.connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT version FROM content_version")) {
			if (!result.next()) {
				throw new SQLException("content_version has no row");
			}
			return result.getLong(1);
		}
	}

	private synchronized void closeConnection() {
		if (this.connection != null) {
			try {
				this.connection.close();
			}
			catch (SQLException ex) {
				// closing a broken connection: nothing more to do
			}
			this.connection = null;
		}
	}

	@Override
	public void start() {
		this.scheduler = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "content-version");
			thread.setDaemon(true);
			return thread;
		});
		this.scheduler.scheduleWithFixedDelay(this::check, 0, this.intervalNanos, TimeUnit.NANOSECONDS);
	}

	@Override
	public void stop() {
		this.scheduler.shutdownNow();
		this.scheduler = null;
		closeConnection();
	}

	@Override
	public boolean isRunning() {
		return this.scheduler != null;
	}

}
