package com.londonbeijing.portal.web.cache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import com.londonbeijing.portal.database.ContentChanges;
import com.londonbeijing.portal.database.ContentVersion;
import com.londonbeijing.portal.web.request.FilterOrder;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves visitors' public pages from memory: the first request for a page renders it as
 * usual, and the page (body and headers, as they were sent) is kept until content changes
 * ({@link ContentVersion}); later requests for it are answered from memory before Spring
 * Security, MVC, the database and Thymeleaf are involved. A cached answer is the same as
 * a rendered one: the same headers (security headers, {@code ETag},
 * {@code Cache-Control}), a fresh {@code X-Request-Id}, and {@code 304} to a matching
 * {@code If-None-Match}.
 * <p>
 * Pages are kept per path, query and locale (as Spring MVC resolves it). Only requests
 * that cannot be signed in take part: GETs of public pages without a session cookie or
 * {@code Authorization} header. A signed-in editor (who may see drafts and preview
 * banners) always has a session, so editors neither get nor fill this cache. Only plain
 * {@code 200} pages are kept, never one that sets a cookie or forbids storing.
 * <p>
 * A filter bean of {@link CacheConfiguration}, ordered ({@link FilterOrder}) after the
 * request id and after the session filter that might wrap the request, so that
 * {@link HttpServletRequest#getRequestedSessionId()} sees its cookie; before Spring
 * Security.
 */
class PublicPageCache extends OncePerRequestFilter implements Ordered {

	/** Kept no longer than this many bytes; larger pages are rendered every time. */
	private static final int LARGEST_PAGE = 1024 * 1024;

	/** Headers that belong to one response only, or that the server writes itself. */
	private static final Set<String> NOT_REPLAYED = Set.of("x-request-id", "set-cookie", "date", "content-length",
			"transfer-encoding", "content-type", "content-language", "connection", "keep-alive");

	private static final Set<String> CONDITIONAL_HEADERS = Set.of("if-none-match", "if-modified-since", "if-match",
			"if-unmodified-since", "if-range");

	private final Cache pages;

	private final ContentVersion version;

	private final LocaleResolver locales;

	private final Compression compression;

	private final Invalidations invalidations = new Invalidations();

	/** Pages answered from memory, and pages rendered that could have been. */
	private final Counter hits;

	private final Counter misses;

	/** A meeting's own page: no query, no sub-path (an exact slug). */
	private static final Pattern MEETING_PAGE = Pattern.compile("/meetings/([a-z0-9-]+)");

	private static final Pattern CASE_STUDY_PAGE = Pattern.compile("/case-studies/[a-z0-9-]+");

	PublicPageCache(CacheManager caches, ContentVersion version, LocaleResolver locales, Compression compression,
			MeterRegistry meters) {
		this.pages = caches.getCache(CacheConfiguration.PAGES);
		this.hits = requests(meters, "hit");
		this.misses = requests(meters, "miss");
		this.version = version;
		this.locales = locales;
		this.compression = compression;
		version.targets(CacheConfiguration.PAGES);
	}

	/**
	 * Forgets the pages that may show what changed, keeping the detail pages of other
	 * meetings (and of case studies, if none changed): they are most of a large site's
	 * pages, and showing nothing of another meeting, they stay right. Lists, the home
	 * page, area pages, feeds, search, the sitemap and the API show many items and go.
	 * <p>
	 * A page being rendered while this runs was read before the change, perhaps: the
	 * invalidation is logged first, and a page is only kept if no invalidation logged
	 * since its rendering began drops it ({@link #droppedSince}).
	 * @param changes what changed (never everything: the whole cache is cleared then)
	 */
	@EventListener
	void contentChanged(ContentChanges changes) {
		Predicate<String> drops = (key) -> !survives(pathOf(key), changes);
		this.invalidations.log(drops);
		if (this.pages.getNativeCache() instanceof com.github.benmanes.caffeine.cache.Cache<?, ?> pagesByKey) {
			pagesByKey.asMap().keySet().removeIf((key) -> drops.test((String) key));
		}
		else {
			this.pages.clear();
		}
	}

	private static Counter requests(MeterRegistry meters, String result) {
		return Counter.builder("portal.page.cache.requests")
			.description("Visitors' page requests that could use the page cache, by whether it had the page")
			.tag("result", result)
			.register(meters);
	}

	/** Whether a page, by its path without the language prefix, is unaffected. */
	static boolean survives(String path, ContentChanges changes) {
		Matcher meeting = MEETING_PAGE.matcher(path);
		if (meeting.matches()) {
			return !changes.meetingSlugs().contains(meeting.group(1));
		}
		return !changes.caseStudies() && CASE_STUDY_PAGE.matcher(path).matches();
	}

	/** The path (and query) of a page's cache key; see {@link #doFilterInternal}. */
	private static String pathOf(String key) {
		String[] parts = key.split(" ", 4);
		return (parts.length > 2) ? parts[2] : "";
	}

	private boolean droppedSince(long invalidation, String key) {
		return this.invalidations.dropsSince(invalidation, key);
	}

	@Override
	public int getOrder() {
		return FilterOrder.PUBLIC_PAGE_CACHE;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !PublicPageCaching.isPublicPage(request) || request.getRequestedSessionId() != null
				|| request.getHeader(HttpHeaders.AUTHORIZATION) != null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// Pages depend on the language (the /zh prefix, stripped by LanguageFilter before
		// this runs, decides the locale), and on the scheme and host when
		// PORTAL_PUBLIC_URL
		// is not set (absolute links such as the canonical one are built from them): a
		// forged Host header must not reach other visitors through the cache.
		String key = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort() + " "
				+ this.locales.resolveLocale(request).toLanguageTag() + " " + request.getRequestURI()
				+ ((request.getQueryString() != null) ? "?" + request.getQueryString() : "");
		long generation = this.version.generation();
		long invalidation = this.invalidations.latest();
		boolean trusted = this.version.trusted();
		if (trusted) {
			CachedPage page = this.pages.get(key, CachedPage.class);
			if (page != null && page.generation() == generation) {
				this.hits.increment();
				page.writeTo(request, response);
				return;
			}
		}
		this.misses.increment();
		// Rendered without the request's conditions, so that a revalidating browser's
		// request still yields the whole page to keep; the conditions are applied here.
		ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
		chain.doFilter(new Unconditional(request), rendering);
		CachedPage page = (trusted && !droppedSince(invalidation, key))
				? CachedPage.of(response, rendering, generation, this.compression) : null;
		if (page != null) {
			this.pages.put(key, page);
			if (droppedSince(invalidation, key)) {
				// an invalidation logged between the check and the put missed this page
				this.pages.evict(key);
			}
		}
		if (rendering.getStatus() == HttpServletResponse.SC_OK && !response.isCommitted()) {
			String etag = response.getHeader(HttpHeaders.ETAG);
			if (etag != null && new ServletWebRequest(request, response).checkNotModified(etag)) {
				return; // 304, without the body
			}
		}
		rendering.copyBodyToResponse();
	}

	/**
	 * Whether the request's {@code Accept-Encoding} allows gzip: {@code gzip} or
	 * {@code *} listed without {@code q=0}.
	 */
	static boolean acceptsGzip(HttpServletRequest request) {
		for (Enumeration<String> values = request.getHeaders(HttpHeaders.ACCEPT_ENCODING); values.hasMoreElements();) {
			for (String coding : values.nextElement().split(",")) {
				String[] parts = coding.split(";");
				String name = parts[0].trim();
				if ((name.equalsIgnoreCase("gzip") || name.equals("*")) && !refused(parts)) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean refused(String[] parameters) {
		for (int i = 1; i < parameters.length; i++) {
			String parameter = parameters[i].trim().toLowerCase(Locale.ROOT);
			if (parameter.startsWith("q=")) {
				return parameter.substring(2).trim().matches("0(\\.0{0,3})?");
			}
		}
		return false;
	}

	/**
	 * The latest targeted invalidations, numbered: enough to tell whether one happened
	 * while a page was being rendered. A page whose rendering began before the oldest one
	 * kept counts as dropped.
	 */
	static final class Invalidations {

		private static final int KEPT = 256;

		private final Deque<Invalidation> recent = new ArrayDeque<>();

		private long latest;

		private long oldestKept = 1;

		synchronized long latest() {
			return this.latest;
		}

		synchronized void log(Predicate<String> drops) {
			this.latest++;
			this.recent.addLast(new Invalidation(this.latest, drops));
			if (this.recent.size() > KEPT) {
				this.recent.removeFirst();
				this.oldestKept = this.recent.getFirst().number();
			}
		}

		/** Whether an invalidation after the given one drops the page with this key. */
		synchronized boolean dropsSince(long number, String key) {
			if (number == this.latest) {
				return false;
			}
			if (number + 1 < this.oldestKept) {
				return true;
			}
			for (Invalidation invalidation : this.recent) {
				if (invalidation.number() > number && invalidation.drops().test(key)) {
					return true;
				}
			}
			return false;
		}

		private record Invalidation(long number, Predicate<String> drops) {

		}

	}

	/** A rendered page as it was sent, minus what is particular to one response. */
	record CachedPage(byte[] body, byte[] gzipped, String contentType, Locale locale, List<String[]> headers,
			String etag, long generation) {

		CachedPage(byte[] body, String contentType, Locale locale, List<String[]> headers, String etag,
				long generation) {
			this(body, null, contentType, locale, headers, etag, generation);
		}

		static CachedPage of(HttpServletResponse response, ContentCachingResponseWrapper rendering, long generation,
				Compression compression) {
			if (rendering.getStatus() != HttpServletResponse.SC_OK || response.isCommitted()
					|| rendering.getContentSize() == 0 || rendering.getContentSize() > LARGEST_PAGE
					|| response.getContentType() == null || response.getHeader(HttpHeaders.SET_COOKIE) != null) {
				return null;
			}
			String cacheControl = response.getHeader(HttpHeaders.CACHE_CONTROL);
			if (cacheControl != null && cacheControl.contains("no-store")) {
				return null;
			}
			List<String[]> headers = new ArrayList<>();
			for (String name : response.getHeaderNames()) {
				if (!NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT))) {
					for (String value : response.getHeaders(name)) {
						headers.add(new String[] { name, value });
					}
				}
			}
			byte[] body = rendering.getContentAsByteArray();
			return new CachedPage(body, compression.compressed(body, response.getContentType()),
					response.getContentType(), response.getLocale(), List.copyOf(headers),
					response.getHeader(HttpHeaders.ETAG), generation);
		}

		void writeTo(HttpServletRequest request, HttpServletResponse response) throws IOException {
			response.setLocale(this.locale);
			response.setContentType(this.contentType);
			for (String[] header : this.headers) {
				response.addHeader(header[0], header[1]);
			}
			if (this.etag != null && new ServletWebRequest(request, response).checkNotModified(this.etag)) {
				return;
			}
			byte[] sent = this.body;
			if (this.gzipped != null && acceptsGzip(request)) {
				// Tomcat leaves a response with a Content-Encoding alone, Vary included
				// (which it adds to the pages it sends uncompressed).
				response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
				response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
				sent = this.gzipped;
			}
			response.setContentLength(sent.length);
			response.getOutputStream().write(sent);
		}

		/** Roughly the memory it takes, for the cache's size bound. */
		int weight() {
			int weight = this.body.length + ((this.gzipped != null) ? this.gzipped.length : 0) + 200;
			for (String[] header : this.headers) {
				weight += 2 * (header[0].length() + header[1].length()) + 32;
			}
			return weight;
		}

	}

	/**
	 * Which pages are kept compressed: those Tomcat would compress
	 * ({@code server.compression.mime-types} and {@code min-response-size}), so that a
	 * page from memory is sent as a rendered one would be.
	 */
	record Compression(List<String> mimeTypes, int minSize) {

		byte[] compressed(byte[] body, String contentType) {
			if (body.length < this.minSize || contentType == null
					|| this.mimeTypes.stream().noneMatch(contentType::startsWith)) {
				return null;
			}
			ByteArrayOutputStream bytes = new ByteArrayOutputStream(body.length / 3);
			try (GZIPOutputStream gzip = new GZIPOutputStream(bytes) {
				{
					this.def.setLevel(Deflater.BEST_COMPRESSION); // once per page and
																	// change
				}
			}) {
				gzip.write(body);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return bytes.toByteArray();
		}

	}

	/** The request without its conditional headers. */
	private static final class Unconditional extends HttpServletRequestWrapper {

		Unconditional(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getHeader(String name) {
			return isConditional(name) ? null : super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			return isConditional(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
		}

		@Override
		public long getDateHeader(String name) {
			return isConditional(name) ? -1 : super.getDateHeader(name);
		}

		@Override
		public Enumeration<String> getHeaderNames() {
			List<String> names = new ArrayList<>();
			for (Enumeration<String> all = super.getHeaderNames(); all.hasMoreElements();) {
				String name = all.nextElement();
				if (!isConditional(name)) {
					names.add(name);
				}
			}
			return Collections.enumeration(names);
		}

		private static boolean isConditional(String name) {
			return CONDITIONAL_HEADERS.contains(name.toLowerCase(Locale.ROOT));
		}

	}

}
