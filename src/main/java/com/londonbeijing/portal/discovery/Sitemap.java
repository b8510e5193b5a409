package com.londonbeijing.portal.discovery;

import java.time.Instant;
import java.util.List;

/**
 * A sitemap (sitemaps.org protocol 0.9) of the published pages.
 * <p>
 * Each entry can carry its language alternates (the same page in another language), which
 * are written as {@code <xhtml:link rel="alternate" hreflang="…">}, as search engines
 * expect; no page has one yet.
 *
 * @param entries the pages
 */
record Sitemap(List<Entry> entries) {

	static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

	static final String XHTML = "http://www.w3.org/1999/xhtml";

	/** The sitemap as XML. */
	String toXml() {
		XmlDocument xml = new XmlDocument().root("urlset", NAMESPACE);
		boolean alternates = this.entries.stream().anyMatch((entry) -> !entry.alternates().isEmpty());
		if (alternates) {
			xml.namespace("xhtml", XHTML);
		}
		for (Entry entry : this.entries) {
			xml.start("url").element("loc", entry.url());
			if (entry.lastModified() != null) {
				xml.element("lastmod", entry.lastModified());
			}
			for (Alternate alternate : entry.alternates()) {
				xml.empty(XHTML, "link")
					.attribute("rel", "alternate")
					.attribute("hreflang", alternate.language())
					.attribute("href", alternate.url());
			}
			xml.end();
		}
		return xml.finish();
	}

	/**
	 * One page.
	 *
	 * @param url its absolute address
	 * @param lastModified when its content last changed, or {@code null} if unknown
	 * @param alternates the same page in other languages (the page itself included, as
	 * the protocol asks), empty while the site has one language
	 */
	record Entry(String url, Instant lastModified, List<Alternate> alternates) {

	}

	/**
	 * A page's version in one language.
	 *
	 * @param language its language tag, such as {@code zh-Hans}
	 * @param url its absolute address
	 */
	record Alternate(String language, String url) {

	}

}
