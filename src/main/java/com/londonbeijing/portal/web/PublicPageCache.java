package com.londonbeijing.portal.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContextHolder;
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
 * Registered by {@link CacheConfiguration}, ordered after the request id and after a
 * session filter that might wrap the request (Spring Session's runs at
 * {@code HIGHEST_PRECEDENCE + 50}), so that
 * {@link HttpServletRequest#getRequestedSessionId()} sees its cookie; before Spring
 * Security ({@code -100}).
 */
class PublicPageCache extends OncePerRequestFilter {

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

	PublicPageCache(CacheManager caches, ContentVersion version, LocaleResolver locales) {
		this.pages = caches.getCache(CacheConfiguration.PAGES);
		this.version = version;
		this.locales = locales;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		// An authentication already present comes from tests (MockMvc's mock users).
		return !PublicPageCaching.isPublicPage(request) || request.getRequestedSessionId() != null
				|| request.getHeader(HttpHeaders.AUTHORIZATION) != null
				|| SecurityContextHolder.getContext().getAuthentication() != null;
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
		boolean trusted = this.version.trusted();
		if (trusted) {
			CachedPage page = this.pages.get(key, CachedPage.class);
			if (page != null && page.generation() == generation) {
				page.writeTo(request, response);
				return;
			}
		}
		// Rendered without the request's conditions, so that a revalidating browser's
		// request still yields the whole page to keep; the conditions are applied here.
		ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
		chain.doFilter(new Unconditional(request), rendering);
		CachedPage page = trusted ? CachedPage.of(response, rendering, generation) : null;
		if (page != null) {
			this.pages.put(key, page);
		}
		if (rendering.getStatus() == HttpServletResponse.SC_OK && !response.isCommitted()) {
			String etag = response.getHeader(HttpHeaders.ETAG);
			if (etag != null && new ServletWebRequest(request, response).checkNotModified(etag)) {
				return; // 304, without the body
			}
		}
		rendering.copyBodyToResponse();
	}

	/** A rendered page as it was sent, minus what is particular to one response. */
	record CachedPage(byte[] body, String contentType, Locale locale, List<String[]> headers, String etag,
			long generation) {

		static CachedPage of(HttpServletResponse response, ContentCachingResponseWrapper rendering, long generation) {
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
			return new CachedPage(rendering.getContentAsByteArray(), response.getContentType(), response.getLocale(),
					List.copyOf(headers), response.getHeader(HttpHeaders.ETAG), generation);
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
			response.setContentLength(this.body.length);
			response.getOutputStream().write(this.body);
		}

		/** Roughly the memory it takes, for the cache's size bound. */
		int weight() {
			int weight = this.body.length + 200;
			for (String[] header : this.headers) {
				weight += 2 * (header[0].length() + header[1].length()) + 32;
			}
			return weight;
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
