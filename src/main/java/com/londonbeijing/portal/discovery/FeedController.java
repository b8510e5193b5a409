package com.londonbeijing.portal.discovery;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.londonbeijing.portal.support.NotFoundException;
import com.londonbeijing.portal.web.SiteUrls;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Atom feeds to follow the site: the newest meetings and case studies
 * ({@code /feed.atom}), those in one cooperation area ({@code /areas/{slug}/feed.atom})
 * and the meetings on one topic ({@code /topics/{slug}/feed.atom}). An unknown area or
 * topic is a 404.
 */
@Controller
class FeedController {

	static final MediaType ATOM = new MediaType("application", "atom+xml", StandardCharsets.UTF_8);

	/** Entries per feed. */
	static final int SIZE = 20;

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private final PublishedContent content;

	private final SiteUrls urls;

	private final MessageSource messages;

	FeedController(PublishedContent content, SiteUrls urls, MessageSource messages) {
		this.content = content;
		this.urls = urls;
		this.messages = messages;
	}

	@GetMapping("/feed.atom")
	ResponseEntity<String> site(HttpServletRequest request) {
		return feed(request, message("feed.site.title"), "/feed.atom", "/", this.content.newest(SIZE), Instant.EPOCH);
	}

	@GetMapping("/areas/{slug}/feed.atom")
	ResponseEntity<String> area(@PathVariable String slug, HttpServletRequest request) {
		PublishedContent.Named area = this.content.area(slug).orElseThrow(() -> new NotFoundException("Area"));
		return feed(request, message("feed.area.title", area.name()), "/areas/" + area.slug() + "/feed.atom",
				"/areas/" + area.slug(), this.content.inArea(area.id(), SIZE), area.updatedAt());
	}

	@GetMapping("/topics/{slug}/feed.atom")
	ResponseEntity<String> topic(@PathVariable String slug, HttpServletRequest request) {
		PublishedContent.Named topic = this.content.topic(slug).orElseThrow(() -> new NotFoundException("Topic"));
		return feed(request, message("feed.topic.title", topic.name()), "/topics/" + topic.slug() + "/feed.atom",
				"/meetings?topic=" + topic.slug(), this.content.onTopic(topic.id(), SIZE), Instant.EPOCH);
	}

	private ResponseEntity<String> feed(HttpServletRequest request, String title, String selfPath, String pagePath,
			List<PublishedContent.Item> items, Instant emptyUpdated) {
		List<AtomFeed.Entry> entries = items.stream()
			.map((item) -> new AtomFeed.Entry(this.urls.absolute(request, item.path()), item.title(), summary(item),
					item.publishedAt(), item.updatedAt(), category(item.kind()), categoryLabel(item.kind())))
			.toList();
		AtomFeed feed = new AtomFeed(LocaleContextHolder.getLocale().toLanguageTag(), title,
				this.urls.absolute(request, selfPath), this.urls.absolute(request, pagePath), message("site.name"),
				entries, emptyUpdated);
		return ResponseEntity.ok().contentType(ATOM).body(feed.toXml());
	}

	/**
	 * The item's summary, followed by its newest change note for visitors: a feed reader
	 * learns why an entry came back as updated, as GOV.UK's feeds say.
	 */
	private String summary(PublishedContent.Item item) {
		PublishedContent.Update update = item.update();
		if (update == null || update.note() == null) {
			return item.summary();
		}
		String date = DateTimeFormatter.ofPattern(message("format.date"), LocaleContextHolder.getLocale())
			.withZone(LONDON)
			.format(update.at());
		return item.summary() + "\n\n" + message("feed.update", date, update.note());
	}

	private static String category(PublishedContent.Kind kind) {
		return (kind == PublishedContent.Kind.MEETING) ? "meeting" : "case-study";
	}

	private String categoryLabel(PublishedContent.Kind kind) {
		return message((kind == PublishedContent.Kind.MEETING) ? "feed.category.meeting" : "feed.category.caseStudy");
	}

	private String message(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
	}

}
