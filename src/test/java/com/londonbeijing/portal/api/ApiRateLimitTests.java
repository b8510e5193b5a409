package com.londonbeijing.portal.api;

import java.net.http.HttpResponse;

import com.londonbeijing.portal.test.PortalIntegrationTest;
import com.londonbeijing.portal.test.WebClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client calling the API more often than {@code PORTAL_API_REQUESTS_PER_MINUTE} is
 * asked to wait, politely and machine-readably; the pages are not limited.
 */
@PortalIntegrationTest
@TestPropertySource(properties = "portal.api.requests-per-minute=5")
class ApiRateLimitTests {

	@LocalServerPort
	int port;

	@Test
	void aClientOverTheLimitIsToldHowLongToWait() {
		WebClient web = new WebClient(this.port);
		int answered = 0;
		HttpResponse<String> refused = null;
		// Two calendar minutes allow at most 10, so the 11th request is refused even if
		// the test runs across a minute's end.
		for (int i = 0; i < 11 && refused == null; i++) {
			HttpResponse<String> response = web.get("/api/v1/topics", "application/json");
			if (response.statusCode() == 429) {
				refused = response;
			}
			else {
				assertThat(response.statusCode()).isEqualTo(200);
				answered++;
			}
		}

		assertThat(answered).isGreaterThanOrEqualTo(5);
		assertThat(refused).isNotNull();
		assertThat(Integer.parseInt(refused.headers().firstValue("Retry-After").orElseThrow())).isBetween(1, 60);
		assertThat(refused.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = JsonMapper.builder().build().readTree(refused.body());
		assertThat(problem.get("status").asInt()).isEqualTo(429);
		assertThat(problem.get("title").asString()).isEqualTo("Too many requests");
		assertThat(web.get("/meetings").statusCode()).isEqualTo(200);
	}

}
