package com.londonbeijing.portal.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * A plain HTTP client for whole-application tests: sees exactly what a browser gets,
 * without following redirects.
 */
public final class WebClient {

	private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	private final HttpClient client = HttpClient.newHttpClient();

	private final String base;

	public WebClient(int port) {
		this.base = "http://localhost:" + port;
	}

	/** GETs a path as a browser would, asking for HTML first. */
	public HttpResponse<String> get(String path) {
		return get(path, BROWSER_ACCEPT);
	}

	public HttpResponse<String> get(String path, String accept) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path)).header("Accept", accept).GET().build());
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

}
