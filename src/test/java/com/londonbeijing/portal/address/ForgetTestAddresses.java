package com.londonbeijing.portal.address;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Starts every test without the earlier addresses of other tests' items. Tests remove
 * their items (slugs starting {@code test-}) with SQL, which leaves their addresses
 * answering 410 Gone (the database's trigger); a later test reusing such a slug for a
 * draft would otherwise get 410 where it expects 404.
 */
public class ForgetTestAddresses extends AbstractTestExecutionListener {

	@Override
	public void beforeTestMethod(TestContext testContext) {
		testContext.getApplicationContext()
			.getBeanProvider(JdbcClient.class)
			.ifAvailable((jdbc) -> jdbc.sql("DELETE FROM earlier_address WHERE slug LIKE 'test-%'").update());
	}

}
