package com.londonbeijing.portal.support;

import java.util.List;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.stereotype.Component;

/**
 * Renders the Markdown that editors write into safe HTML: raw HTML in the source is
 * escaped, and only http, https and mailto links survive (so {@code javascript:} and
 * {@code data:} URLs are neutralised). Templates call it as {@code #markdown.toHtml(…)};
 * it is the only source of HTML that templates print unescaped.
 */
@Component
public class Markdown {

	private final Parser parser = Parser.builder().build();

	private final HtmlRenderer renderer = HtmlRenderer.builder()
		.escapeHtml(true)
		.sanitizeUrls(true)
		.urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto")))
		.build();

	public String toHtml(String source) {
		if (source == null || source.isBlank()) {
			return "";
		}
		return this.renderer.render(this.parser.parse(source));
	}

}
