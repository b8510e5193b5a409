package com.londonbeijing.portal.test;

import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * The one place where tests get their PostgreSQL: a Testcontainers PostgreSQL 17 when a
 * Docker daemon answers, otherwise a fresh database on the server named by
 * {@code PORTAL_TEST_DB_URL} (see {@link LocalTestDatabase}).
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

	/**
	 * Every cached test context keeps its own connection pool open until the run ends;
	 * small pools keep a dozen contexts well under PostgreSQL's default of 100
	 * connections.
	 */
	static final String SMALL_POOL_SIZE = "spring.datasource.hikari.maximum-pool-size=4";

	/** Lets idle contexts give their connections back. */
	static final String SMALL_POOL_IDLE = "spring.datasource.hikari.minimum-idle=1";

	/**
	 * Hibernate checks the entities against the schema Flyway built. The app itself skips
	 * that check at startup (it costs a quarter of a second there): its migrations are in
	 * the same jar, and these tests run the check on every build.
	 */
	static final String VALIDATE_SCHEMA = "spring.jpa.hibernate.ddl-auto=validate";

	@Bean
	@ServiceConnection
	@Conditional(DockerAvailability.Available.class)
	PostgreSQLContainer postgresContainer() {
		return new PostgreSQLContainer(DockerImageName.parse("postgres:17-alpine"));
	}

	@Bean
	@Conditional(DockerAvailability.Unavailable.class)
	LocalTestDatabase localTestDatabase() {
		return LocalTestDatabase.create();
	}

}
