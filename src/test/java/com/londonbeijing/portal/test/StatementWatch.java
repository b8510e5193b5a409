package com.londonbeijing.portal.test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Records every SQL statement the application prepares while Spring MVC handles a
 * request, with whether the controller or the view (the template, rendering) ran it and
 * whether it ran in a read-only transaction. Import it into a test class
 * ({@code @Import(StatementWatch.class)}); it wraps the {@code dataSource} bean, so that
 * class gets a context (and a database) of its own.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementWatch {

	private final List<Statement> statements = new CopyOnWriteArrayList<>();

	private final ThreadLocal<Phase> phase = new ThreadLocal<>();

	/** Forgets the statements recorded so far. */
	public void clear() {
		this.statements.clear();
	}

	/** The statements recorded since {@link #clear()}, in order. */
	public List<Statement> statements() {
		return List.copyOf(this.statements);
	}

	@Bean
	static BeanPostProcessor statementWatchDataSource(ObjectProvider<StatementWatch> watch) {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof DataSource dataSource && beanName.equals("dataSource"))
						? watch.getObject().watching(dataSource) : bean;
			}

		};
	}

	@Bean
	WebMvcConfigurer statementWatchPhases() {
		return new WebMvcConfigurer() {

			@Override
			public void addInterceptors(InterceptorRegistry registry) {
				registry.addInterceptor(new HandlerInterceptor() {

					@Override
					public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
						StatementWatch.this.phase.set(Phase.HANDLING);
						return true;
					}

					@Override
					public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
							ModelAndView modelAndView) {
						StatementWatch.this.phase.set(Phase.RENDERING);
					}

					@Override
					public void afterCompletion(HttpServletRequest request, HttpServletResponse response,
							Object handler, Exception ex) {
						StatementWatch.this.phase.remove();
					}

				});
			}

		};
	}

	private DataSource watching(DataSource dataSource) {
		return new DelegatingDataSource(dataSource) {

			@Override
			public Connection getConnection() throws java.sql.SQLException {
				return watching(super.getConnection());
			}

			@Override
			public Connection getConnection(String username, String password) throws java.sql.SQLException {
				return watching(super.getConnection(username, password));
			}

		};
	}

	private Connection watching(Connection connection) {
		return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Connection.class },
				(proxy, method, arguments) -> {
					record(method, arguments);
					try {
						return method.invoke(connection, arguments);
					}
					catch (InvocationTargetException ex) {
						throw ex.getCause();
					}
				});
	}

	private void record(Method method, Object[] arguments) {
		Phase current = this.phase.get();
		if (current != null && method.getName().startsWith("prepare") && arguments != null
				&& arguments[0] instanceof String sql) {
			this.statements
				.add(new Statement(sql, current, TransactionSynchronizationManager.isActualTransactionActive()
						&& TransactionSynchronizationManager.isCurrentTransactionReadOnly()));
		}
	}

	/** When in a request a statement ran. */
	public enum Phase {

		/** While the controller ran. */
		HANDLING,
		/** While the view rendered the page. */
		RENDERING

	}

	/**
	 * One statement.
	 *
	 * @param sql its SQL
	 * @param phase when it ran
	 * @param readOnly whether it ran in a read-only transaction
	 */
	public record Statement(String sql, Phase phase, boolean readOnly) {

		/** Whether it reads the translation table. */
		public boolean readsTranslations() {
			return this.sql.contains("FROM translation");
		}

	}

}
