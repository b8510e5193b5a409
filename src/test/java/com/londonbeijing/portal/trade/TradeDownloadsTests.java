package com.londonbeijing.portal.trade;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.londonbeijing.portal.test.PortalIntegrationTest;
import com.londonbeijing.portal.test.WebClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trade downloads carry their context: a CSV that Excel opens as UTF-8, a metadata
 * file with units, definitions, source, licence, citation and version, and a zip of
 * everything with a README.
 */
@PortalIntegrationTest
class TradeDownloadsTests {

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	WebClient web;

	@BeforeEach
	void setUp() {
		this.web = new WebClient(this.port);
	}

	@Test
	void csvStartsWithAByteOrderMarkSoExcelReadsUtf8() throws Exception {
		byte[] csv = bytes("/trade.csv");

		assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
		assertThat(new String(csv, StandardCharsets.UTF_8).substring(1)).startsWith(TradeCsv.HEADER + "\r\n");
	}

	@Test
	void metadataGivesUnitsDefinitionsSourceLicenceCitationAndVersion() {
		int version = this.jdbc.queryForObject("SELECT max(number) FROM trade_dataset_version", Integer.class);
		String today = LocalDate.now(ZoneId.of("Europe/London"))
			.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));

		JsonNode metadata = this.json.readTree(this.web.get("/trade.metadata.json").body());

		assertThat(metadata.path("title").asString()).startsWith("UK–China trade");
		assertThat(metadata.path("version").asInt()).isEqualTo(version);
		assertThat(metadata.path("current_version").asInt()).isEqualTo(version);
		assertThat(metadata.path("last_updated").asString()).isNotBlank();
		assertThat(metadata.path("units").path("currency").asString()).isEqualTo("GBP");
		assertThat(metadata.path("fields").findValuesAsString("name")).containsExactly(TradeCsv.HEADER.split(","));
		assertThat(metadata.path("fields").get(4).path("definition").asString()).contains("negative is a deficit");
		assertThat(metadata.path("sources").get(0).path("title").asString()).contains("Forging a Future Together");
		assertThat(metadata.path("licence").path("name").asString()).isEqualTo("Open Government Licence v3.0");
		assertThat(metadata.path("licence").path("url").asString())
			.isEqualTo("https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/");
		String base = "http://localhost:" + this.port;
		assertThat(metadata.path("url").asString()).isEqualTo(base + "/trade/versions/" + version);
		assertThat(metadata.path("citation").asString()).startsWith("London–Beijing Cooperation Portal (")
			.contains("UK–China trade: UK exports to China and imports from China, version " + version + ". ")
			.contains(base + "/trade/versions/" + version + " (retrieved " + today + ")")
			.endsWith("Licence: Open Government Licence v3.0.");
		assertThat(metadata.path("downloads").path("zip").asString())
			.isEqualTo(base + "/trade/versions/" + version + ".zip");
	}

	@Test
	void olderVersionsHaveTheirOwnMetadata() {
		JsonNode metadata = this.json.readTree(this.web.get("/trade/versions/1.metadata.json").body());

		assertThat(metadata.path("version").asInt()).isEqualTo(1);
		assertThat(metadata.path("downloads").path("csv").asString()).endsWith("/trade/versions/1.csv");
		assertThat(this.web.get("/trade/versions/x.metadata.json").statusCode()).isEqualTo(404);
	}

	@Test
	void zipHoldsTheCsvJsonMetadataAndAReadme() throws Exception {
		int version = this.jdbc.queryForObject("SELECT max(number) FROM trade_dataset_version", Integer.class);
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/trade.zip")).build(),
					HttpResponse.BodyHandlers.ofByteArray());

		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/zip");
		assertThat(response.headers().firstValue("Content-Disposition"))
			.hasValue("attachment; filename=\"uk-china-trade-v" + version + ".zip\"");
		Map<String, String> files = unzip(response.body());
		String name = "uk-china-trade-v" + version;
		assertThat(files.keySet()).containsExactly("README.txt", name + ".csv", name + ".json",
				name + ".metadata.json");
		assertThat(files.get(name + ".csv")).isEqualTo(this.web.get("/trade.csv").body());
		assertThat(this.json.readTree(files.get(name + ".json")).path("years").size()).isEqualTo(3);
		assertThat(this.json.readTree(files.get(name + ".metadata.json")).path("licence").path("name").asString())
			.isEqualTo("Open Government Licence v3.0");
		assertThat(files.get("README.txt")).contains("Version " + version)
			.contains("balance_gbp_bn (GBP billion): Exports minus imports")
			.contains("Licence: Open Government Licence v3.0")
			.contains("Cite as: London–Beijing Cooperation Portal");
	}

	private byte[] bytes(String path) throws IOException, InterruptedException {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.ofByteArray())
			.body();
	}

	private static Map<String, String> unzip(byte[] zip) throws IOException {
		Map<String, String> files = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		return files;
	}

}
