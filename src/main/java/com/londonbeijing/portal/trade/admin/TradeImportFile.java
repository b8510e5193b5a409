package com.londonbeijing.portal.trade.admin;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads an uploaded file of trade figures into rows of named cells: a CSV (UTF-8, with or
 * without a byte order mark, read with Apache Commons CSV) or the first sheet of an Excel
 * {@code .xlsx} workbook (read with fastexcel-reader, which never evaluates formulas: a
 * cell holding one is marked so that its row is refused). Anything else is refused, and
 * so are files over {@value #MAX_BYTES} bytes or {@value #MAX_ROWS} rows. Nothing is
 * kept.
 */
final class TradeImportFile {

	/** The largest file accepted. */
	static final int MAX_BYTES = 1024 * 1024;

	/** The most figure rows accepted (one a year: far more than any real table). */
	static final int MAX_ROWS = 500;

	/** The required columns, in the template's order. */
	static final List<String> REQUIRED = List.of("year", "uk_exports_to_china_gbp_bn", "uk_imports_from_china_gbp_bn");

	/** The optional columns; an empty cell leaves the stored value as it is. */
	static final List<String> OPTIONAL = List.of("source_title", "source_publisher", "source_url",
			"source_retrieved_on", "notes");

	/** The value a cell with a formula is read as. */
	static final String FORMULA = "\u0000formula";

	/**
	 * A zip's (so an .xlsx's) first four bytes, read as ISO-8859-1; a string, as arrays
	 * are mutable.
	 */
	private static final String ZIP = "PK\u0003\u0004";

	private TradeImportFile() {
	}

	static List<Line> read(byte[] content) throws Refused {
		if (content.length == 0) {
			throw new Refused("trade.import.file.empty");
		}
		if (content.length > MAX_BYTES) {
			throw new Refused("trade.import.file.tooLarge", MAX_BYTES / 1024 / 1024);
		}
		List<List<String>> rows = startsWith(content, ZIP) ? xlsx(content) : csv(content);
		if (rows.isEmpty()) {
			throw new Refused("trade.import.file.empty");
		}
		List<String> header = rows.get(0).stream().map((name) -> name.strip().toLowerCase(Locale.ROOT)).toList();
		for (String column : REQUIRED) {
			if (!header.contains(column)) {
				throw new Refused("trade.import.file.missingColumn", column);
			}
		}
		List<Line> lines = new ArrayList<>();
		for (int i = 1; i < rows.size(); i++) {
			List<String> row = rows.get(i);
			if (row.stream().allMatch(String::isBlank)) {
				continue;
			}
			if (lines.size() == MAX_ROWS) {
				throw new Refused("trade.import.file.tooManyRows", MAX_ROWS);
			}
			Map<String, String> cells = new LinkedHashMap<>();
			for (int column = 0; column < header.size(); column++) {
				if (REQUIRED.contains(header.get(column)) || OPTIONAL.contains(header.get(column))) {
					cells.putIfAbsent(header.get(column), (column < row.size()) ? row.get(column).strip() : "");
				}
			}
			lines.add(new Line(i + 1, cells));
		}
		return lines;
	}

	private static List<List<String>> csv(byte[] content) throws Refused {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new Refused("trade.import.file.notSpreadsheet");
		}
		if (text.indexOf('\u0000') >= 0) {
			throw new Refused("trade.import.file.notSpreadsheet");
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		List<List<String>> rows = new ArrayList<>();
		try (CSVParser parser = CSVFormat.RFC4180.builder().get().parse(new StringReader(text))) {
			for (CSVRecord record : parser) {
				if (rows.size() > MAX_ROWS + 1) {
					throw new Refused("trade.import.file.tooManyRows", MAX_ROWS);
				}
				rows.add(record.toList());
			}
		}
		catch (IOException | IllegalStateException | UncheckedIOException ex) {
			throw new Refused("trade.import.file.badCsv");
		}
		if (!rows.isEmpty() && rows.get(0).size() < 2) {
			// One column: not comma-separated (a text file, or semicolons).
			throw new Refused("trade.import.file.notSpreadsheet");
		}
		return rows;
	}

	private static List<List<String>> xlsx(byte[] content) throws Refused {
		List<List<String>> rows = new ArrayList<>();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content))) {
			Sheet sheet = workbook.getFirstSheet();
			try (Stream<Row> stream = sheet.openStream()) {
				for (Row row : (Iterable<Row>) stream::iterator) {
					if (rows.size() > MAX_ROWS + 1) {
						throw new Refused("trade.import.file.tooManyRows", MAX_ROWS);
					}
					while (rows.size() < row.getRowNum() - 1) {
						rows.add(List.of());
					}
					List<String> cells = new ArrayList<>();
					for (int i = 0; i < row.getCellCount(); i++) {
						cells.add(text(row.getCell(i), rows.isEmpty() ? null : rows.get(0), i));
					}
					rows.add(cells);
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			throw new Refused("trade.import.file.badXlsx");
		}
		return rows;
	}

	private static String text(Cell cell, List<String> header, int column) {
		if (cell == null || cell.getType() == CellType.EMPTY) {
			return "";
		}
		if (cell.getType() == CellType.FORMULA) {
			return FORMULA;
		}
		if (cell.getType() == CellType.NUMBER) {
			boolean dateColumn = header != null && column < header.size()
					&& "source_retrieved_on".equalsIgnoreCase(header.get(column).strip());
			return dateColumn ? cell.asDate().toLocalDate().toString() : cell.asNumber().toPlainString();
		}
		return (cell.getText() != null) ? cell.getText() : "";
	}

	private static boolean startsWith(byte[] content, String prefix) {
		return content.length >= prefix.length()
				&& new String(content, 0, prefix.length(), StandardCharsets.ISO_8859_1).equals(prefix);
	}

	/**
	 * One line of the file.
	 *
	 * @param line its line (CSV) or row (sheet) number, counting the header as 1
	 * @param cells the cells by column name (lower case), blank cells as empty strings
	 */
	record Line(int line, Map<String, String> cells) {

	}

	/** The file as a whole cannot be read; the message key says why. */
	static final class Refused extends Exception {

		private final String code;

		private final Object[] arguments;

		Refused(String code, Object... arguments) {
			super(code);
			this.code = code;
			this.arguments = arguments;
		}

		String code() {
			return this.code;
		}

		Object[] arguments() {
			return this.arguments;
		}

	}

}
