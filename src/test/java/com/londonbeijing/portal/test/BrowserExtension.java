package com.londonbeijing.portal.test;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Starts one {@link Browser} per test class (starting Chromium costs 1–1.5 s), points it
 * at the application's random port, resets it before each test, and quits it after the
 * class. Registered by {@link BrowserTest}.
 */
final class BrowserExtension implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback, ParameterResolver {

	private static final Namespace NAMESPACE = Namespace.create(BrowserExtension.class);

	@Override
	public void beforeAll(ExtensionContext context) {
		context.getStore(NAMESPACE).put(Browser.class, Browser.start());
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		browser(context).reset();
	}

	@Override
	public void afterAll(ExtensionContext context) {
		Browser browser = context.getStore(NAMESPACE).remove(Browser.class, Browser.class);
		if (browser != null) {
			browser.close();
		}
	}

	@Override
	public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return parameterContext.getParameter().getType() == Browser.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return browser(extensionContext);
	}

	private static Browser browser(ExtensionContext context) {
		Browser browser = context.getStore(NAMESPACE).get(Browser.class, Browser.class);
		String port = SpringExtension.getApplicationContext(context)
			.getEnvironment()
			.getRequiredProperty("local.server.port");
		browser.useBaseUrl("http://localhost:" + port);
		return browser;
	}

}
