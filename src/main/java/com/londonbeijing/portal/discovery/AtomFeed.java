package com.londonbeijing.portal.discovery;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An Atom 1.0 feed (RFC 4287) of meetings and case studies. Ids are the absolute
 * addresses of the pages (a feed reader then links and de-duplicates by the same URL);
 * every date is in RFC 3339 form, in UTC.
 *
 * @param language the feed's language, as {@code xml:lang}
 * @param title the feed's title
 * @param selfUrl the feed's own absolute address (also its id)
 * @param pageUrl the absolute address of the page the feed follows
 * @param author who publishes it (the site's name)
 * @param entries the entries, newest first
 * @param emptyUpdated when the feed counts as updated if it has no entries
 */
record AtomFeed(String language, String title, String selfUrl, String pageUrl, String author, List<Entry> entries,
		Instant emptyUpdated) {

	static final String NAMESPACE = "http://www.w3.org/2005/Atom";

	/** When the feed last changed: its newest entry's update. */
	Instant updated() {
		return this.entries.stream().map(Entry::updated).max(Instant::compareTo).orElse(this.emptyUpdated);
	}

	/** The feed as XML. */
	String toXml() {
		XmlDocument xml = new XmlDocument().root("feed", NAMESPACE)
			.xmlAttribute("lang", this.language)
			.element("id", this.selfUrl)
			.element("title", this.title)
			.element("updated", updated())
			.empty("link")
			.attribute("rel", "self")
			.attribute("type", "application/atom+xml")
			.attribute("href", this.selfUrl)
			.empty("link")
			.attribute("rel", "alternate")
			.attribute("type", "text/html")
			.attribute("href", this.pageUrl)
			.start("author")
			.element("name", this.author)
			.end();
		for (Entry entry : this.entries) {
			xml.start("entry")
				.element("id", entry.url())
				.element("title", entry.title())
				.element("published", entry.published())
				.element("updated", entry.updated())
				.empty("link")
				.attribute("rel", "alternate")
				.attribute("type", "text/html")
				.attribute("href", entry.url())
				.empty("category")
				.attribute("term", entry.category())
				.attribute("label", entry.categoryLabel())
				.start("summary")
				.attribute("type", "text")
				.text(entry.summary())
				.end()
				.end();
		}
		return xml.finish();
	}

	/**
	 * One entry.
	 *
	 * @param url the absolute address of its page (also its id)
	 * @param title its title
	 * @param summary its summary, as plain text
	 * @param published when it was first published
	 * @param updated when it last changed
	 * @param category its kind, as a term ({@code meeting}, {@code case-study})
	 * @param categoryLabel its kind, for people
	 */
	record Entry(String url, String title, String summary, Instant published, Instant updated, String category,
			String categoryLabel) {

		Entry {
			Objects.requireNonNull(updated, "updated");
		}

	}

}
