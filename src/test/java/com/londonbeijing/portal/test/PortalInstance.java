package com.londonbeijing.portal.test;

import java.io.IOException;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import com.londonbeijing.portal.PortalApplication;
import com.zaxxer.hikari.HikariDataSource;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * One running instance of the whole application, started and stopped by the test itself:
 * for tests about several instances, or about shutting one down, which the shared
 * contexts of {@link PortalIntegrationTest} cannot be. Started with
 * {@link TestDatabaseConfiguration} it gets its own throwaway database;
 * {@link #sharingDatabaseOf} starts another instance on that same database.
 */
public final class PortalInstance implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private PortalInstance(ConfigurableApplicationContext context) {
		this.context = context;
	}

	/**
	 * Starts an instance on a random port.
	 * @param properties properties beyond the application's own
	 * @param sources configuration classes to add, e.g. {@link TestDatabaseConfiguration}
	 * or a test-only controller
	 * @return the running instance
	 */
	public static PortalInstance start(Map<String, Object> properties, Class<?>... sources) {
		Map<String, Object> all = new HashMap<>();
		all.put("server.port", "0");
		all.put("spring.docker.compose.enabled", "false");
		all.put("spring.datasource.hikari.maximum-pool-size", "4");
		all.put("spring.datasource.hikari.minimum-idle", "1");
		all.put("portal.two-factor", "optional");
		all.putAll(properties);
		// As command-line arguments, so that they win over application.properties.
		String[] arguments = all.entrySet()
			.stream()
			.map((property) -> "--" + property.getKey() + "=" + property.getValue())
			.toArray(String[]::new);
		SpringApplicationBuilder builder = new SpringApplicationBuilder(PortalApplication.class).sources(sources)
			.web(WebApplicationType.SERVLET)
			.initializers((context) -> context.getBeanFactory()
				.registerSingleton("testConfigurationExcludeFilter", new TestConfigurationExcludeFilter()));
		return new PortalInstance(builder.run(arguments));
	}

	/**
	 * Starts another instance on the same database as this one.
	 * @param properties properties beyond the application's own
	 * @param sources configuration classes to add
	 * @return the running instance
	 */
	public PortalInstance sharingDatabaseOf(Map<String, Object> properties, Class<?>... sources) {
		return onDatabaseOf(this.context.getBean(HikariDataSource.class), properties, sources);
	}

	/**
	 * Starts an instance on the database of a connection pool, such as that of a shared
	 * {@link PortalIntegrationTest} context.
	 * @param dataSource the pool whose database to use
	 * @param properties properties beyond the application's own
	 * @param sources configuration classes to add
	 * @return the running instance
	 */
	public static PortalInstance onDatabaseOf(HikariDataSource dataSource, Map<String, Object> properties,
			Class<?>... sources) {
		Map<String, Object> all = new HashMap<>(properties);
		all.put("spring.datasource.url", dataSource.getJdbcUrl());
		all.put("spring.datasource.username", dataSource.getUsername());
		all.put("spring.datasource.password", (dataSource.getPassword() != null) ? dataSource.getPassword() : "");
		PortalInstance other = start(all, sources);
		String url;
		try {
			url = other.context.getBean(DataSource.class).unwrap(HikariDataSource.class).getJdbcUrl();
		}
		catch (SQLException ex) {
			other.close();
			throw new IllegalStateException(ex);
		}
		if (!url.equals(dataSource.getJdbcUrl())) {
			other.close();
			throw new IllegalStateException("The new instance uses " + url + ", not " + dataSource.getJdbcUrl());
		}
		return other;
	}

	/** The HTTP port it listens on. */
	public int port() {
		return ((WebServerApplicationContext) this.context).getWebServer().getPort();
	}

	/** Its application context, to look beans up or to close it in a test's own way. */
	public ConfigurableApplicationContext context() {
		return this.context;
	}

	/** Shuts it down as on SIGTERM: gracefully, then closes the context. */
	@Override
	public void close() {
		this.context.close();
	}

	/**
	 * Leaves out of component scanning the test configurations nested in test classes (as
	 * {@code @SpringBootTest} does), so that an instance gets only the sources it is
	 * given.
	 */
	private static final class TestConfigurationExcludeFilter extends TypeExcludeFilter {

		@Override
		public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
			return reader.getAnnotationMetadata().hasAnnotation(TestConfiguration.class.getName());
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof TestConfigurationExcludeFilter;
		}

		@Override
		public int hashCode() {
			return TestConfigurationExcludeFilter.class.hashCode();
		}

	}

}
