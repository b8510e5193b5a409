package com.londonbeijing.portal.database;

import com.londonbeijing.portal.PortalProperties;
import com.zaxxer.hikari.HikariDataSource;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.config.DestructionAwareBeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.util.StringUtils;

/**
 * Sends read-only transactions to a read replica when {@code PORTAL_DB_READ_URL}
 * ({@code portal.db.read.url}) names one, and everything else to the primary. Without it
 * there is no routing at all: every statement goes to the primary, as before.
 * <p>
 * Public pages read in {@code @Transactional(readOnly = true)} services, so they are
 * served by the replica. Writes, Flyway, sessions (Spring Session runs its own read-write
 * transactions), sign-in throttling and the admin forms (which read the version they will
 * save over) stay on the primary. The replica pool copies the primary pool's settings
 * (size, timeouts, statement timeout), and its connections are read-only.
 * <p>
 * Spring's {@link LazyConnectionDataSourceProxy} makes this work: it hands out a
 * connection handle at once but fetches a real connection only at the first statement, by
 * then knowing whether the transaction was marked read-only.
 */
@Configuration(proxyBeanMethods = false)
// Decided when the pool is created, not by a bean condition: an ahead-of-time processed
// jar (-Dspring.aot.enabled=true) has its conditions evaluated once, at build time.
class ReadReplicaRouting {

	/**
	 * Binds the settings itself: a post-processor is created before the
	 * {@link PortalProperties} bean can be.
	 */
	@Bean
	static BeanPostProcessor readReplicaDataSource(Environment environment) {
		return new Router(Binder.get(environment).bindOrCreate("portal", PortalProperties.class).db().read());
	}

	private static HikariDataSource replica(HikariDataSource primary, PortalProperties.Db.Read settings) {
		HikariDataSource replica = new HikariDataSource();
		primary.copyStateTo(replica);
		replica.setJdbcUrl(settings.url());
		replica.setUsername(StringUtils.hasText(settings.username()) ? settings.username() : primary.getUsername());
		replica.setPassword(StringUtils.hasText(settings.password()) ? settings.password() : primary.getPassword());
		replica.setPoolName("read-replica");
		replica.setReadOnly(true);
		return replica;
	}

	/**
	 * Replaces the primary pool (bean {@code dataSource}) with the routing data source,
	 * and closes the replica pool when the primary's is closed: Spring closes the bean as
	 * it was created, the primary pool, which knows nothing of the replica.
	 */
	private static final class Router implements DestructionAwareBeanPostProcessor {

		private final PortalProperties.Db.Read settings;

		private HikariDataSource replica;

		Router(PortalProperties.Db.Read settings) {
			this.settings = settings;
		}

		@Override
		public Object postProcessAfterInitialization(Object bean, String beanName) {
			if (bean instanceof HikariDataSource primary && beanName.equals("dataSource")
					&& StringUtils.hasText(this.settings.url())) {
				this.replica = replica(primary, this.settings);
				return new RoutingDataSource(primary, this.replica);
			}
			return bean;
		}

		@Override
		public void postProcessBeforeDestruction(Object bean, String beanName) {
			if (beanName.equals("dataSource") && this.replica != null) {
				this.replica.close();
			}
		}

	}

	/** The routing data source. */
	static final class RoutingDataSource extends LazyConnectionDataSourceProxy {

		private static final Log logger = LogFactory.getLog(RoutingDataSource.class);

		private final HikariDataSource replica;

		RoutingDataSource(HikariDataSource primary, HikariDataSource replica) {
			super(primary);
			setReadOnlyDataSource(replica);
			this.replica = replica;
			logger.info("Read-only transactions go to the read replica " + replica.getJdbcUrl());
		}

		/** The pool that serves read-only transactions. */
		HikariDataSource replica() {
			return this.replica;
		}

	}

}
