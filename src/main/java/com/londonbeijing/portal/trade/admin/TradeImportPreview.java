package com.londonbeijing.portal.trade.admin;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What an import would do, row by row, kept in the editor's session until they confirm or
 * cancel: the parsed values only, never the file.
 *
 * @param token the preview's random key
 * @param fileName the uploaded file's name, for the page
 * @param rows every row of the file
 */
public record TradeImportPreview(String token, String fileName, List<Row> rows) implements Serializable {

	public TradeImportPreview {
		rows = List.copyOf(rows);
	}

	public long count(Outcome outcome) {
		return this.rows.stream().filter((row) -> row.outcome() == outcome).count();
	}

	public long newCount() {
		return count(Outcome.NEW);
	}

	public long changedCount() {
		return count(Outcome.CHANGED);
	}

	public long unchangedCount() {
		return count(Outcome.UNCHANGED);
	}

	public long refusedCount() {
		return count(Outcome.REFUSED);
	}

	/** Whether confirming would change anything. */
	public boolean hasChanges() {
		return count(Outcome.NEW) + count(Outcome.CHANGED) > 0;
	}

	/** What happens to one row. */
	public enum Outcome {

		/** A year not stored yet: added, published. */
		NEW,

		/** A stored year whose values differ: changed. */
		CHANGED,

		/** A stored year with the same values: left alone. */
		UNCHANGED,

		/** Not imported, for the reason given. */
		REFUSED

	}

	/**
	 * One row.
	 *
	 * @param line the line in the file
	 * @param year the year, or {@code null} when unreadable
	 * @param exports the exports, or {@code null} when refused
	 * @param imports the imports, or {@code null} when refused
	 * @param source the source fields given (blank ones leave the stored value)
	 * @param outcome what happens to it
	 * @param oldExports the stored exports for a changed row
	 * @param oldImports the stored imports for a changed row
	 * @param reason the message key of the refusal, with {@code argument}
	 * @param argument the argument of the refusal message, or {@code null}
	 */
	public record Row(int line, Integer year, BigDecimal exports, BigDecimal imports, Source source, Outcome outcome,
			BigDecimal oldExports, BigDecimal oldImports, String reason, String argument) implements Serializable {

		public boolean exportsChanged() {
			return this.oldExports != null && this.oldExports.compareTo(this.exports) != 0;
		}

		public boolean importsChanged() {
			return this.oldImports != null && this.oldImports.compareTo(this.imports) != 0;
		}

	}

	/**
	 * The optional source fields of a row; {@code null} where the cell was empty.
	 *
	 * @param title the source's title
	 * @param publisher its publisher
	 * @param url its address
	 * @param retrievedOn when the figures were taken from it
	 * @param notes notes
	 */
	public record Source(String title, String publisher, String url, LocalDate retrievedOn,
			String notes) implements Serializable {

	}

}
