package com.londonbeijing.portal.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/**
 * A whole-application test on a random port against real PostgreSQL. Every class that
 * uses it shares one cached context, so one database per test run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { TestDatabaseConfiguration.SMALL_POOL_SIZE, TestDatabaseConfiguration.SMALL_POOL_IDLE })
@Import(TestDatabaseConfiguration.class)
public @interface PortalIntegrationTest {

}
