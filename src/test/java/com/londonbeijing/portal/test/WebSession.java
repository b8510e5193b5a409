package com.londonbeijing.portal.test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * One visitor of the running application, as a browser without JavaScript: keeps cookies
 * (so a session), never follows redirects, sends the CSRF token of the last page it
 * loaded with each form it posts, and comes from its own client address. The address is
 * sent as {@code X-Forwarded-For}, which the application (Tomcat's RemoteIpValve) accepts
 * from the loopback address the tests connect from: so sign-in throttling, which counts
 * failures per address, does not mix up one test's visitor with another's.
 */
public final class WebSession {

	private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	private final CookieManager cookies;

	private final HttpClient client;

	private final String base;

	private final String address;

	private String csrfToken;

	private final Map<String, String> headers = new LinkedHashMap<>();

	/**
	 * A visitor from a random address of the IPv6 documentation range.
	 * @param port the application's port
	 */
	public WebSession(int port) {
		this(port, randomAddress());
	}

	public WebSession(int port, String address) {
		this(port, address, new CookieManager(null, CookiePolicy.ACCEPT_ALL));
	}

	private WebSession(int port, String address, CookieManager cookies) {
		this.base = "http://localhost:" + port;
		this.address = address;
		this.cookies = cookies;
		this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	/**
	 * The same visitor (same cookies, so the same session, and address) talking to
	 * another instance of the application, as behind a load balancer.
	 * @param port the other instance's port
	 * @return the visitor at that instance
	 */
	public WebSession at(int port) {
		WebSession other = new WebSession(port, this.address, this.cookies);
		other.csrfToken = this.csrfToken;
		return other;
	}

	/**
	 * An address no other test uses, from {@code 2001:db8::/32} (reserved for
	 * documentation).
	 * @return the address
	 */
	public static String randomAddress() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "2001:db8:%x:%x::%x".formatted(random.nextInt(0x10000), random.nextInt(0x10000),
				random.nextInt(1, 0x10000));
	}

	/**
	 * Sends a header with every later request, as a browser sends {@code Origin} or
	 * {@code Sec-Fetch-Site}.
	 * @param name the header
	 * @param value its value
	 * @return this visitor
	 */
	public WebSession withHeader(String name, String value) {
		this.headers.put(name, value);
		return this;
	}

	/** The client address this visitor's requests come from. */
	public String address() {
		return this.address;
	}

	/**
	 * GETs a page and remembers its CSRF token, if it has a form.
	 * @param path the path
	 * @return the response
	 */
	public HttpResponse<String> get(String path) {
		HttpResponse<String> response = send(request(path).GET().build());
		Element token = Jsoup.parse(response.body()).selectFirst("input[name=_csrf]");
		if (token != null) {
			this.csrfToken = token.attr("value");
		}
		return response;
	}

	/**
	 * POSTs a form, with the CSRF token of the last page loaded.
	 * @param path the form's action
	 * @param fields the fields, in order
	 * @return the response
	 */
	public HttpResponse<String> post(String path, Map<String, String> fields) {
		Map<String, String> withToken = new LinkedHashMap<>(fields);
		if (this.csrfToken != null) {
			withToken.put("_csrf", this.csrfToken);
		}
		return postWithoutCsrfToken(path, withToken);
	}

	/**
	 * POSTs a form exactly as given, so without a CSRF token unless it has one.
	 * @param path the form's action
	 * @param fields the fields, in order
	 * @return the response
	 */
	public HttpResponse<String> postWithoutCsrfToken(String path, Map<String, String> fields) {
		String body = fields.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	/**
	 * POSTs a file as a {@code multipart/form-data} form would, with the CSRF token of
	 * the last page loaded.
	 * @param path the form's action
	 * @param field the file field's name
	 * @param fileName the file's name
	 * @param content the file's bytes
	 * @return the response
	 */
	public HttpResponse<String> postFile(String path, String field, String fileName, byte[] content) {
		String boundary = "----portal-test-" + ThreadLocalRandom.current().nextLong(Long.MAX_VALUE);
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		StringBuilder head = new StringBuilder();
		if (this.csrfToken != null) {
			head.append("--")
				.append(boundary)
				.append("\r\n")
				.append("Content-Disposition: form-data; name=\"_csrf\"\r\n\r\n")
				.append(this.csrfToken)
				.append("\r\n");
		}
		head.append("--")
			.append(boundary)
			.append("\r\n")
			.append("Content-Disposition: form-data; name=\"")
			.append(field)
			.append("\"; filename=\"")
			.append(fileName)
			.append("\"\r\nContent-Type: application/octet-stream\r\n\r\n");
		body.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build());
	}

	/**
	 * Signs in through the sign-in form, as a person would.
	 * @param username what to type as the username
	 * @param password what to type as the password
	 * @return the response to the form's POST (a redirect)
	 */
	public HttpResponse<String> signIn(String username, String password) {
		get("/login");
		return post("/login", Map.of("username", username, "password", password));
	}

	/** Signs out with the Sign out button of an admin page. */
	public HttpResponse<String> signOut() {
		get("/admin");
		return post("/logout", Map.of());
	}

	/**
	 * Where a response redirects to, without scheme, host and port.
	 * @param response the response
	 * @return the path, or "(no redirect: STATUS)"
	 */
	public static String location(HttpResponse<?> response) {
		return response.headers()
			.firstValue("Location")
			.orElse("(no redirect: " + response.statusCode() + ")")
			.replaceFirst("^http://localhost:\\d+", "");
	}

	/**
	 * The errors a form page lists in its error summary.
	 * @param page the page
	 * @return their texts, joined by spaces
	 */
	public static String errorSummary(HttpResponse<String> page) {
		return Jsoup.parse(page.body()).select(".error-summary li").text();
	}

	/**
	 * The current session cookie's value.
	 * @return the session id, or empty before a session exists
	 */
	public Optional<String> sessionId() {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals("JSESSIONID"))
			.map(HttpCookie::getValue)
			.findFirst();
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Accept", BROWSER_ACCEPT)
			.header("X-Forwarded-For", this.address);
		this.headers.forEach(request::header);
		return request;
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
