package com.londonbeijing.portal.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.londonbeijing.portal.address.ForgetTestAddresses;
import com.londonbeijing.portal.database.ClearPublicCaches;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.TestExecutionListeners.MergeMode;

/**
 * A whole-application test on a random port against real PostgreSQL. Every class that
 * uses it shares one cached context, so one database per test run. Each test starts with
 * empty public caches ({@link ClearPublicCaches}) and without the earlier addresses of
 * other tests' items ({@link ForgetTestAddresses}). Two-step sign-in is optional here
 * ({@link #TWO_FACTOR_OPTIONAL}), so tests sign in with username and password as the
 * outside checks do; tests of two-step sign-in set {@code portal.two-factor} themselves.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { TestDatabaseConfiguration.SMALL_POOL_SIZE, TestDatabaseConfiguration.SMALL_POOL_IDLE,
				TestDatabaseConfiguration.VALIDATE_SCHEMA, PortalIntegrationTest.TWO_FACTOR_OPTIONAL })
@Import(TestDatabaseConfiguration.class)
@TestExecutionListeners(
		listeners = { ClearPublicCaches.class, ForgetTestAddresses.class, RestoreCsrfTokenRepository.class },
		mergeMode = MergeMode.MERGE_WITH_DEFAULTS)
public @interface PortalIntegrationTest {

	/** Accounts sign in without a second step unless they set one up. */
	String TWO_FACTOR_OPTIONAL = "portal.two-factor=optional";

}
