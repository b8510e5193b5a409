package com.londonbeijing.portal.web.language;

import java.io.IOException;
import java.util.regex.Pattern;

import com.londonbeijing.portal.web.request.FilterOrder;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Serves the Chinese site under {@code /zh}: a request for {@code /zh/areas} reaches the
 * application as {@code /areas} with the Chinese {@link Language}, and every site link
 * and redirect the page writes ({@code @{...}} in templates, {@code redirect:} in
 * controllers, both go through {@code encodeURL}) gets the {@code /zh} prefix back, so
 * visitors stay in their language. Admin, sign-in, account pages and files (styles,
 * downloads such as {@code /trade.csv}) have one address only and stay English.
 * <p>
 * Runs after the request log (which shows the address as asked for) and before Spring
 * Security, so security rules and controllers only ever see the address without the
 * prefix ({@link FilterOrder}). The links are prefixed by {@link LinkFilter}, after
 * Spring Security: its {@code DisableEncodeUrlFilter} answers {@code encodeURL} itself
 * (to keep session ids out of addresses), so a wrapper outside it would never be asked.
 */
@Component
@Order(FilterOrder.LANGUAGE)
class LanguageFilter extends OncePerRequestFilter {

	private static final String PREFIX = Language.CHINESE.prefix();

	/**
	 * Addresses that exist in one language only: the admin side and files, except SVG
	 * images, whose text (the trade chart's) comes in both languages.
	 */
	private static final Pattern SINGLE_LANGUAGE = Pattern.compile(
			"/(admin|login|logout|account|actuator|error|css|js|images)(/.*)?|/favicon.*|/[^?#]*\\.(?!svg([?#]|$))[a-z0-9]+([?#].*)?");

	/**
	 * What no site path contains, in any spelling: a doubled slash or a backslash (which
	 * browsers read as a slash), plain or percent-encoded. A redirect or link to such a
	 * path ({@code //evil.example}) would lead to another host.
	 */
	private static final Pattern UNSAFE_PATH = Pattern.compile("(?i).*(//|\\\\|%2f|%5c).*");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getDispatcherType() == DispatcherType.ERROR) {
			chain.doFilter(request, response); // the error page keeps the language
			return;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!isSafe(path)) {
			// Before any redirect, and before the path becomes the error page's "other
			// language" link: the styled 400 page, whose links then lead home.
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			return;
		}
		String query = (request.getQueryString() != null) ? "?" + request.getQueryString() : "";
		if (!path.equals(PREFIX) && !path.startsWith(PREFIX + "/")) {
			request.setAttribute(Language.ATTRIBUTE, Language.ENGLISH);
			request.setAttribute(Language.PATH_ATTRIBUTE, path + query);
			chain.doFilter(request, response);
			return;
		}
		String stripped = path.equals(PREFIX) ? "/" : path.substring(PREFIX.length());
		if (SINGLE_LANGUAGE.matcher(stripped).matches()) {
			response.sendRedirect(request.getContextPath() + stripped + query);
			return;
		}
		request.setAttribute(Language.ATTRIBUTE, Language.CHINESE);
		request.setAttribute(Language.PATH_ATTRIBUTE, stripped + query);
		chain.doFilter(new StrippedRequest(request, stripped),
				new PrefixingResponse(response, request.getContextPath()));
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	/**
	 * Whether a path, as the request spelt it, can only lead to this site.
	 * @param path the path without context path, possibly with a query (which is not
	 * judged)
	 * @return {@code false} for a path with {@code //} or a backslash, plain or encoded
	 */
	static boolean isSafe(String path) {
		int query = path.indexOf('?');
		String pathOnly = (query >= 0) ? path.substring(0, query) : path;
		return pathOnly.startsWith("/") && !UNSAFE_PATH.matcher(pathOnly).matches();
	}

	/** Whether a site path has a Chinese version, i.e. gets the prefix in links. */
	static boolean hasChineseVersion(String path) {
		return path.startsWith("/") && !path.startsWith("//") && !path.equals(PREFIX) && !path.startsWith(PREFIX + "/")
				&& !path.startsWith(PREFIX + "?") && !SINGLE_LANGUAGE.matcher(path).matches();
	}

	private static final class StrippedRequest extends HttpServletRequestWrapper {

		private final String path;

		StrippedRequest(HttpServletRequest request, String path) {
			super(request);
			this.path = path;
		}

		@Override
		public String getRequestURI() {
			return getContextPath() + this.path;
		}

		@Override
		public StringBuffer getRequestURL() {
			StringBuffer url = super.getRequestURL();
			String original = super.getRequestURI();
			return new StringBuffer(url.substring(0, url.length() - original.length()) + getRequestURI());
		}

		@Override
		public String getServletPath() {
			return this.path;
		}

		@Override
		public String getPathInfo() {
			return null;
		}

	}

	/** Gives the pages of Chinese addresses a response that prefixes their links. */
	@Component
	@Order(FilterOrder.LANGUAGE_LINKS)
	static class LinkFilter extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			chain.doFilter(request, Language.of(request).isChinese()
					? new PrefixingResponse(response, request.getContextPath()) : response);
		}

		@Override
		protected boolean shouldNotFilterErrorDispatch() {
			return false; // the error page of a Chinese address is Chinese, links too
		}

	}

	private static final class PrefixingResponse extends HttpServletResponseWrapper {

		private final String contextPath;

		PrefixingResponse(HttpServletResponse response, String contextPath) {
			super(response);
			this.contextPath = contextPath;
		}

		@Override
		public String encodeURL(String url) {
			return super.encodeURL(prefixed(url));
		}

		@Override
		public String encodeRedirectURL(String url) {
			return super.encodeRedirectURL(prefixed(url));
		}

		private String prefixed(String url) {
			if (!url.startsWith(this.contextPath + "/")) {
				return url; // absolute, relative or fragment-only: not ours to change
			}
			String path = url.substring(this.contextPath.length());
			return hasChineseVersion(path) ? this.contextPath + Language.CHINESE.path(path) : url;
		}

	}

}
