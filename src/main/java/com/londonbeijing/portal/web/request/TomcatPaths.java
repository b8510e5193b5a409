package com.londonbeijing.portal.web.request;

import org.apache.coyote.http11.AbstractHttp11Protocol;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Lets addresses with an encoded slash or backslash ({@code %2F}, {@code %5C}) or a raw
 * backslash reach the application instead of Tomcat's own unstyled 400 page (the encoded
 * ones still encoded, a raw backslash as a slash): {@code web/language/LanguageFilter}
 * then answers them with the styled 400 page before anything could redirect or link to
 * them (browsers read a backslash as a slash, so {@code /\evil.example} is another host).
 */
@Component
class TomcatPaths implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addConnectorCustomizers((connector) -> {
			connector.setEncodedSolidusHandling("passthrough");
			connector.setEncodedReverseSolidusHandling("passthrough");
			// A raw backslash becomes a slash (as browsers read it), so "/\evil.example"
			// reaches the application as "//evil.example", which it refuses.
			connector.setAllowBackslash(true);
			if (connector.getProtocolHandler() instanceof AbstractHttp11Protocol<?> http) {
				http.setRelaxedPathChars("\\");
			}
		});
	}

}
