package com.londonbeijing.portal.support;

import java.util.List;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
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
		return toHtml(source, 0);
	}

	/**
	 * Renders Markdown whose headings sit below a heading of the page: with a shift of 1,
	 * a level-2 Markdown heading becomes a level-3 HTML heading, keeping the page's
	 * outline in order.
	 * @param source the Markdown, may be {@code null}
	 * @param headingShift how many levels to push headings down
	 * @return safe HTML
	 */
	public String toHtml(String source, int headingShift) {
		if (source == null || source.isBlank()) {
			return "";
		}
		Node document = this.parser.parse(source);
		if (headingShift > 0) {
			document.accept(new AbstractVisitor() {
				@Override
				public void visit(Heading heading) {
					heading.setLevel(Math.min(6, heading.getLevel() + headingShift));
					visitChildren(heading);
				}
			});
		}
		return this.renderer.render(document);
	}

}
