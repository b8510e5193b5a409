package com.londonbeijing.portal.web.request;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.londonbeijing.portal.account.Role;
import com.londonbeijing.portal.test.PortalIntegrationTest;
import com.londonbeijing.portal.test.TestAccounts;
import com.londonbeijing.portal.test.WebClient;
import com.londonbeijing.portal.test.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Oversized requests are refused with the right status and, where the application sees
 * them, the styled error page; never with a 500. Forms of the largest size editors need
 * still go through.
 */
@PortalIntegrationTest
class RequestLimitsTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@RegisterExtension
	TestAccounts accounts = new TestAccounts();

	private final HttpClient client = HttpClient.newHttpClient();

	@Test
	void overlongQueryStringGetsTheStyled414Page() {
		WebClient web = new WebClient(this.port);

		HttpResponse<String> refused = web.get("/meetings?q=" + "x".repeat(RequestLimits.MAX_QUERY_LENGTH));

		assertThat(refused.statusCode()).isEqualTo(414);
		assertStyledPage(refused, "The web address is too long.");
		assertThat(web.get("/meetings?q=" + "x".repeat(RequestLimits.MAX_QUERY_LENGTH - 2)).statusCode())
			.isEqualTo(200);
	}

	@Test
	void bodyDeclaredLargerThanTheLimitGetsTheStyled413Page() throws Exception {
		String body = "username=someone&password=" + "x".repeat((int) RequestLimits.MAX_BODY_BYTES);

		HttpResponse<String> refused = send(form("/login").POST(HttpRequest.BodyPublishers.ofString(body)).build());

		assertThat(refused.statusCode()).isEqualTo(413);
		assertStyledPage(refused, "What you sent is too large.");
	}

	@Test
	void oversizedBodyWithoutDeclaredLengthGetsTheStyled413PageToo() throws Exception {
		String body = "username=someone&password=" + "x".repeat((int) RequestLimits.MAX_BODY_BYTES);
		HttpRequest.BodyPublisher chunked = HttpRequest.BodyPublishers
			.fromPublisher(HttpRequest.BodyPublishers.ofString(body));

		HttpResponse<String> refused = send(form("/login").POST(chunked).build());

		assertThat(refused.statusCode()).isEqualTo(413);
		assertStyledPage(refused, "What you sent is too large.");
	}

	@Test
	void formWithTooManyFieldsGetsTheStyled400Page() throws Exception {
		StringBuilder body = new StringBuilder("username=someone&password=secret");
		for (int i = 0; i < 1000; i++) {
			body.append("&f").append(i).append("=x");
		}

		HttpResponse<String> refused = send(
				form("/login").POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());

		assertThat(refused.statusCode()).isEqualTo(400);
		assertStyledPage(refused, "The request could not be read.");
	}

	@Test
	void oversizedHeadersAreRefusedWith400() throws Exception {
		HttpResponse<String> refused = send(
				HttpRequest.newBuilder(uri("/")).header("X-Padding", "x".repeat(20 * 1024)).GET().build());

		assertThat(refused.statusCode()).isEqualTo(400);
	}

	@Test
	void aHundredThousandCharacterChineseTextCanBeSaved() {
		Map<String, Object> original = this.jdbc
			.sql("SELECT title, body, version FROM site_text WHERE text_key = 'home.intro'")
			.query()
			.singleRow();
		WebSession editor = new WebSession(this.port);
		this.accounts.address(editor.address());
		editor.signIn(this.accounts.create("long-text", Role.EDITOR).getUsername(), TestAccounts.PASSWORD);
		editor.get("/admin/texts/home.intro/edit");
		String text = "中".repeat(100_000);
		try {
			HttpResponse<String> saved = editor.post("/admin/texts/home.intro/edit",
					Map.of("version", String.valueOf(original.get("version")), "title", (String) original.get("title"),
							"body", text, "action", "publish"));

			assertThat(saved.statusCode()).isEqualTo(302);
			assertThat(this.jdbc.sql("SELECT body FROM site_text WHERE text_key = 'home.intro'")
				.query(String.class)
				.single()).isEqualTo(text);
		}
		finally {
			this.jdbc.sql("UPDATE site_text SET body = ? WHERE text_key = 'home.intro'")
				.param(original.get("body"))
				.update();
		}
	}

	private static void assertStyledPage(HttpResponse<String> response, String explanation) {
		String requestId = response.headers().firstValue("X-Request-Id").orElseThrow();
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(response.body()).contains("/css/site.css")
			.contains(explanation)
			.contains(requestId)
			.doesNotContain("Exception");
	}

	private HttpRequest.Builder form(String path) {
		return HttpRequest.newBuilder(uri(path))
			.header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8");
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return this.client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

}
