package com.londonbeijing.portal.database;

import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Starts every test with empty public caches, and with the content version read, so that
 * a change another test made with SQL (in its set-up or clean-up) neither leaves this
 * test a page cached before it nor clears the caches in the middle of this test. How the
 * caches follow SQL changes is tested in
 * {@link com.londonbeijing.portal.web.cache.PublicPageCacheTests}.
 */
public class ClearPublicCaches extends AbstractTestExecutionListener {

	@Override
	public void beforeTestMethod(TestContext testContext) {
		testContext.getApplicationContext().getBeanProvider(ContentVersion.class).ifAvailable((version) -> {
			version.check();
			version.changed();
		});
	}

}
