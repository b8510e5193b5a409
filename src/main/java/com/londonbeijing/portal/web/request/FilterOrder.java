package com.londonbeijing.portal.web.request;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.Ordered;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * The order of every servlet filter a request passes, in one place: lower runs first and
 * wraps everything after it. Ours are placed around the filters that Spring Boot, Spring
 * Session and Spring Security register, whose orders are named here too, so that each
 * placement says what it comes before or after. No two filters share an order, so none
 * runs first by accident of registration.
 * <ol>
 * <li>{@link #CHARACTER_ENCODING} (Spring Boot's): requests are read as UTF-8 before
 * anything reads a parameter; then Spring Boot's observation filter (metrics), at
 * {@link #OBSERVATION}.</li>
 * <li>{@link #REQUEST_ID}: the id every later log line carries.</li>
 * <li>{@link #REQUEST_LOG}: one line per request for the answer of everything after it (a
 * 400, 413, 414 or 503 included), showing the address as the visitor asked for it:
 * {@code GET /zh/areas 200 …}, since the language filter takes the prefix off only after
 * it.</li>
 * <li>{@link #REQUEST_LIMITS}: oversized requests are refused before anything reads
 * them.</li>
 * <li>{@link #LANGUAGE}: {@code /zh/...} reaches everything after it without the prefix,
 * so security rules and controllers see one address per page.</li>
 * <li>{@link #API_RATE_LIMIT}: a client asking the read API too often is told to wait
 * before anything reads the database, cached answers included; after the language filter
 * so that {@code /zh/api/v1} counts as the API too.</li>
 * <li>{@link #DATABASE_OUTAGE}: the styled 503 for outages met by the session or the
 * account check, so it wraps both.</li>
 * <li>{@link #SESSION} (Spring Session's; sessions live in PostgreSQL).</li>
 * <li>{@link #PUBLIC_PAGE_CACHE}: a cached page answers before Spring Security and the
 * controllers run.</li>
 * <li>{@link #SECURITY} (Spring Security's filter chain).</li>
 * <li>{@link #LANGUAGE_LINKS}: prefixes the links of Chinese pages; after Spring
 * Security, whose {@code DisableEncodeUrlFilter} would otherwise answer {@code encodeURL}
 * itself.</li>
 * <li>{@link #BROWSER_CACHING}: ETags and {@code Cache-Control}, after Spring Security
 * (which knows who is signed in).</li>
 * <li>{@link #STATIC_ASSETS}: content-hashed addresses of static files in links.</li>
 * </ol>
 * {@code FilterOrderTests} checks that the running application passes requests through
 * them in this order.
 */
public final class FilterOrder {

	/** Spring Boot's {@code OrderedCharacterEncodingFilter}. */
	public static final int CHARACTER_ENCODING = Ordered.HIGHEST_PRECEDENCE;

	/** Spring Boot's {@code ServerHttpObservationFilter} (request metrics). */
	public static final int OBSERVATION = Ordered.HIGHEST_PRECEDENCE + 1;

	/** {@link RequestIdFilter}. */
	public static final int REQUEST_ID = Ordered.HIGHEST_PRECEDENCE + 10;

	/** {@link RequestLog}. */
	public static final int REQUEST_LOG = Ordered.HIGHEST_PRECEDENCE + 20;

	/** {@link RequestLimits}. */
	public static final int REQUEST_LIMITS = Ordered.HIGHEST_PRECEDENCE + 30;

	/** {@code web/language/LanguageFilter}. */
	public static final int LANGUAGE = Ordered.HIGHEST_PRECEDENCE + 40;

	/** {@code api/ApiRateLimit}. */
	public static final int API_RATE_LIMIT = Ordered.HIGHEST_PRECEDENCE + 42;

	/** {@code web/outage/DatabaseOutageFilter}. */
	public static final int DATABASE_OUTAGE = Ordered.HIGHEST_PRECEDENCE + 45;

	/**
	 * Spring Session's filter, at the order Spring Boot keeps unless
	 * {@code spring.session.servlet.filter-order} says otherwise.
	 */
	public static final int SESSION = SessionRepositoryFilter.DEFAULT_ORDER;

	/** {@code web/cache/PublicPageCache}. */
	public static final int PUBLIC_PAGE_CACHE = Ordered.HIGHEST_PRECEDENCE + 100;

	/**
	 * Spring Security's filter chain, at the order Spring Boot registers it with unless
	 * {@code spring.security.filter.order} says otherwise.
	 */
	public static final int SECURITY = SecurityFilterProperties.DEFAULT_FILTER_ORDER;

	/** {@code web/language/LanguageFilter.LinkFilter}. */
	public static final int LANGUAGE_LINKS = 0;

	/** {@code web/cache/PublicPageCaching}. */
	public static final int BROWSER_CACHING = 10;

	/** {@code web/cache/StaticAssets}. */
	public static final int STATIC_ASSETS = 20;

	private FilterOrder() {
	}

}
