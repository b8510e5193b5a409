package com.londonbeijing.portal.trade;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The trade figures as JSON, with the same names and numbers as the CSV, and the units
 * and sources a reader needs to use them. Numbers are JSON numbers carrying the exact
 * decimals; a change that does not apply is {@code null}. It says which dataset version
 * it holds and lists the revisions up to it.
 */
record TradeJson(Integer version, @JsonProperty("current_version") Integer currentVersion, Units units,
		@JsonProperty("latest_year") Integer latestYear, List<Source> sources, List<Year> years,
		List<Revision> revisions) {

	static final Units UNITS = new Units("GBP", "billion",
			"percent change on the previous calendar year, rounded half up to 1 decimal place");

	static TradeJson of(TradeDataset dataset) {
		TradeStatistics statistics = dataset.statistics();
		return new TradeJson((dataset.version() > 0) ? dataset.version() : null,
				(dataset.currentVersion() > 0) ? dataset.currentVersion() : null, UNITS,
				statistics.latest().map(TradeYear::year).orElse(null),
				statistics.sources().stream().map(Source::of).toList(),
				statistics.years().stream().map(Year::of).toList(),
				dataset.revisions().all().stream().map(Revision::of).toList());
	}

	record Units(String currency, String scale, @JsonProperty("change_pct") String changePct) {

	}

	record Source(String title, String publisher, String url, @JsonProperty("retrieved_on") LocalDate retrievedOn,
			String notes) {

		static Source of(TradeSource source) {
			return new Source(source.title(), source.publisher(), source.url(), source.retrievedOn(), source.notes());
		}

	}

	/**
	 * A revised published figure: {@code series} is {@code exports} or {@code imports}.
	 */
	record Revision(int year, String series, @JsonProperty("previous_value") BigDecimal previousValue,
			@JsonProperty("new_value") BigDecimal newValue, @JsonProperty("revised_at") Instant revisedAt, String note,
			Integer version) {

		static Revision of(TradeRevision revision) {
			return new Revision(revision.getYear(), revision.getSeries().name().toLowerCase(Locale.ROOT),
					revision.getOldValue(), revision.getNewValue(), revision.getRevisedAt(), revision.getNote(),
					revision.getVersionNumber());
		}

	}

	record Year(int year, @JsonProperty("uk_exports_to_china_gbp_bn") BigDecimal exports,
			@JsonProperty("uk_imports_from_china_gbp_bn") BigDecimal imports,
			@JsonProperty("total_trade_gbp_bn") BigDecimal total, @JsonProperty("balance_gbp_bn") BigDecimal balance,
			@JsonProperty("exports_change_pct") BigDecimal exportsChange,
			@JsonProperty("imports_change_pct") BigDecimal importsChange) {

		static Year of(TradeYear year) {
			return new Year(year.year(), year.exports(), year.imports(), year.total(), year.balance(),
					year.exportsChange(), year.importsChange());
		}

	}

}
