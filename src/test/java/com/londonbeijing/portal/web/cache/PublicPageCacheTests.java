package com.londonbeijing.portal.web.cache;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

import com.londonbeijing.portal.account.Role;
import com.londonbeijing.portal.database.ContentVersion;
import com.londonbeijing.portal.test.PortalIntegrationTest;
import com.londonbeijing.portal.test.TestAccounts;
import com.londonbeijing.portal.test.WebClient;
import com.londonbeijing.portal.test.WebSession;
import io.micrometer.core.instrument.MeterRegistry;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Visitors get public pages from memory, exactly as rendered, and see every change as
 * soon as an editor's save returns (or, for changes made with SQL, within two seconds);
 * signed-in editors always get pages rendered for them. Static files have content-hashed
 * addresses that browsers keep for a year.
 */
@PortalIntegrationTest
class PublicPageCacheTests {

	static final String TRADE_HEADING = "Key Trade Statistics";

	@LocalServerPort
	int port;

	@Autowired
	CacheManager caches;

	@Autowired
	ContentVersion version;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MeterRegistry meters;

	@RegisterExtension
	TestAccounts accounts = new TestAccounts();

	WebClient visitor;

	@BeforeEach
	void setUp() {
		this.visitor = new WebClient(this.port);
	}

	@AfterEach
	void restoreTheTradeHeading() {
		this.jdbc.sql("UPDATE site_text SET title = ? WHERE text_key = 'trade.intro'").param(TRADE_HEADING).update();
	}

	@Test
	void repeatVisitIsServedFromMemoryExactlyAsRendered() {
		HttpResponse<String> rendered = this.visitor.get("/meetings");
		assertThat(pages().get(key("en-GB /meetings"))).as("kept after the first visit").isNotNull();

		HttpResponse<String> cached = this.visitor.get("/meetings");

		assertThat(cached.statusCode()).isEqualTo(200);
		assertThat(cached.body()).isEqualTo(rendered.body());
		assertThat(withoutPerResponseHeaders(cached.headers())).isEqualTo(withoutPerResponseHeaders(rendered.headers()))
			.containsKeys("content-security-policy", "etag", "cache-control", "x-frame-options", "content-type");
		assertThat(cached.headers().firstValue("X-Request-Id")).isPresent()
			.isNotEqualTo(rendered.headers().firstValue("X-Request-Id"));
	}

	@Test
	void hitsAndMissesAreCountedForTheBenchmarksHitRatio() {
		double hits = requests("hit");
		double misses = requests("miss");
		this.version.changed();

		this.visitor.get("/case-studies");
		this.visitor.get("/case-studies");
		this.visitor.get("/case-studies");

		assertThat(requests("miss") - misses).isEqualTo(1);
		assertThat(requests("hit") - hits).isEqualTo(2);
	}

	private double requests(String result) {
		return this.meters.get("portal.page.cache.requests").tag("result", result).counter().count();
	}

