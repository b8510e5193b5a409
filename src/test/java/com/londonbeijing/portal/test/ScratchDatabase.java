package com.londonbeijing.portal.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A database of a test's own on the server of the test database: created empty, migrated
 * by Flyway as far as the test asks, and dropped when closed.
 */
public final class ScratchDatabase implements AutoCloseable {

	private final HikariDataSource server;

	private final String name;

	private final String url;

	private SingleConnectionDataSource connection;

	/**
	 * Creates an empty database.
	 * @param server the test database, whose server and account to use
	 * @param prefix the start of the database's name, e.g. {@code portal_test_replica_}
	 */
	public ScratchDatabase(HikariDataSource server, String prefix) {
		this.server = server;
		this.name = prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		this.url = server.getJdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + this.name + "$1");
		admin("CREATE DATABASE " + this.name);
	}

	/** Its JDBC address. */
	public String url() {
		return this.url;
	}

	/** Runs every migration. */
	public ScratchDatabase migrate() {
		flyway().load().migrate();
		return this;
	}

	/** Runs the migrations up to and including a version. */
	public ScratchDatabase migrateTo(String version) {
		flyway().target(MigrationVersion.fromVersion(version)).load().migrate();
		return this;
	}

	/** Statements on it, over one connection kept open until it is closed. */
	public JdbcClient jdbc() {
		if (this.connection == null) {
			this.connection = new SingleConnectionDataSource(this.url, this.server.getUsername(),
					this.server.getPassword(), true);
		}
		return JdbcClient.create(this.connection);
	}

	@Override
	public void close() {
		if (this.connection != null) {
			this.connection.destroy();
		}
		admin("DROP DATABASE IF EXISTS " + this.name + " WITH (FORCE)");
	}

	private FluentConfiguration flyway() {
		return Flyway.configure().dataSource(this.url, this.server.getUsername(), this.server.getPassword());
	}

	private void admin(String sql) {
		String adminUrl = this.server.getJdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/postgres$1");
		try (Connection admin = DriverManager.getConnection(adminUrl, this.server.getUsername(),
				this.server.getPassword()); Statement statement = admin.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not run " + sql, ex);
		}
	}

}
