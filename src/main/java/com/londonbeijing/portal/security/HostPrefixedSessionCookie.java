package com.londonbeijing.portal.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * The session cookie gets the {@code __Host-} prefix whenever the request came over HTTPS
 * ({@code __Host-JSESSIONID}): browsers then accept it only with {@code Secure},
 * {@code Path=/} and no {@code Domain}, so no other host (a subdomain, or a network
 * attacker over plain HTTP) can plant or overwrite it. Over plain HTTP, as in
 * development, it keeps its configured name. Wraps the serializer Spring Boot builds from
 * {@code server.servlet.session.cookie.*}, so those settings still apply.
 */
final class HostPrefixedSessionCookie implements CookieSerializer {

	static final String PREFIX = "__Host-";

	private final CookieSerializer cookies;

	private final String name;

	HostPrefixedSessionCookie(CookieSerializer cookies, String name) {
		this.cookies = cookies;
		this.name = name;
	}

	/**
	 * Wraps Boot's serializer.
	 * @param name the configured cookie name
	 * @return the post-processor
	 */
	static BeanPostProcessor wrapper(String name) {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof DefaultCookieSerializer serializer)
						? new HostPrefixedSessionCookie(serializer, name) : bean;
			}

		};
	}

	@Override
	public void writeCookieValue(CookieValue value) {
		if (!value.getRequest().isSecure()) {
			this.cookies.writeCookieValue(value);
			return;
		}
		CookieValue prefixed = new CookieValue(value.getRequest(), new Renaming(value.getResponse()),
				value.getCookieValue());
		prefixed.setCookieMaxAge(value.getCookieMaxAge());
		this.cookies.writeCookieValue(prefixed);
	}

	@Override
	public List<String> readCookieValues(HttpServletRequest request) {
		return this.cookies.readCookieValues(request.isSecure() ? new OnlyPrefixed(request) : request);
	}

	/** Renames the session cookie as it is written. */
	private final class Renaming extends HttpServletResponseWrapper {

		Renaming(HttpServletResponse response) {
			super(response);
		}

		@Override
		public void addHeader(String header, String value) {
			if ("Set-Cookie".equalsIgnoreCase(header) && value.startsWith(HostPrefixedSessionCookie.this.name + "=")) {
				super.addHeader(header, PREFIX + value);
			}
			else {
				super.addHeader(header, value);
			}
		}

	}

	/**
	 * Over HTTPS, only the prefixed cookie counts (shown under the plain name); a plain
	 * one, which anyone could have set, is ignored.
	 */
	private final class OnlyPrefixed extends HttpServletRequestWrapper {

		OnlyPrefixed(HttpServletRequest request) {
			super(request);
		}

		@Override
		public Cookie[] getCookies() {
			Cookie[] all = super.getCookies();
			if (all == null) {
				return null;
			}
			Collection<Cookie> kept = new ArrayList<>();
			for (Cookie cookie : all) {
				if (cookie.getName().equals(PREFIX + HostPrefixedSessionCookie.this.name)) {
					kept.add(new Cookie(HostPrefixedSessionCookie.this.name, cookie.getValue()));
				}
				else if (!cookie.getName().equals(HostPrefixedSessionCookie.this.name)) {
					kept.add(cookie);
				}
			}
			return kept.toArray(Cookie[]::new);
		}

	}

}
