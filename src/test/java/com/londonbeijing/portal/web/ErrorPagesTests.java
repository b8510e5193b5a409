package com.londonbeijing.portal.web;

import java.net.http.HttpResponse;

import com.londonbeijing.portal.test.PortalIntegrationTest;
import com.londonbeijing.portal.test.WebClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

@PortalIntegrationTest
@Import(ErrorPagesTests.FailingController.class)
class ErrorPagesTests {

	@LocalServerPort
	int port;

	WebClient web;

	@BeforeEach
	void setUp() {
		this.web = new WebClient(this.port);
	}

	@Test
	void unknownAddressGetsStyledNotFoundPage() {
		HttpResponse<String> response = this.web.get("/does-not-exist", "text/html");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("<h1>Page not found</h1>")
			.contains("/css/site.css")
			.contains("London–Beijing Cooperation Portal");
		assertNoInternals(response.body());
	}

	@Test
	void unexpectedFailureGetsStyledErrorPageWithReferenceButNoDetails() {
		HttpResponse<String> response = this.web.get("/test/explode", "text/html");

		assertThat(response.statusCode()).isEqualTo(500);
		String requestId = response.headers().firstValue("X-Request-Id").orElseThrow();
		assertThat(response.body()).contains("Sorry, there is a problem with the service").contains(requestId);
		assertThat(response.body()).doesNotContain("secret-table").doesNotContain("IllegalStateException");
		assertNoInternals(response.body());
	}

	@Test
	void unexpectedFailureAnswersJsonClientsWithoutDetails() {
		HttpResponse<String> response = this.web.get("/test/explode", "application/json");

		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.body()).doesNotContain("secret-table").doesNotContain("trace").doesNotContain("exception");
	}

	private static void assertNoInternals(String body) {
		assertThat(body).doesNotContain("at com.")
			.doesNotContain("at org.")
			.doesNotContain("Exception")
			.doesNotContain("Whitelabel");
	}

	@TestConfiguration
	@RestController
	static class FailingController {

		@GetMapping("/test/explode")
		String explode() {
			throw new IllegalStateException("select * from secret-table failed");
		}

	}

}
