package com.londonbeijing.portal.database;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
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
 * Reading one row a second was chosen over PostgreSQL's LISTEN/NOTIFY, which would need a
 * dedicated connection per instance, reconnection handling and a fallback for lost
 * notifications anyway, and over a read per request, which would cost a database round
 * trip on every cached page.
 */
@Component
public class ContentVersion implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(ContentVersion.class);

	private final JdbcConnectionDetails database;

	private final CacheManager caches;

	private final long intervalNanos;

	private final long maxAgeNanos;

	private final AtomicLong generation = new AtomicLong();

	private volatile Long knownVersion;

	/** {@link System#nanoTime()} when the last successful check started. */
	private volatile long checkedAt;

	private volatile boolean checkedOnce;

	private volatile boolean failing;

	private ScheduledExecutorService scheduler;

	/** Used by {@link #check()} only; {@code null} until opened or after a failure. */
	private Connection connection;

	ContentVersion(JdbcConnectionDetails database, CacheManager caches, PortalProperties properties) {
		this.database = database;
		this.caches = caches;
		this.intervalNanos = properties.cache().versionCheckInterval().toNanos();
		this.maxAgeNanos = Math.max(properties.cache().versionMaxAge().toNanos(), 2 * this.intervalNanos);
	}

	/**
	 * Call inside a transaction that changes public content: once it commits, this
	 * instance's caches are cleared (at once when no transaction is active).
	 */
	public void changing() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					changed();
				}
			});
		}
		else {
			changed();
		}
	}

	/** Forgets every cached page and read model of this instance. */
	public void changed() {
		// First the generation, then the caches: a page rendered from data read before
		// this point carries the old generation and is never served (PublicPageCache).
		this.generation.incrementAndGet();
		for (String name : this.caches.getCacheNames()) {
			Cache cache = this.caches.getCache(name);
			if (cache != null) {
				cache.clear();
			}
		}
	}

	/**
	 * Goes up with every {@link #changed()}; entries made under an older one are void.
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
	synchronized void check() {
		long start = System.nanoTime();
		try {
			Long version = readVersion();
			if (!version.equals(this.knownVersion)) {
				this.knownVersion = version;
				changed();
			}
			this.checkedAt = start;
			this.checkedOnce = true;
			if (this.failing) {
				this.failing = false;
				logger.info("Content version readable again; cached pages are served again");
			}
		}
		catch (SQLException | RuntimeException ex) {
			closeConnection();
			if (!this.failing) {
				this.failing = true;
				logger.warn("Cannot read the content version; pages are rendered uncached until it can be read: "
						+ ex.getMessage());
			}
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
