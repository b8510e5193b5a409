package com.londonbeijing.portal.web.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.londonbeijing.portal.web.request.FilterOrder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Content-hashed addresses for the static files ({@code /css/site.css} is linked as
 * {@code /css/site-<md5>.css}), so browsers may keep them for a year: a changed file gets
 * a new address. Spring's resource chain (content version strategy, application
 * properties) serves the hashed addresses; this filter writes them into pages.
 * <p>
 * It replaces Spring's own {@link ResourceUrlEncodingFilter} (Boot backs off when a
 * filter of that type exists), which asks the resource chain about every link on a page
 * and, for links that are not static files, cannot remember the answer: each page link
 * costs a classpath lookup on every render (spring-framework issue 34014). Here, only the
 * addresses of files that exist under {@code static/} (listed once at startup) are looked
 * up, each once; every other link passes untouched.
 */
@Component
@Order(FilterOrder.STATIC_ASSETS)
class StaticAssets extends ResourceUrlEncodingFilter {

	private static final Pattern VERSIONED = Pattern.compile("(.*)-([0-9a-f]{32})(\\.[^./]+)");

	private final ResourceUrlProvider urls;

	/** Lookup paths of the files under {@code static/}, such as {@code /css/site.css}. */
	private final Set<String> files;

	private final Map<String, String> versioned = new ConcurrentHashMap<>();

	StaticAssets(ResourceUrlProvider urls) {
		this.urls = urls;
		this.files = staticFiles();
	}

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String contextPath = ((HttpServletRequest) request).getContextPath();
		chain.doFilter(request, new HttpServletResponseWrapper((HttpServletResponse) response) {
			@Override
			public String encodeURL(String url) {
				return super.encodeURL(versioned(contextPath, url));
			}
		});
	}

	/**
	 * Whether a request path is the hashed address of a static file's current content,
	 * which never changes.
	 */
	boolean isVersioned(String lookupPath) {
		Matcher matcher = VERSIONED.matcher(lookupPath);
		if (!matcher.matches()) {
			return false;
		}
		String file = matcher.group(1) + matcher.group(3);
		return this.files.contains(file) && lookupPath.equals(versionedPath(file));
	}

	private String versioned(String contextPath, String url) {
		if (!url.startsWith(contextPath)) {
			return url;
		}
		String path = url.substring(contextPath.length());
		return this.files.contains(path) ? contextPath + versionedPath(path) : url;
	}

	private String versionedPath(String file) {
		// Not remembered while the resource chain cannot answer yet (before the context
		// has started).
		String hashed = this.versioned.computeIfAbsent(file, this.urls::getForLookupPath);
		return (hashed != null) ? hashed : file;
	}

	private static Set<String> staticFiles() {
		try {
			Set<String> files = new HashSet<>();
			for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath:/static/**")) {
				String url = resource.getURL().toString();
				int start = url.lastIndexOf("/static/");
				if (resource.isReadable() && start >= 0 && !url.endsWith("/")) {
					files.add(url.substring(start + "/static".length()));
				}
			}
			return Set.copyOf(files);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
