package com.londonbeijing.portal.trade;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What a reader needs to use the trade figures without the page
 * ({@code trade.metadata.json}, as Our World in Data and the ONS publish beside their
 * data): title, units, the definition of every column, sources, licence, citation,
 * version and last update. Field names are stable.
 *
 * @param title the dataset's title
 * @param description what it holds
 * @param version the version described
 * @param currentVersion the newest version
 * @param lastUpdated when this version was published (or the figures last changed)
 * @param url the permanent address of this version's page
 * @param units the units of the values
 * @param fields the columns of the CSV (and fields of the JSON's years), in order
 * @param sources where the figures come from
 * @param licence the licence of reuse
 * @param citation a citation to copy
 * @param downloads the addresses of this version's files
 */
record TradeMetadata(String title, String description, Integer version,
		@JsonProperty("current_version") Integer currentVersion, @JsonProperty("last_updated") Instant lastUpdated,
		String url, TradeJson.Units units, List<Field> fields, List<TradeJson.Source> sources, Licence licence,
		String citation, Downloads downloads) {

	static final String TITLE = "UK–China trade: UK exports to China and imports from China";

	static final String DESCRIPTION = "Yearly UK exports to China and UK imports from China, in £ billion (current"
			+ " prices), with total trade, the trade balance and year-on-year changes derived from them.";

	static final List<Field> FIELDS = List.of(new Field("year", "Year", "calendar year", "The calendar year."),
			new Field("uk_exports_to_china_gbp_bn", "UK exports to China", "GBP billion",
					"Value of UK exports of goods and services to China in the year."),
			new Field("uk_imports_from_china_gbp_bn", "UK imports from China", "GBP billion",
					"Value of UK imports of goods and services from China in the year."),
			new Field("total_trade_gbp_bn", "Total trade", "GBP billion", "Exports plus imports."),
			new Field("balance_gbp_bn", "Trade balance", "GBP billion",
					"Exports minus imports; negative is a deficit for the UK."),
			new Field("exports_change_pct", "Exports change", "percent",
					"Change in exports on the previous calendar year, rounded half up to 1 decimal place;"
							+ " empty when there is no previous year or its value is zero."),
			new Field("imports_change_pct", "Imports change", "percent",
					"Change in imports on the previous calendar year, rounded half up to 1 decimal place;"
							+ " empty when there is no previous year or its value is zero."));

	private static final DateTimeFormatter CITED_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	/**
	 * The metadata of one version.
	 * @param dataset the version
	 * @param siteName the site's name, as publisher
	 * @param baseUrl the site's root address, without a trailing slash
	 * @param licence the licence of reuse
	 * @param today the date of retrieval, in London
	 * @return the metadata
	 */
	static TradeMetadata of(TradeDataset dataset, String siteName, String baseUrl, Licence licence, LocalDate today) {
		String path = (dataset.version() > 0) ? "/trade/versions/" + dataset.version() : "/trade";
		String url = baseUrl + path;
		Instant updated = dataset.statistics().updatedAt();
		String citation = siteName + " ("
				+ ((updated != null) ? updated.atZone(ZoneId.of("Europe/London")).getYear() : today.getYear()) + "). "
				+ TITLE + ((dataset.version() > 0) ? ", version " + dataset.version() : "") + ". " + url
				+ " (retrieved " + today.format(CITED_DATE) + "). Licence: " + licence.name() + ".";
		// A version's metadata points at that version's files, which never change.
		String files = url;
		return new TradeMetadata(TITLE, DESCRIPTION, (dataset.version() > 0) ? dataset.version() : null,
				(dataset.currentVersion() > 0) ? dataset.currentVersion() : null, updated, url, TradeJson.UNITS, FIELDS,
				dataset.statistics().sources().stream().map(TradeJson.Source::of).toList(), licence, citation,
				new Downloads(files + ".csv", files + ".json", files + ".metadata.json", files + ".zip"));
	}

	/**
	 * One column.
	 *
	 * @param name its name in the CSV header and the JSON
	 * @param title a readable title
	 * @param unit its unit
	 * @param definition what it means
	 */
	record Field(String name, String title, String unit, String definition) {

	}

	/**
	 * The licence under which the figures may be reused.
	 *
	 * @param name its name
	 * @param url where it is published
	 */
	record Licence(String name, String url) {

	}

	/**
	 * This version's files.
	 *
	 * @param csv the CSV
	 * @param json the JSON
	 * @param metadata this file
	 * @param zip all of them with a README
	 */
	record Downloads(String csv, String json, String metadata, String zip) {

	}

}
