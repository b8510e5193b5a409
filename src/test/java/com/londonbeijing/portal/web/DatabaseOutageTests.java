package com.londonbeijing.portal.web;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;

import com.londonbeijing.portal.test.PortalIntegrationTest;
import com.londonbeijing.portal.test.WebClient;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When the database refuses connections, pages say so with a 503 within seconds (cached
 * pages included, once the content version cannot be checked), health goes DOWN, and
 * everything recovers without a restart once the database is back. Runs in its own
 * context (and database), which it cuts off and restores.
 */
@PortalIntegrationTest
@TestPropertySource(properties = "spring.datasource.hikari.max-lifetime=30000")
class DatabaseOutageTests {

	@LocalServerPort
	int port;

	@Autowired
	HikariDataSource dataSource;

	@Test
	void pagesAnswer503WhileTheDatabaseIsDownAndRecoverAfterwards() throws Exception {
		WebClient web = new WebClient(this.port);
		assertThat(web.get("/meetings").statusCode()).isEqualTo(200);
		String database;
		try (Connection connection = this.dataSource.getConnection()) {
			database = connection.getCatalog();
		}

		cutOff(database, true);
		try {
			// The page in memory is served until the content version has gone unread for
			// two check intervals (2 s): then the page is rendered, which needs the
			// database.
			Instant start = Instant.now();
			HttpResponse<String> down = web.get("/meetings");
			while (down.statusCode() == 200 && Duration.between(start, Instant.now()).getSeconds() < 3) {
				Thread.sleep(100);
				down = web.get("/meetings");
			}
			assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(6));
			assertThat(down.statusCode()).isEqualTo(503);
			assertThat(down.headers().firstValue("Retry-After")).isPresent();
			assertThat(down.body()).contains("temporarily unavailable")
				.contains(down.headers().firstValue("X-Request-Id").orElseThrow())
				.doesNotContain("Exception")
				.doesNotContain("at org.");
			assertThat(web.get("/actuator/health").statusCode()).isEqualTo(503);
		}
		finally {
			cutOff(database, false);
		}

		// The pool re-creates its connections on its own schedule, within seconds.
		Instant restored = Instant.now();
		while (web.get("/meetings").statusCode() != 200) {
			assertThat(Duration.between(restored, Instant.now())).isLessThan(Duration.ofSeconds(15));
			Thread.sleep(200);
		}
		assertThat(web.get("/actuator/health").body()).contains("\"status\":\"UP\"");
	}

	/** Refuses (or allows again) new connections to the database and ends open ones. */
	private void cutOff(String database, boolean refuse) throws SQLException {
		String adminUrl = this.dataSource.getJdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/postgres$1");
		try (Connection admin = DriverManager.getConnection(adminUrl, this.dataSource.getUsername(),
				this.dataSource.getPassword()); Statement statement = admin.createStatement()) {
			statement.execute("ALTER DATABASE " + database + " ALLOW_CONNECTIONS " + !refuse);
			if (refuse) {
				statement.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database
						+ "' AND pid <> pg_backend_pid()");
			}
		}
	}

}
