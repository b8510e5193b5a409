package com.londonbeijing.portal.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.UUID;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/**
 * A database created on an existing PostgreSQL server for one test context and dropped
 * when the context closes. Used when no Docker daemon answers. The server is named by
 * {@code PORTAL_TEST_DB_URL} (default {@code jdbc:postgresql://127.0.0.1:5432/postgres}),
 * {@code PORTAL_TEST_DB_USERNAME} (default {@code postgres}) and
 * {@code PORTAL_TEST_DB_PASSWORD} (default empty).
 */
public final class LocalTestDatabase implements JdbcConnectionDetails, DisposableBean {

	static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";

	private final String adminUrl;

	private final String username;

	private final String password;

	private final String name;

	private LocalTestDatabase(String adminUrl, String username, String password, String name) {
		this.adminUrl = adminUrl;
		this.username = username;
		this.password = password;
		this.name = name;
	}

	static LocalTestDatabase create() {
		String url = Objects.requireNonNullElse(System.getenv("PORTAL_TEST_DB_URL"), DEFAULT_URL);
		String username = Objects.requireNonNullElse(System.getenv("PORTAL_TEST_DB_USERNAME"), "postgres");
		String password = Objects.requireNonNullElse(System.getenv("PORTAL_TEST_DB_PASSWORD"), "");
		String name = "portal_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
		LocalTestDatabase database = new LocalTestDatabase(url, username, password, name);
		database.execute("CREATE DATABASE " + name);
		return database;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public String getPassword() {
		return this.password;
	}

	@Override
	public String getJdbcUrl() {
		return withDatabase(this.adminUrl, this.name);
	}

	/** Replaces the database name in a PostgreSQL JDBC URL, keeping its parameters. */
	static String withDatabase(String url, String database) {
		int query = url.indexOf('?');
		String base = (query >= 0) ? url.substring(0, query) : url;
		String parameters = (query >= 0) ? url.substring(query) : "";
		int slash = base.indexOf('/', "jdbc:postgresql://".length());
		String server = (slash >= 0) ? base.substring(0, slash) : base;
		return server + "/" + database + parameters;
	}

	@Override
	public void destroy() {
		execute("DROP DATABASE IF EXISTS " + this.name + " WITH (FORCE)");
	}

	private void execute(String sql) {
		try (Connection connection = DriverManager.getConnection(this.adminUrl, this.username, this.password);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("""
					Tests need PostgreSQL and none could be reached.
					No Docker daemon answers (Testcontainers would start postgres:17-alpine), and the server at %s \
					(user %s) refused: %s
					Either start Docker, or run PostgreSQL 15+ and point PORTAL_TEST_DB_URL, PORTAL_TEST_DB_USERNAME \
					and PORTAL_TEST_DB_PASSWORD at it (the user must be allowed to create databases)."""
				.formatted(this.adminUrl, this.username, ex.getMessage()), ex);
		}
	}

}
