package com.londonbeijing.portal.web.request;

import java.net.http.HttpResponse;
import java.util.Map;

import com.londonbeijing.portal.test.PortalIntegrationTest;
import com.londonbeijing.portal.test.WebClient;
import com.londonbeijing.portal.test.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each request leaves one log line with its method, path, status, duration and request
 * id, the id that error pages show, so a visitor's report leads to its line.
 */
@PortalIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class RequestLogTests {

	@LocalServerPort
	int port;

	@Test
	void eachRequestIsLoggedOnceWithMethodPathStatusDurationAndRequestId(CapturedOutput output) {
		HttpResponse<String> page = new WebClient(this.port).get("/trade?view=table");
		String requestId = page.headers().firstValue("X-Request-Id").orElseThrow();
		awaitLine(output, requestId);

		assertThat(output.getOut().lines().filter((line) -> line.contains("[" + requestId + "]")))
			.filteredOn((line) -> line.contains("RequestLog"))
			.singleElement()
			.asString()
			.matches(".*GET /trade\\?view=table 200 \\d+ ms$");
	}

	/**
	 * The line shows the address the visitor asked for: the request log runs before the
	 * language filter takes the prefix off ({@link FilterOrder}).
	 */
	@Test
	void chinesePagesAreLoggedAtTheAddressTheVisitorAskedFor(CapturedOutput output) {
		HttpResponse<String> page = new WebClient(this.port).get("/zh/meetings?page=1");
		String requestId = page.headers().firstValue("X-Request-Id").orElseThrow();
		awaitLine(output, requestId);

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(output.getOut().lines().filter((line) -> line.contains("[" + requestId + "]")))
			.filteredOn((line) -> line.contains("RequestLog"))
			.singleElement()
			.asString()
			.matches(".*GET /zh/meetings\\?page=1 200 \\d+ ms$");
	}

	@Test
	void errorPagesShowTheRequestIdOfTheirLogLine(CapturedOutput output) {
		HttpResponse<String> missing = new WebClient(this.port).get("/no-such-page");
		String requestId = missing.headers().firstValue("X-Request-Id").orElseThrow();

		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.body()).contains("<code>" + requestId + "</code>");
		awaitLine(output, requestId);
		assertThat(output.getOut()).containsPattern("\\[" + requestId + "\\].*GET /no-such-page 404 \\d+ ms");
	}

	@Test
	void formPostsAreLoggedWithoutTheirFields(CapturedOutput output) {
		WebSession visitor = new WebSession(this.port);
		visitor.get("/login");

		// A failed sign-in: the form comes back in the answer to the POST.
		HttpResponse<String> response = visitor.post("/login",
				Map.of("username", "nobody-logged", "password", "Typed-Secret-0815"));

		String requestId = response.headers().firstValue("X-Request-Id").orElseThrow();
		assertThat(output.getOut()).containsPattern("\\[" + requestId + "\\].*POST /login 200 \\d+ ms")
			.doesNotContain("Typed-Secret-0815");
	}

	@Test
	void lineBreaksCannotForgeLogLinesAndLongAddressesAreCut() {
		MockHttpServletRequest forged = new MockHttpServletRequest("GET", "/trade\nINFO forged");
		MockHttpServletRequest longQuery = new MockHttpServletRequest("GET", "/meetings");
		longQuery.setQueryString("q=" + "x".repeat(1000));

		assertThat(RequestLog.target(forged)).isEqualTo("/trade?INFO forged");
		assertThat(RequestLog.target(longQuery)).hasSize(RequestLog.MAX_LOGGED_TARGET + 1).endsWith("x…");
	}

	/**
	 * Waits up to 5 s for the request's log line: it is written once the response has
	 * been sent, so the client may have it before the line is out.
	 */
	private static void awaitLine(CapturedOutput output, String requestId) {
		long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(5);
		while (System.nanoTime() < deadline && output.getOut()
			.lines()
			.noneMatch((line) -> line.contains("[" + requestId + "]") && line.contains("RequestLog"))) {
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

}
