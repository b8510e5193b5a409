package com.londonbeijing.portal.test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockServletContext;
import org.springframework.security.test.web.support.WebTestUtils;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;
import org.springframework.web.context.WebApplicationContext;

/**
 * Puts the application's own CSRF token repository back after each test. Spring Security
 * Test's {@code csrf()} request post-processor replaces the repository of the shared
 * context's CSRF filter with a session-based test one, for good; the whole-application
 * tests that follow would then see sign-in pages that create sessions, which the
 * application itself never does.
 */
public class RestoreCsrfTokenRepository extends AbstractTestExecutionListener {

	private static final String ORIGINAL = RestoreCsrfTokenRepository.class.getName() + ".original";

	@Override
	public void beforeTestMethod(TestContext testContext) {
		MockHttpServletRequest request = request(testContext);
		if (request == null) {
			return;
		}
		CsrfTokenRepository current = WebTestUtils.getCsrfTokenRepository(request);
		var servletContext = ((WebApplicationContext) testContext.getApplicationContext()).getServletContext();
		if (servletContext.getAttribute(ORIGINAL) == null
				&& !current.getClass().getName().contains("TestCsrfTokenRepository")) {
			servletContext.setAttribute(ORIGINAL, current);
		}
		restore(testContext, request);
	}

	@Override
	public void afterTestMethod(TestContext testContext) {
		MockHttpServletRequest request = request(testContext);
		if (request != null) {
			restore(testContext, request);
		}
	}

	private static void restore(TestContext testContext, MockHttpServletRequest request) {
		Object original = ((WebApplicationContext) testContext.getApplicationContext()).getServletContext()
			.getAttribute(ORIGINAL);
		if (original instanceof CsrfTokenRepository repository) {
			WebTestUtils.setCsrfTokenRepository(request, repository);
		}
	}

	private static MockHttpServletRequest request(TestContext testContext) {
		if (!(testContext.getApplicationContext() instanceof WebApplicationContext web)
				|| web.getServletContext() == null) {
			return null;
		}
		MockServletContext servletContext = new MockServletContext();
		servletContext.setAttribute(WebApplicationContext.ROOT_WEB_APPLICATION_CONTEXT_ATTRIBUTE, web);
		return new MockHttpServletRequest(servletContext);
	}

}
