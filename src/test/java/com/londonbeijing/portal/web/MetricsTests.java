package com.londonbeijing.portal.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.londonbeijing.portal.account.Role;
import com.londonbeijing.portal.test.PortalIntegrationTest;
import com.londonbeijing.portal.test.TestAccounts;
import com.londonbeijing.portal.test.WebClient;
import com.londonbeijing.portal.test.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Micrometer's metrics in Prometheus format at {@code /actuator/prometheus}, for
 * administrators only.
 */
@PortalIntegrationTest
class MetricsTests {

	@LocalServerPort
	int port;

	@RegisterExtension
	TestAccounts accounts = new TestAccounts();

	@Test
	void administratorsGetPrometheusMetrics() {
		new WebClient(this.port).get("/areas");
		WebSession admin = signedIn(Role.ADMIN);

		HttpResponse<String> metrics = admin.get("/actuator/prometheus");

		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/plain"));
		assertThat(metrics.body()).contains("# TYPE http_server_requests_seconds")
			.contains("uri=\"/areas\"")
			.contains("hikaricp_connections_active")
			.contains("jvm_memory_used_bytes");
	}

	@Test
	void editorsAreForbiddenAndAnonymousVisitorsUnauthorised() {
		assertThat(signedIn(Role.EDITOR).get("/actuator/prometheus").statusCode()).isEqualTo(403);

		HttpResponse<String> anonymous = new WebClient(this.port).get("/actuator/prometheus");
		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(anonymous.body()).doesNotContain("jvm_memory");
	}

	@Test
	void scrapersSendAdminCredentialsAndGetNoSession() throws Exception {
		String admin = this.accounts.create("scraper", Role.ADMIN).getUsername();
		String editor = this.accounts.create("scraper", Role.EDITOR).getUsername();
		String address = this.accounts.address(WebSession.randomAddress());

		HttpResponse<String> scraped = scrape(admin, TestAccounts.PASSWORD, address);

		assertThat(scraped.statusCode()).isEqualTo(200);
		assertThat(scraped.body()).contains("jvm_memory_used_bytes");
		assertThat(scraped.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(scrape(admin, "not-the-password", address).statusCode()).isEqualTo(401);
		assertThat(scrape(editor, TestAccounts.PASSWORD, address).statusCode()).isEqualTo(403);
		assertThat(new WebClient(this.port).get("/actuator/prometheus").headers().allValues("Set-Cookie")).isEmpty();
	}

	private HttpResponse<String> scrape(String username, String password, String address) throws Exception {
		String credentials = Base64.getEncoder()
			.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/actuator/prometheus"))
				.header("Authorization", "Basic " + credentials)
				.header("X-Forwarded-For", address)
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	private WebSession signedIn(Role role) {
		WebSession visitor = new WebSession(this.port);
		this.accounts.address(visitor.address());
		visitor.signIn(this.accounts.create("metrics", role).getUsername(), TestAccounts.PASSWORD);
		return visitor;
	}

}
