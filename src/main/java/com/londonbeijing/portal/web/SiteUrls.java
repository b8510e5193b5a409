package com.londonbeijing.portal.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.londonbeijing.portal.PortalProperties;
import com.londonbeijing.portal.web.language.Language;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Absolute addresses of the site's pages, for canonical links, Open Graph, citations,
 * feeds, the sitemap and robots.txt.
 * <p>
 * They are built from the request (scheme, host and port as Tomcat sees them: behind a
 * proxy, {@code X-Forwarded-Proto} from trusted proxies is honoured, see
 * {@code server.forward-headers-strategy=native}), unless {@code portal.public-url} is
 * set to the site's root address (with any path prefix), for example
 * {@code https://portal.example.org}: then that is the base of every absolute address,
 * whatever Host header a request carried. Set it wherever rendered pages are kept and
 * served to others, so that one visitor's Host header cannot end up in the links other
 * visitors get.
 */
@Component
public class SiteUrls {

	/**
	 * The query parameters that make a page show different content, per path: they stay
	 * in its canonical address. Anything else (the page number, tracking parameters) is
	 * left out, so every page of a list and every tagged link point at one address.
	 */
	private static final Map<String, List<String>> MEANINGFUL_PARAMETERS = Map.of("/case-studies", List.of("area"),
			"/meetings", List.of("year", "topic"), "/search", List.of("q"));

	private final String publicUrl;

	@Autowired
	SiteUrls(PortalProperties properties) {
		this(properties.publicUrl());
	}

	SiteUrls(String publicUrl) {
		String trimmed = publicUrl.strip();
		this.publicUrl = trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
	}

	/**
	 * The absolute address of a path on this site.
	 * @param request the current request
	 * @param path a path from the site's root, starting with {@code /}, already encoded
	 * @return the absolute address
	 */
	public String absolute(HttpServletRequest request, String path) {
		return base(request) + path;
	}

	/**
	 * The canonical address of the page being requested: its path and the parameters that
	 * select its content ({@link #MEANINGFUL_PARAMETERS}), in a fixed order.
	 * @param request the current request
	 * @return the address, or {@code null} on error pages, which have no address of their
	 * own
	 */
	public String canonical(HttpServletRequest request) {
		if (request.getDispatcherType() == DispatcherType.ERROR) {
			return null;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		// A Chinese page is its own page (/zh/...), not a copy of the English one.
		StringBuilder url = new StringBuilder(absolute(request, Language.of(request).path(path)));
		char separator = '?';
		for (String name : MEANINGFUL_PARAMETERS.getOrDefault(path, List.of())) {
			String value = request.getParameter(name);
			if (value != null && !value.isBlank()) {
				url.append(separator)
					.append(name)
					.append('=')
					.append(UriUtils.encode(value.strip(), StandardCharsets.UTF_8));
				separator = '&';
			}
		}
		return url.toString();
	}

	private String base(HttpServletRequest request) {
		if (!this.publicUrl.isEmpty()) {
			return this.publicUrl;
		}
		return ServletUriComponentsBuilder.fromContextPath(request).replaceQuery(null).build().toUriString();
	}

}
