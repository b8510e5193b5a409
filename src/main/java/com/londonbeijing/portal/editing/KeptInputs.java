package com.londonbeijing.portal.editing;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import com.londonbeijing.portal.PortalProperties;
import com.londonbeijing.portal.security.ExpiredFormInput;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps what an editor typed into a content form when its POST arrives after the session
 * or its CSRF token expired (or the session is unknown after a restart or a session-store
 * outage), and hands it back once they have signed in again: the same form, on its own
 * address, with everything typed, bound as a POST would be
 * ({@link ContentAdminController} then marks the differences from the stored item and
 * asks the editor to check and save). Nothing is saved without that new submit.
 * <p>
 * Only the add and edit forms of the content kinds ({@code /admin/<kind>/new},
 * {@code /admin/<kind>/<id>/edit}, see {@link ContentAdminController#servesForm}) are
 * kept: never the sign-in, password or two-step forms, nor account forms, whose fields
 * hold passwords and codes, nor file uploads. The CSRF token is dropped.
 * <p>
 * Input is kept only for a POST the browser marks as same-origin
 * ({@code Sec-Fetch-Site: same-origin}, or without that header an {@code Origin} equal to
 * the site's own), so another site cannot plant input in an editor's form; only in
 * PostgreSQL ({@code kept_input}, so any instance can hand it back), for at most
 * {@link #KEPT_FOR}; only up to {@link #MAX_BYTES} and {@link #MAX_PARAMETERS} (beyond,
 * the "form has expired" page says it was too large). It is handed back once, to the
 * browser holding the random HttpOnly cookie set when it was kept (only its SHA-256 is
 * stored), on a GET of the form's address that passed that address's security rules
 * (signed in, second step, role; {@code security/KeptInputFilter}).
 */
@Component
class KeptInputs implements ExpiredFormInput {

	/** How long input is kept. */
	static final Duration KEPT_FOR = Duration.ofHours(1);

	/** The most input kept, form-encoded. */
	static final int MAX_BYTES = 1024 * 1024;

	/** The most parameter values kept. */
	static final int MAX_PARAMETERS = 2_000;

	/** The cookie naming this browser's kept input, over plain HTTP. */
	static final String COOKIE = "KEPT-INPUT";

	/** The cookie over HTTPS: no other host or plain-HTTP page can set it. */
	static final String SECURE_COOKIE = "__Host-" + COOKIE;

	/**
	 * Request attribute set on a request that carries handed-back input instead of its
	 * own parameters.
	 */
	static final String HANDED_BACK = KeptInputs.class.getName() + ".handedBack";

	private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

	private static final int MAX_PATH_LENGTH = 300;

	private static final Log logger = LogFactory.getLog(KeptInputs.class);

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final ObjectProvider<ContentAdminController<?, ?, ?>> forms;

	private final String publicOrigin;

	KeptInputs(JdbcClient jdbc, ObjectProvider<ContentAdminController<?, ?, ?>> forms, PortalProperties properties) {
		this.jdbc = jdbc;
		this.forms = forms;
		this.publicOrigin = origin(properties.publicUrl());
	}

	/**
	 * Whether a request carries input handed back by this class (never one a visitor made
	 * up: only {@link #handBack} sets the attribute).
	 * @param request the request
	 * @return whether its parameters are kept input
	 */
	static boolean handedBack(HttpServletRequest request) {
		return request.getAttribute(HANDED_BACK) != null;
	}

	@Override
	public boolean keep(HttpServletRequest request, HttpServletResponse response) throws IOException {
		String path = path(request);
		if (!"POST".equals(request.getMethod()) || request.getDispatcherType() != DispatcherType.REQUEST
				|| !isFormEncoded(request) || !isContentForm(path) || !isSameOrigin(request)) {
			return false;
		}
		String parameters = encode(request);
		if (parameters == null) {
			request.setAttribute(ExpiredFormInput.TOO_LARGE, Boolean.TRUE);
			logger.info("Did not keep the input posted to " + path + " after its session expired: too large");
			return false;
		}
		String token = token(request).orElseGet(this::newToken);
		try {
			deleteExpired();
			this.jdbc.sql("""
					INSERT INTO kept_input (browser_hash, path, parameters) VALUES (:browser, :path, :parameters)
					ON CONFLICT (browser_hash, path)
					DO UPDATE SET parameters = EXCLUDED.parameters, kept_at = now()""")
				.param("browser", hash(token))
				.param("path", path)
				.param("parameters", parameters)
				.update();
		}
		catch (DataAccessException ex) {
			// The database is unreachable: nothing can be kept, and the page says as much
			// as before.
			logger.warn("Could not keep the input posted to " + path + ": " + ex.getMessage());
			return false;
		}
		logger.info("Kept the input posted to " + path + " after its session or form expired");
		writeCookie(request, response, token, KEPT_FOR);
		// To the form's own address: signed in, it shows the input at once; otherwise the
		// sign-in page remembers that address (the request cache) and returns there.
		response.sendRedirect(request.getContextPath() + path);
		return true;
	}

	@Override
	public boolean isWaiting(HttpServletRequest request) {
		Optional<String> token = token(request);
		if (token.isEmpty()) {
			return false;
		}
		try {
			return this.jdbc.sql("""
					SELECT EXISTS (SELECT 1 FROM kept_input
					WHERE browser_hash = :browser AND kept_at > now() - :seconds * interval '1 second')""")
				.param("browser", hash(token.get()))
				.param("seconds", KEPT_FOR.toSeconds())
				.query(Boolean.class)
				.single();
		}
		catch (DataAccessException ex) {
			return false;
		}
	}

	@Override
	public HttpServletRequest handBack(HttpServletRequest request, HttpServletResponse response) {
		Optional<String> token = token(request);
		String path = path(request);
		if (token.isEmpty() || request.getDispatcherType() != DispatcherType.REQUEST || !isContentForm(path)) {
			return request;
		}
		String browser = hash(token.get());
		Optional<String> parameters;
		boolean more;
		try {
			// Deleted as it is read: handed back once, whatever happens next.
			parameters = this.jdbc.sql("""
					DELETE FROM kept_input WHERE browser_hash = :browser AND path = :path
					RETURNING parameters, kept_at > now() - :seconds * interval '1 second' AS fresh""")
				.param("browser", browser)
				.param("path", path)
				.param("seconds", KEPT_FOR.toSeconds())
				.query((row, number) -> row.getBoolean("fresh") ? row.getString("parameters") : "")
				.optional()
				.filter((kept) -> !kept.isEmpty());
			more = this.jdbc.sql("SELECT EXISTS (SELECT 1 FROM kept_input WHERE browser_hash = :browser)")
				.param("browser", browser)
				.query(Boolean.class)
				.single();
		}
		catch (DataAccessException ex) {
			return request;
		}
		if (!more) {
			writeCookie(request, response, "", Duration.ZERO);
		}
		if (parameters.isEmpty()) {
			return request;
		}
		logger.info("Handed back the input kept for " + path);
		request.setAttribute(HANDED_BACK, Boolean.TRUE);
		return new KeptParameters(request, decode(parameters.get()));
	}

	/**
	 * Deletes input older than {@link #KEPT_FOR} when nobody came back for it, on every
	 * instance (deleting twice does no harm); an unreachable database is left for the
	 * next run.
	 */
	@Scheduled(fixedDelay = 10, initialDelay = 10, timeUnit = TimeUnit.MINUTES)
	void cleanUp() {
		try {
			deleteExpired();
		}
		catch (DataAccessException ex) {
			logger.debug("Could not delete expired kept input: " + ex.getMessage());
		}
	}

	private void deleteExpired() {
		this.jdbc.sql("DELETE FROM kept_input WHERE kept_at <= now() - :seconds * interval '1 second'")
			.param("seconds", KEPT_FOR.toSeconds())
			.update();
	}

	private boolean isContentForm(String path) {
		return path.length() <= MAX_PATH_LENGTH && path.startsWith("/admin/")
				&& this.forms.stream().anyMatch((form) -> form.servesForm(path));
	}

	private static boolean isFormEncoded(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.toLowerCase().startsWith("application/x-www-form-urlencoded");
	}

	/**
	 * Whether the browser says the POST came from a page of this site. Browsers send
	 * {@code Sec-Fetch-Site} (and {@code Origin} with every POST); a request without
	 * either is not kept.
	 */
	private boolean isSameOrigin(HttpServletRequest request) {
		String site = request.getHeader("Sec-Fetch-Site");
		if (site != null) {
			return site.equals("same-origin");
		}
		String origin = request.getHeader(HttpHeaders.ORIGIN);
		if (origin == null) {
			return false;
		}
		return origin.equalsIgnoreCase(ownOrigin(request))
				|| (this.publicOrigin != null && origin.equalsIgnoreCase(this.publicOrigin));
	}

	private static String ownOrigin(HttpServletRequest request) {
		String scheme = request.getScheme();
		int port = request.getServerPort();
		boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
		return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
	}

	private static String origin(String url) {
		if (url == null || url.isBlank()) {
			return null;
		}
		try {
			URI uri = URI.create(url.strip());
			if (uri.getScheme() == null || uri.getHost() == null) {
				return null;
			}
			return uri.getScheme() + "://" + uri.getHost() + ((uri.getPort() == -1) ? "" : ":" + uri.getPort());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * The POST's parameters, form-encoded, without the CSRF token.
	 * @return them, or {@code null} if they exceed the limits
	 */
	private static String encode(HttpServletRequest request) {
		StringBuilder encoded = new StringBuilder();
		int count = 0;
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			if (parameter.getKey().equals("_csrf")) {
				continue;
			}
			String name = URLEncoder.encode(parameter.getKey(), StandardCharsets.UTF_8);
			for (String value : parameter.getValue()) {
				if (++count > MAX_PARAMETERS) {
					return null;
				}
				if (!encoded.isEmpty()) {
					encoded.append('&');
				}
				encoded.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
				if (encoded.length() > MAX_BYTES) {
					return null; // form-encoded text is ASCII: one byte a character
				}
			}
		}
		return encoded.toString();
	}

	private static Map<String, String[]> decode(String encoded) {
		Map<String, List<String>> values = new LinkedHashMap<>();
		for (String pair : encoded.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int equals = pair.indexOf('=');
			String name = URLDecoder.decode((equals < 0) ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
			String value = (equals < 0) ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
			values.computeIfAbsent(name, (key) -> new ArrayList<>()).add(value);
		}
		Map<String, String[]> parameters = new LinkedHashMap<>();
		values.forEach((name, list) -> parameters.put(name, list.toArray(String[]::new)));
		return Collections.unmodifiableMap(parameters);
	}

	/** This browser's cookie, if it holds a value this class could have made. */
	private static Optional<String> token(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return Optional.empty();
		}
		String name = request.isSecure() ? SECURE_COOKIE : COOKIE;
		for (Cookie cookie : cookies) {
			if (cookie.getName().equals(name) && TOKEN.matcher(cookie.getValue()).matches()) {
				return Optional.of(cookie.getValue());
			}
		}
		return Optional.empty();
	}

	private String newToken() {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static void writeCookie(HttpServletRequest request, HttpServletResponse response, String value,
			Duration maxAge) {
		ResponseCookie cookie = ResponseCookie.from(request.isSecure() ? SECURE_COOKIE : COOKIE, value)
			.path("/")
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Lax")
			.maxAge(maxAge)
			.build();
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
	}

	private static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	/** A GET of a form's address carrying the kept parameters instead of its own. */
	private static final class KeptParameters extends HttpServletRequestWrapper {

		private final Map<String, String[]> parameters;

		KeptParameters(HttpServletRequest request, Map<String, String[]> parameters) {
			super(request);
			this.parameters = parameters;
		}

		@Override
		public String getParameter(String name) {
			String[] values = this.parameters.get(name);
			return (values == null || values.length == 0) ? null : values[0];
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return this.parameters;
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(this.parameters.keySet());
		}

		@Override
		public String[] getParameterValues(String name) {
			String[] values = this.parameters.get(name);
			return (values != null) ? values.clone() : null;
		}

		@Override
		public String getQueryString() {
			return null;
		}

	}

}
