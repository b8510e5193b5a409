package com.londonbeijing.portal.web;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.londonbeijing.portal.test.PortalInstance;
import com.londonbeijing.portal.test.TestDatabaseConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Stopping an instance (SIGTERM, a redeploy) lets requests in flight finish, database
 * write included, while new connections are refused, so that a load balancer sends them
 * elsewhere and no edit being saved is lost.
 */
class GracefulShutdownTests {

	static final CountDownLatch entered = new CountDownLatch(1);

	static final CountDownLatch release = new CountDownLatch(1);

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void requestInFlightFinishesWhileNewConnectionsAreRefused() throws Exception {
		PortalInstance instance = PortalInstance.start(Map.of(), TestDatabaseConfiguration.class, SlowSave.class);
		int port = instance.port();
		CompletableFuture<HttpResponse<String>> inFlight = this.client.sendAsync(request(port, "/test/slow-save"),
				HttpResponse.BodyHandlers.ofString());
		assertThat(entered.await(30, TimeUnit.SECONDS)).as("slow request started").isTrue();

		CompletableFuture<Void> shutdown = CompletableFuture.runAsync(instance::close);
		awaitRefusal(port);
		assertThat(shutdown).as("still draining").isNotDone();
		release.countDown();

		HttpResponse<String> response = inFlight.get(30, TimeUnit.SECONDS);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("saved 1");
		shutdown.get(30, TimeUnit.SECONDS);
		assertThat(instance.context().isActive()).isFalse();
	}

	/** Waits until the instance stops accepting new connections, and proves it does. */
	private static void awaitRefusal(int port) throws InterruptedException {
		long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
		while (System.nanoTime() < giveUp && accepts(port)) {
			Thread.sleep(50);
		}
		assertThatExceptionOfType(ConnectException.class).isThrownBy(() -> new Socket("localhost", port).close());
	}

	private static boolean accepts(int port) {
		try (Socket socket = new Socket("localhost", port)) {
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static HttpRequest request(int port, String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(30))
			.GET()
			.build();
	}

	/** A save that holds on until the test lets it finish. */
	@TestConfiguration(proxyBeanMethods = false)
	@RestController
	static class SlowSave {

		private final JdbcClient jdbc;

		SlowSave(JdbcClient jdbc) {
			this.jdbc = jdbc;
		}

		@GetMapping("/test/slow-save")
		@Transactional
		String save() throws InterruptedException {
			entered.countDown();
			release.await(60, TimeUnit.SECONDS);
			this.jdbc.sql("INSERT INTO login_failure (username, client_address) VALUES ('graceful', '2001:db8::1')")
				.update();
			return "saved " + this.jdbc.sql("SELECT count(*) FROM login_failure WHERE username = 'graceful'")
				.query(Long.class)
				.single();
		}

	}

}