	@Test
	void repeatVisitFromABrowserGetsThePageCompressedOnce() throws Exception {
		String rendered = this.visitor.get("/trade").body();

		HttpResponse<byte[]> compressed = HttpClient.newHttpClient()
			.send(request("/trade").header("Accept-Encoding", "gzip, deflate, br, zstd").build(),
					HttpResponse.BodyHandlers.ofByteArray());

		assertThat(compressed.statusCode()).isEqualTo(200);
		assertThat(compressed.headers().firstValue("Content-Encoding")).contains("gzip");
		assertThat(compressed.headers().allValues("Vary")).anyMatch((vary) -> vary.equalsIgnoreCase("accept-encoding"));
		assertThat(compressed.headers().firstValueAsLong("Content-Length")).hasValue(compressed.body().length);
		assertThat(compressed.body().length).isLessThan(rendered.length() / 2);
		assertThat(compressed.body()).as("compressed when kept, not again for each answer")
			.isEqualTo(pages().get(key("en-GB /trade"), PublicPageCache.CachedPage.class).gzipped());
		try (InputStream gzip = new GZIPInputStream(new ByteArrayInputStream(compressed.body()))) {
			assertThat(new String(gzip.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(rendered);
		}
		HttpResponse<String> refused = send(request("/trade").header("Accept-Encoding", "gzip;q=0, identity"));
		assertThat(refused.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(refused.body()).isEqualTo(rendered);
	}

	@Test
	void cachedPageAnswers304ToARevalidation() throws Exception {
		String etag = this.visitor.get("/trade").headers().firstValue("ETag").orElseThrow();
		this.visitor.get("/trade");

		HttpResponse<String> revalidated = send(request("/trade").header("If-None-Match", etag));

		assertThat(revalidated.statusCode()).isEqualTo(304);
		assertThat(revalidated.body()).isEmpty();
		assertThat(revalidated.headers().firstValue("ETag")).contains(etag);
		assertThat(revalidated.headers().firstValue("Cache-Control")).contains("private, no-cache");
		assertThat(revalidated.headers().firstValue("X-Request-Id")).isPresent();
	}

	@Test
	void revalidationOfAPageNotInMemoryAnswers304AndKeepsThePage() throws Exception {
		String etag = this.visitor.get("/areas").headers().firstValue("ETag").orElseThrow();
		pages().clear();

		HttpResponse<String> revalidated = send(request("/areas").header("If-None-Match", etag));

		assertThat(revalidated.statusCode()).isEqualTo(304);
		assertThat(revalidated.body()).isEmpty();
		assertThat(pages().get(key("en-GB /areas"))).isNotNull();
		assertThat(this.visitor.get("/areas").body()).contains("<h1");
	}

	@Test
	void pagesAreKeptPerLanguage() throws Exception {
		HttpResponse<String> english = this.visitor.get("/meetings");
		HttpResponse<String> chinese = this.visitor.get("/zh/meetings");

		assertThat(english.body()).contains("October 2024");
		assertThat(chinese.body()).doesNotContain("October 2024").contains("2024年10月18日");
		assertThat(this.visitor.get("/zh/meetings").body()).isEqualTo(chinese.body());
		assertThat(this.visitor.get("/meetings").body()).isEqualTo(english.body());
	}

	@Test
	void signedInEditorNeitherGetsNorFillsTheCache() {
		WebSession editor = new WebSession(this.port);
		editor.signIn(this.accounts.create("cache-editor", Role.EDITOR).getUsername(), TestAccounts.PASSWORD);
		this.visitor.get("/areas");
		pages().put(key("en-GB /areas"), fakePage(this.version.generation()));

		assertThat(this.visitor.get("/areas").body()).as("visitor").isEqualTo("kept in memory");
		assertThat(editor.get("/areas").body()).as("editor").contains("<h1");
		assertThat(pages().get(key("en-GB /areas"), PublicPageCache.CachedPage.class).body())
			.isEqualTo("kept in memory".getBytes());

		editor.get("/case-studies");
		assertThat(pages().get(key("en-GB /case-studies"))).isNull();
	}

	@Test
	void editorsSaveShowsOnTheVeryNextVisit() {
		assertThat(this.visitor.get("/trade").body()).contains(TRADE_HEADING);
		this.visitor.get("/trade");
		WebSession editor = new WebSession(this.port);
		editor.signIn(this.accounts.create("cache-editor", Role.EDITOR).getUsername(), TestAccounts.PASSWORD);

		HttpResponse<String> saved = saveTradeHeading(editor, "Trade in figures");

		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(Jsoup.parse(this.visitor.get("/trade").body()).selectFirst("h1").text())
			.isEqualTo("Trade in figures");
	}

	@Test
	void changeMadeWithSqlShowsWithinTwoSeconds() throws Exception {
		assertThat(this.visitor.get("/trade").body()).contains(TRADE_HEADING);
		this.visitor.get("/trade");

		this.jdbc.sql("UPDATE site_text SET title = 'Changed by hand' WHERE text_key = 'trade.intro'").update();
		Instant changed = Instant.now();

		while (!this.visitor.get("/trade").body().contains("Changed by hand")) {
			assertThat(Duration.between(changed, Instant.now())).isLessThan(Duration.ofSeconds(3));
			Thread.sleep(50);
		}
	}

	@Test
	void stylesheetHasAContentHashedAddressKeptForAYear() {
		String href = Jsoup.parse(this.visitor.get("/").body()).selectFirst("link[rel=stylesheet]").attr("href");
		assertThat(href).matches("/css/site-[0-9a-f]{32}\\.css");

		HttpResponse<String> hashed = this.visitor.get(href, "text/css");
		assertThat(hashed.statusCode()).isEqualTo(200);
		assertThat(hashed.body()).contains("font-family");
		assertThat(hashed.headers().firstValue("Cache-Control")).contains("public, max-age=31536000, immutable");

		HttpResponse<String> plain = this.visitor.get("/css/site.css", "text/css");
		assertThat(plain.statusCode()).isEqualTo(200);
		assertThat(plain.headers().firstValue("Cache-Control")).contains("private, no-cache");
		assertThat(this.visitor.get(href.replaceAll("[0-9a-f]{32}", "0".repeat(32)), "text/css").statusCode())
			.isEqualTo(404);
	}

	@Test
	void pagesAndStylesAreCompressed() throws Exception {
		String stylesheet = Jsoup.parse(this.visitor.get("/").body()).selectFirst("link[rel=stylesheet]").attr("href");
		for (String path : List.of("/", "/", stylesheet)) {
			HttpResponse<String> response = send(request(path).header("Accept-Encoding", "gzip"));
			assertThat(response.headers().firstValue("Content-Encoding")).as(path).contains("gzip");
		}
	}

	static HttpResponse<String> saveTradeHeading(WebSession editor, String heading) {
		String form = editor.get("/admin/texts/trade.intro/edit").body();
		String version = Jsoup.parse(form).selectFirst("input[name=version]").attr("value");
		return editor.post("/admin/texts/trade.intro/edit",
				Map.of("version", version, "title", heading, "body", "", "changeNote", "", "action", "publish"));
	}

	private Cache pages() {
		return this.caches.getCache(CacheConfiguration.PAGES);
	}

	private static PublicPageCache.CachedPage fakePage(long generation) {
		return new PublicPageCache.CachedPage("kept in memory".getBytes(), "text/plain;charset=UTF-8", Locale.UK,
				List.of(), null, generation);
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static Map<String, List<String>> withoutPerResponseHeaders(HttpHeaders headers) {
		Map<String, List<String>> map = new TreeMap<>();
		headers.map().forEach((name, values) -> map.put(name.toLowerCase(Locale.ROOT), values));
		map.remove("date");
		map.remove("x-request-id");
		return map;
	}

	/** The cache key of a page fetched from this test's server at localhost. */
	private String key(String localeAndPath) {
		return "http://localhost:" + this.port + " " + localeAndPath;
	}

}
