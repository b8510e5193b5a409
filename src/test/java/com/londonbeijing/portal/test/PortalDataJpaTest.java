package com.londonbeijing.portal.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;

/**
 * A JPA slice test against real PostgreSQL (never an embedded database), migrated by
 * Flyway like production.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@DataJpaTest(properties = { TestDatabaseConfiguration.SMALL_POOL_SIZE, TestDatabaseConfiguration.SMALL_POOL_IDLE,
		TestDatabaseConfiguration.VALIDATE_SCHEMA })
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(TestDatabaseConfiguration.class)
public @interface PortalDataJpaTest {

}
