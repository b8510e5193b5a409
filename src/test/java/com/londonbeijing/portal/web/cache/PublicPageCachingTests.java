package com.londonbeijing.portal.web.cache;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.londonbeijing.portal.test.PortalIntegrationTest;
import com.londonbeijing.portal.test.WebClient;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Browsers revalidate public pages cheaply (ETag, 304) while admin pages are never kept.
 */
@PortalIntegrationTest
class PublicPageCachingTests {

	@LocalServerPort
	int port;

	@Test
	void unchangedPublicPageAnswers304ToARevalidation() throws Exception {
		HttpResponse<String> first = new WebClient(this.port).get("/trade");
		String etag = first.headers().firstValue("ETag").orElseThrow();
		assertThat(first.headers().firstValue("Cache-Control")).contains("private, no-cache");

		HttpResponse<String> second = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/trade"))
				.header("If-None-Match", etag)
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(second.statusCode()).isEqualTo(304);
		assertThat(second.body()).isEmpty();
	}

	@Test
	void signInAndAdminPagesAreNeverStored() {
		HttpResponse<String> login = new WebClient(this.port).get("/login");

		assertThat(login.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((value) -> assertThat(value).contains("no-store"));
		assertThat(login.headers().firstValue("ETag")).isEmpty();
	}

}
