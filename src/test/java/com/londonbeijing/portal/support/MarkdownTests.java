package com.londonbeijing.portal.support;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownTests {

	private final Markdown markdown = new Markdown();

	@Test
	void rendersParagraphsHeadingsAndLinks() {
		String html = this.markdown.toHtml("## Heading\n\nText with [a link](https://example.org).");

		assertThat(html).contains("<h2>Heading</h2>").contains("href=\"https://example.org\">a link</a>");
	}

	@Test
	void escapesRawHtml() {
		String html = this.markdown.toHtml("Hello <script>alert(1)</script> <img src=x onerror=alert(1)>");

		assertThat(html).doesNotContain("<script>").doesNotContain("<img").contains("&lt;script&gt;");
	}

	@Test
	void neutralisesUnsafeLinkSchemes() {
		String html = this.markdown.toHtml("[click](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=) "
				+ "![img](javascript:alert(2)) [mail](mailto:press@example.org)");

		assertThat(html).doesNotContain("javascript:").doesNotContain("data:text/html");
		assertThat(html).contains("href=\"mailto:press@example.org\"");
	}

	@Test
	void pushesHeadingsDownBelowThePageHeading() {
		assertThat(this.markdown.toHtml("## Section\n\n###### Deep", 1)).contains("<h3>Section</h3>")
			.contains("<h6>Deep</h6>");
	}

	@Test
	void rendersNothingForMissingText() {
		assertThat(this.markdown.toHtml(null)).isEmpty();
		assertThat(this.markdown.toHtml("  ")).isEmpty();
	}

}
