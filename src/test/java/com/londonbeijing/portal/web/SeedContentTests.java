package com.londonbeijing.portal.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.londonbeijing.portal.test.PortalIntegrationTest;
import com.londonbeijing.portal.test.WebClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every piece of the seed document (a copy lives in src/test/resources/seed) reaches the
 * site, and a visitor can find it from the home page by following links only.
 */
@PortalIntegrationTest
class SeedContentTests {

	private static final int MAX_PAGES = 200;

	@LocalServerPort
	int port;

	@Test
	void everyPieceOfTheSeedDocumentIsReachableFromTheHomePage() throws IOException {
		String site = normalise(crawlFromHome());

		List<String> missing = seedPieces().stream().filter((piece) -> !site.contains(normalise(piece))).toList();

		assertThat(missing).as("seed text not found on any page reachable from /").isEmpty();
	}

	@Test
	void seedPiecesAreReadFromTheWholeDocument() throws IOException {
		List<String> pieces = seedPieces();

		assertThat(pieces).contains("Access to a diverse academic ecosystem", "2021", "55.7", "Fintech Hub",
				"Global outreach for startups", "If you’re a business or educational institution looking",
				"Strengthening UK-China Relations: A New Chapter");
		assertThat(pieces).hasSizeGreaterThan(60);
	}

	private String crawlFromHome() {
		WebClient web = new WebClient(this.port);
		Set<String> seen = new LinkedHashSet<>();
		Deque<String> queue = new ArrayDeque<>(List.of("/"));
		StringBuilder text = new StringBuilder();
		while (!queue.isEmpty() && seen.size() < MAX_PAGES) {
			String path = queue.poll();
			if (!seen.add(path)) {
				continue;
			}
			HttpResponse<String> response = web.get(path);
			assertThat(response.statusCode()).as("status of " + path).isEqualTo(200);
			String type = response.headers().firstValue("Content-Type").orElse("");
			if (!type.startsWith("text/html")) {
				text.append('\n').append(response.body());
				continue;
			}
			Document page = Jsoup.parse(response.body(), "http://localhost:" + this.port + path);
			page.select("main").forEach((main) -> text.append('\n').append(main.wholeText()));
			for (Element link : page.select("a[href]")) {
				String href = link.attr("href");
				if (href.startsWith("/") && !href.startsWith("//") && !href.startsWith("/actuator")) {
					String target = href.replaceAll("#.*$", "");
					if (!target.isEmpty() && !seen.contains(target)) {
						queue.add(target);
					}
				}
			}
		}
		return text.toString();
	}

	/**
	 * Splits the seed document into the pieces that must appear: each line of prose, each
	 * list item, each table cell, headings without their Markdown markers.
	 */
	static List<String> seedPieces() throws IOException {
		List<String> pieces = new ArrayList<>();
		try (InputStream in = SeedContentTests.class.getResourceAsStream("/seed/london-beijing-cooperation.txt")) {
			String document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			for (String raw : document.split("\\R")) {
				String line = raw.strip();
				if (line.isEmpty() || line.startsWith("“`") || line.matches("[-|\\s]+")) {
					continue;
				}
				if (line.contains("|")) {
					for (String cell : line.split("\\|")) {
						if (!cell.isBlank()) {
							pieces.add(cell.strip());
						}
					}
					continue;
				}
				pieces.add(line.replaceFirst("^(#+|-|\\d+\\.)\\s+", ""));
			}
		}
		return pieces;
	}

	private static String normalise(String text) {
		return text.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

}
