package com.londonbeijing.portal.trade.admin;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.londonbeijing.portal.database.ContentVersion;
import com.londonbeijing.portal.editing.Editorial;
import com.londonbeijing.portal.history.ChangeNote;
import com.londonbeijing.portal.support.ContentStatus;
import com.londonbeijing.portal.trade.TradeFigure;
import com.londonbeijing.portal.trade.TradeFigureRepository;
import com.londonbeijing.portal.trade.admin.TradeImportPreview.Outcome;
import com.londonbeijing.portal.trade.admin.TradeImportPreview.Row;
import com.londonbeijing.portal.trade.admin.TradeImportPreview.Source;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Importing trade figures from a file in two steps: {@link #preview} reads the file and
 * compares each row with the stored figures without storing anything; {@link #apply}
 * stores every new and changed row in one transaction with one change note. The database
 * then records revisions of published figures and one new dataset version.
 */
@Service
public class TradeImport {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final BigDecimal LIMIT = new BigDecimal("10000000000");

	private final TradeFigureRepository figures;

	private final TransactionTemplate transaction;

	private final ContentVersion contentVersion;

	private final Editorial editorial;

	TradeImport(TradeFigureRepository figures, TransactionTemplate transaction, ContentVersion contentVersion,
			Editorial editorial) {
		this.editorial = editorial;
		this.figures = figures;
		this.transaction = transaction;
		this.contentVersion = contentVersion;
	}

	/**
	 * Reads a file and says what importing it would do.
	 * @param fileName the file's name as uploaded
	 * @param content the file's bytes
	 * @return the preview
	 * @throws TradeImportFile.Refused if the file cannot be read at all
	 */
	public TradeImportPreview preview(String fileName, byte[] content) throws TradeImportFile.Refused {
		List<TradeImportFile.Line> lines = TradeImportFile.read(content);
		Map<Integer, TradeFigure> stored = this.transaction.execute((status) -> this.figures.findAllByOrderByYearAsc()
			.stream()
			.collect(Collectors.toMap(TradeFigure::getYear, Function.identity())));
		Map<Integer, Integer> seen = new HashMap<>();
		List<Row> rows = new ArrayList<>();
		for (TradeImportFile.Line line : lines) {
			rows.add(row(line, stored, seen));
		}
		return new TradeImportPreview(HexFormat.of().formatHex(token()), (fileName != null) ? fileName : "", rows);
	}

	private static byte[] token() {
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		return bytes;
	}

	private static Row row(TradeImportFile.Line line, Map<Integer, TradeFigure> stored, Map<Integer, Integer> seen) {
		Map<String, String> cells = line.cells();
		if (cells.containsValue(TradeImportFile.FORMULA)) {
			return refused(line, null, "trade.import.refused.formula", null);
		}
		String yearText = cells.getOrDefault("year", "");
		int thisYear = Year.now(ZoneId.of("Europe/London")).getValue();
		if (!yearText.matches("\\d{4}") || Integer.parseInt(yearText) < 1950 || Integer.parseInt(yearText) > thisYear) {
			return refused(line, null, "trade.import.refused.year", String.valueOf(thisYear));
		}
		int year = Integer.parseInt(yearText);
		Integer firstLine = seen.putIfAbsent(year, line.line());
		if (firstLine != null) {
			return refused(line, year, "trade.import.refused.duplicate", String.valueOf(firstLine));
		}
		Object exports = amount(cells.getOrDefault("uk_exports_to_china_gbp_bn", ""));
		if (exports instanceof String reason) {
			return refused(line, year, reason, "uk_exports_to_china_gbp_bn");
		}
		Object imports = amount(cells.getOrDefault("uk_imports_from_china_gbp_bn", ""));
		if (imports instanceof String reason) {
			return refused(line, year, reason, "uk_imports_from_china_gbp_bn");
		}
		for (Map.Entry<String, Integer> limit : Map
			.of("source_title", 300, "source_publisher", 200, "source_url", 2000, "notes", 2000)
			.entrySet()) {
			if (cells.getOrDefault(limit.getKey(), "").length() > limit.getValue()) {
				return refused(line, year, "trade.import.refused.tooLong", limit.getKey());
			}
		}
		String url = blankToNull(cells.get("source_url"));
		if (url != null && !url.matches("https?://\\S+")) {
			return refused(line, year, "trade.import.refused.url", null);
		}
		LocalDate retrievedOn = null;
		String date = blankToNull(cells.get("source_retrieved_on"));
		if (date != null) {
			try {
				retrievedOn = LocalDate.parse(date);
			}
			catch (DateTimeParseException ex) {
				return refused(line, year, "trade.import.refused.date", null);
			}
			if (retrievedOn.isAfter(LocalDate.now(ZoneId.of("Europe/London")))) {
				return refused(line, year, "trade.import.refused.date", null);
			}
		}
		Source source = new Source(blankToNull(cells.get("source_title")), blankToNull(cells.get("source_publisher")),
				url, retrievedOn, blankToNull(cells.get("notes")));
		BigDecimal newExports = (BigDecimal) exports;
		BigDecimal newImports = (BigDecimal) imports;
		TradeFigure figure = stored.get(year);
		if (figure == null) {
			return new Row(line.line(), year, newExports, newImports, source, Outcome.NEW, null, null, null, null);
		}
		boolean same = figure.getExports().compareTo(newExports) == 0 && figure.getImports().compareTo(newImports) == 0
				&& sourceUnchanged(figure, source);
		return new Row(line.line(), year, newExports, newImports, source, same ? Outcome.UNCHANGED : Outcome.CHANGED,
				figure.getExports(), figure.getImports(), null, null);
	}

	private static boolean sourceUnchanged(TradeFigure figure, Source source) {
		return (source.title() == null || source.title().equals(figure.getSourceTitle()))
				&& (source.publisher() == null || source.publisher().equals(figure.getSourcePublisher()))
				&& (source.url() == null || source.url().equals(figure.getSourceUrl()))
				&& (source.retrievedOn() == null || source.retrievedOn().equals(figure.getSourceRetrievedOn()))
				&& (source.notes() == null || source.notes().equals(figure.getNotes()));
	}

	/** A {@link BigDecimal}, or the message key saying why the text is not one. */
	private static Object amount(String text) {
		if (text.isBlank()) {
			return "trade.import.refused.missing";
		}
		if (!text.matches("[+-]?\\d+(\\.\\d+)?")) {
			return "trade.import.refused.number";
		}
		BigDecimal value = new BigDecimal(text);
		if (value.signum() < 0 || value.compareTo(LIMIT) >= 0) {
			return "trade.import.refused.range";
		}
		if (value.stripTrailingZeros().scale() > 2) {
			return "trade.import.refused.decimals";
		}
		return value;
	}

	private static Row refused(TradeImportFile.Line line, Integer year, String reason, String argument) {
		return new Row(line.line(), year, null, null, null, Outcome.REFUSED, null, null, reason, argument);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

	/**
	 * Stores every new and changed row of a preview in one transaction, with one change
	 * note; new years are published.
	 * @param preview the confirmed preview
	 * @param note the change note, may be blank
	 * @param notePublic whether visitors may see the note
	 * @throws ChangedMeanwhileException if a stored figure changed since the preview
	 */
	public void apply(TradeImportPreview preview, String note, boolean notePublic) {
		// The import publishes figures at once: editors only.
		this.editorial.requireMayPublish();
		ChangeNote.during(note, notePublic, () -> this.transaction.execute((status) -> {
			this.contentVersion.changing();
			Map<Integer, TradeFigure> stored = this.figures.findAllByOrderByYearAsc()
				.stream()
				.collect(Collectors.toMap(TradeFigure::getYear, Function.identity()));
			for (Row row : preview.rows()) {
				if (row.outcome() != Outcome.NEW && row.outcome() != Outcome.CHANGED) {
					continue;
				}
				TradeFigure figure = stored.get(row.year());
				if ((row.outcome() == Outcome.NEW) != (figure == null)
						|| (figure != null && (!Objects.equals(figure.getExports().compareTo(row.oldExports()), 0)
								|| !Objects.equals(figure.getImports().compareTo(row.oldImports()), 0)))) {
					throw new ChangedMeanwhileException();
				}
				if (figure == null) {
					figure = new TradeFigure(row.year(), row.exports(), row.imports());
					figure.setStatus(ContentStatus.PUBLISHED);
				}
				figure.setExports(row.exports());
				figure.setImports(row.imports());
				Source source = row.source();
				if (source.title() != null) {
					figure.setSourceTitle(source.title());
				}
				if (source.publisher() != null) {
					figure.setSourcePublisher(source.publisher());
				}
				if (source.url() != null) {
					figure.setSourceUrl(source.url());
				}
				if (source.retrievedOn() != null) {
					figure.setSourceRetrievedOn(source.retrievedOn());
				}
				if (source.notes() != null) {
					figure.setNotes(source.notes());
				}
				this.figures.save(figure);
			}
			return null;
		}));
	}

	/** Someone changed the stored figures between the preview and the confirmation. */
	public static class ChangedMeanwhileException extends RuntimeException {

		ChangedMeanwhileException() {
			super("Trade figures changed since the import preview");
		}

	}

}
