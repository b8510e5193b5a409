package com.londonbeijing.portal.discovery;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import com.londonbeijing.portal.web.SiteUrls;
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
		entries.add(entry(request, "/",
				latest(changed.texts(), changed.areas(), changed.caseStudies(), changed.meetings(), changed.trade())));
		entries.add(entry(request, "/areas", latest(changed.texts(), changed.areas())));
		entries.add(entry(request, "/trade", latest(changed.trade())));
		entries.add(entry(request, "/case-studies", latest(changed.texts(), changed.caseStudies())));
		entries.add(entry(request, "/meetings", latest(changed.meetings())));
		this.content.detailPages().forEach((page) -> entries.add(entry(request, page.path(), page.updatedAt())));
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
	 * A page in the sitemap; where the site gets other languages, add their alternates
	 * here.
	 */
	private Sitemap.Entry entry(HttpServletRequest request, String path, Instant lastModified) {
		return new Sitemap.Entry(this.urls.absolute(request, path), lastModified, List.of());
	}

	private static Instant latest(Instant... times) {
		return Stream.of(times).filter(Objects::nonNull).max(Instant::compareTo).orElse(null);
	}

}
