package com.londonbeijing.portal.discovery;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import com.londonbeijing.portal.web.SiteUrls;
import com.londonbeijing.portal.web.language.Language;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * What search engines read: {@code /sitemap.xml} (every published page, with when it last
 * changed) and {@code /robots.txt} (everything may be crawled except the admin area,
 * sign-in and account pages; it points at the sitemap).
 */
@Controller
class SitemapController {

	static final MediaType XML = new MediaType("application", "xml", StandardCharsets.UTF_8);

	static final MediaType TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);

	private final PublishedContent content;

	private final SiteUrls urls;

	SitemapController(PublishedContent content, SiteUrls urls) {
		this.content = content;
		this.urls = urls;
	}

	@GetMapping("/sitemap.xml")
	ResponseEntity<String> sitemap(HttpServletRequest request) {
		PublishedContent.LastChanges changed = this.content.lastChanges();
		List<Sitemap.Entry> entries = new ArrayList<>();
		entries.addAll(entries(request, "/",
				latest(changed.texts(), changed.areas(), changed.caseStudies(), changed.meetings(), changed.trade())));
		entries.addAll(entries(request, "/areas", latest(changed.texts(), changed.areas())));
		entries.addAll(entries(request, "/trade", latest(changed.trade())));
		entries.addAll(entries(request, "/case-studies", latest(changed.texts(), changed.caseStudies())));
		entries.addAll(entries(request, "/meetings", latest(changed.meetings())));
		this.content.detailPages().forEach((page) -> entries.addAll(entries(request, page.path(), page.updatedAt())));
		return ResponseEntity.ok().contentType(XML).body(new Sitemap(entries).toXml());
	}

	@GetMapping("/robots.txt")
	ResponseEntity<String> robots(HttpServletRequest request) {
		String robots = """
				User-agent: *
				Disallow: /admin
				Disallow: /login
				Disallow: /account

				Sitemap: %s
				""".formatted(this.urls.absolute(request, "/sitemap.xml"));
		return ResponseEntity.ok().contentType(TEXT).body(robots);
	}

	/**
	 * A page in the sitemap, once per language, each naming all its languages as
	 * alternates (with English as the default), as search engines ask.
	 */
	private List<Sitemap.Entry> entries(HttpServletRequest request, String path, Instant lastModified) {
		String english = this.urls.absolute(request, Language.ENGLISH.path(path));
		String chinese = this.urls.absolute(request, Language.CHINESE.path(path));
		List<Sitemap.Alternate> alternates = List.of(new Sitemap.Alternate(Language.ENGLISH.tag(), english),
				new Sitemap.Alternate(Language.CHINESE.tag(), chinese), new Sitemap.Alternate("x-default", english));
		return List.of(new Sitemap.Entry(english, lastModified, alternates),
				new Sitemap.Entry(chinese, lastModified, alternates));
	}

	private static Instant latest(Instant... times) {
		return Stream.of(times).filter(Objects::nonNull).max(Instant::compareTo).orElse(null);
	}

}
