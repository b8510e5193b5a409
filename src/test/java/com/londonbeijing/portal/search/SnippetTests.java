package com.londonbeijing.portal.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SnippetTests {

	private static final char START = Snippet.START;

	private static final char STOP = Snippet.STOP;

	@Test
	void matchesAreMarkedAndEverythingElseEscaped() {
		String html = Snippet.toHtml("a <b>&</b> " + START + "trade" + STOP + " \"deal\"");

		assertThat(html).isEqualTo("a &lt;b&gt;&amp;&lt;/b&gt; <mark>trade</mark> &quot;deal&quot;");
	}

	@Test
	void scriptInContentStaysText() {
		String html = Snippet.toHtml("<script>alert(1)</script> " + START + "trade" + STOP);

		assertThat(html).doesNotContain("<script").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
	}

	@Test
	void repeatedFragmentsAreShownOnce() {
		String marked = "a " + START + "b" + STOP + Snippet.FRAGMENT + " a " + START + "b" + STOP + " "
				+ Snippet.FRAGMENT + "c";

		assertThat(Snippet.toHtml(marked)).isEqualTo("a <mark>b</mark> … c");
	}

	@Test
	void unpairedMarkersAreDropped() {
		assertThat(Snippet.toHtml("a " + START + "b")).isEqualTo("a b");
		assertThat(Snippet.toHtml("a " + STOP + "b")).isEqualTo("a b");
		assertThat(Snippet.toHtml(START + "a" + STOP + " " + START + "b")).isEqualTo("<mark>a</mark> b");
	}

	@Test
	void extractAroundASubstringMarksItIgnoringCase() {
		String text = "前言。" + "x".repeat(200) + "北京是中国的首都。" + "y".repeat(200);

		String extract = Snippet.around(text, "北京");

		assertThat(Snippet.toHtml(extract)).contains("<mark>北京</mark>是中国的首都").startsWith("… ").endsWith(" …");
		assertThat(Snippet.toHtml(Snippet.around("The Trade talks", "trade")))
			.isEqualTo("The <mark>Trade</mark> talks");
		assertThat(Snippet.around("The Trade talks", "finance")).isNull();
	}

	@Test
	void beginningIsCutAtAWord() {
		String text = "word ".repeat(100);

		assertThat(Snippet.beginning(text)).endsWith("word …").hasSizeLessThan(200);
		assertThat(Snippet.beginning("short")).isEqualTo("short");
	}

}
