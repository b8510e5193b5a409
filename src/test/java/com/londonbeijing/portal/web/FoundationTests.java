package com.londonbeijing.portal.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.londonbeijing.portal.test.PortalIntegrationTest;
import com.londonbeijing.portal.test.WebClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@PortalIntegrationTest
class FoundationTests {

	@LocalServerPort
	int port;

	WebClient web;

	@BeforeEach
	void setUp() {
		this.web = new WebClient(this.port);
	}

	@Test
	void homePageShowsTheRelationshipIntroductionFromTheDatabase() {
		HttpResponse<String> response = this.web.get("/");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("Understanding the London-Beijing Relationship")
			.contains("Over the past few decades, London and Beijing have cultivated a dynamic partnership");
	}

	@Test
	void healthIsPublicAndUpWithoutDetails() {
		HttpResponse<String> response = this.web.get("/actuator/health");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"status\":\"UP\"").doesNotContain("db").doesNotContain("diskSpace");
	}

	@Test
	void otherActuatorEndpointsAreNotPublic() {
		assertThat(this.web.get("/actuator/env").statusCode()).isIn(401, 403, 404);
		assertThat(this.web.get("/actuator/env").body()).doesNotContain("spring.datasource");
		assertThat(this.web.get("/actuator/beans").statusCode()).isIn(401, 403, 404);
	}

	@Test
	void everyPageCarriesSecurityHeaders() {
		HttpResponse<String> response = this.web.get("/");

		assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
				(csp) -> assertThat(csp).contains("frame-ancestors 'none'").doesNotContain("unsafe-inline"));
		assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
		assertThat(response.headers().firstValue("Referrer-Policy")).isPresent();
	}

	@Test
	void pagesServedOverHttpsBehindAProxyTellBrowsersToStayOnHttps() throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/"));

		HttpResponse<Void> https = client.send(request.copy().header("X-Forwarded-Proto", "https").build(),
				HttpResponse.BodyHandlers.discarding());
		HttpResponse<Void> plain = client.send(request.build(), HttpResponse.BodyHandlers.discarding());

		assertThat(https.headers().firstValue("Strict-Transport-Security"))
			.hasValueSatisfying((hsts) -> assertThat(hsts).contains("max-age=31536000"));
		assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

}
