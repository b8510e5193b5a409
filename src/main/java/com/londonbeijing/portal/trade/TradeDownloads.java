package com.londonbeijing.portal.trade;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The bytes of the trade downloads: the CSV with a byte order mark, so that Excel reads
 * it as UTF-8 (and shows £ in a source's title rather than mojibake), and the zip of CSV,
 * JSON, metadata and a short README.
 */
final class TradeDownloads {

	/** UTF-8's byte order mark: Excel needs it to open a CSV as UTF-8. */
	static final String BOM = "\uFEFF";

	private TradeDownloads() {
	}

	static byte[] csv(TradeDataset dataset) {
		return (BOM + TradeCsv.of(dataset.statistics())).getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * The zip of one version's files.
	 * @param dataset the version
	 * @param json its JSON, as served
	 * @param metadata its metadata, as served
	 * @param readme its README
	 * @return the zip's bytes
	 */
	static byte[] zip(TradeDataset dataset, byte[] json, byte[] metadata, String readme) {
		String base = TradeController.fileName(dataset, "");
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			add(zip, "README.txt", readme.getBytes(StandardCharsets.UTF_8));
			add(zip, base + "csv", csv(dataset));
			add(zip, base + "json", json);
			add(zip, base + "metadata.json", metadata);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static void add(ZipOutputStream zip, String name, byte[] content) throws IOException {
		ZipEntry entry = new ZipEntry(name);
		// A fixed time, so the same version always gives the same bytes.
		entry.setTime(0);
		zip.putNextEntry(entry);
		zip.write(content);
		zip.closeEntry();
	}

	/**
	 * The zip's README: what the files are, the columns, source, licence and citation.
	 */
	static String readme(TradeMetadata metadata, TradeDataset dataset) {
		String crlf = "\r\n";
		StringBuilder text = new StringBuilder();
		text.append(metadata.title()).append(crlf);
		if (metadata.version() != null) {
			text.append("Version ").append(metadata.version());
			if (metadata.lastUpdated() != null) {
				text.append(", published ").append(metadata.lastUpdated());
			}
			text.append(crlf);
		}
		text.append(crlf).append(metadata.description()).append(crlf).append(crlf);
		String base = TradeController.fileName(dataset, "");
		text.append("Files")
			.append(crlf)
			.append("  ")
			.append(base)
			.append("csv            the figures, one row per year (UTF-8, comma-separated)")
			.append(crlf)
			.append("  ")
			.append(base)
			.append("json           the same figures, with units, sources and revisions")
			.append(crlf)
			.append("  ")
			.append(base)
			.append("metadata.json  title, units, definitions, source, licence, citation")
			.append(crlf)
			.append(crlf);
		text.append("Columns").append(crlf);
		for (TradeMetadata.Field field : metadata.fields()) {
			text.append("  ")
				.append(field.name())
				.append(" (")
				.append(field.unit())
				.append("): ")
				.append(field.definition())
				.append(crlf);
		}
		text.append(crlf).append("Sources").append(crlf);
		if (metadata.sources().isEmpty()) {
			text.append("  None recorded.").append(crlf);
		}
		for (TradeJson.Source source : metadata.sources()) {
			text.append("  ").append(String.join(", ", nonNull(source.title(), source.publisher(), source.url())));
			if (source.retrievedOn() != null) {
				text.append(" (retrieved ").append(source.retrievedOn()).append(')');
			}
			text.append(crlf);
		}
		text.append(crlf)
			.append("Licence: ")
			.append(metadata.licence().name())
			.append(", ")
			.append(metadata.licence().url())
			.append(crlf);
		text.append(crlf).append("Cite as: ").append(metadata.citation()).append(crlf);
		return text.toString();
	}

	private static List<String> nonNull(String... values) {
		return Arrays.stream(values).filter((value) -> value != null && !value.isBlank()).toList();
	}

}
