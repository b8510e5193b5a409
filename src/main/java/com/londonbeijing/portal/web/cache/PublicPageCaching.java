package com.londonbeijing.portal.web.cache;

import java.io.IOException;

import com.londonbeijing.portal.security.CurrentUser;
import com.londonbeijing.portal.web.request.FilterOrder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Lets browsers keep public pages and ask whether they changed: each page gets an ETag, a
 * repeat request with {@code If-None-Match} gets an empty 304, and
 * {@code Cache-Control: private, no-cache} makes browsers revalidate every time (so an
 * edit shows at once) while shared caches keep nothing. Admin, account and sign-in pages
 * keep Spring Security's {@code no-store}, and so does every page shown to someone signed
 * in (draft banners, previews): no browser or proxy may keep those. Static files at their
 * content-hashed address ({@link StaticAssets}) may be kept for a year by anyone.
 */
@Component
@Order(FilterOrder.BROWSER_CACHING)
class PublicPageCaching extends ShallowEtagHeaderFilter {

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !isPublicPage(request) || (CurrentUser.get().isPresent() && !isStaticFile(request));
	}

	private boolean isStaticFile(HttpServletRequest request) {
		return this.assets.isVersioned(request.getRequestURI().substring(request.getContextPath().length()));
	}

	/** Whether the request is a GET of a public page (not admin, account, sign-in...). */
	static boolean isPublicPage(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return "GET".equals(request.getMethod())
				&& !(path.equals("/admin") || path.startsWith("/admin/") || path.startsWith("/account")
						|| path.startsWith("/login") || path.startsWith("/actuator") || path.startsWith("/error"));
	}

	/** For content-hashed static files, whose address changes with their content. */
	static final String IMMUTABLE = "public, max-age=31536000, immutable";

	private final StaticAssets assets;

	PublicPageCaching(StaticAssets assets) {
		this.assets = assets;
		// Weak, because the same page may be sent compressed or not; Tomcat also refuses
		// to compress a response with a strong ETag.
		setWriteWeakETag(true);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// Set before the page is written, so Spring Security's no-store default stays
		// out.
		String path = request.getRequestURI().substring(request.getContextPath().length());
		response.setHeader(HttpHeaders.CACHE_CONTROL, this.assets.isVersioned(path) ? IMMUTABLE : "private, no-cache");
		super.doFilterInternal(request, response, chain);
	}

}
