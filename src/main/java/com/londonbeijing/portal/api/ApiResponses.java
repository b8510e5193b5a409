package com.londonbeijing.portal.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The JSON the API answers with. Field names are part of the API and stay stable: add
 * fields, never rename or remove them.
 */
final class ApiResponses {

	private ApiResponses() {
	}

	/**
	 * One page of a list.
	 *
	 * @param items the items on this page
	 * @param page this page's number, from 1
	 * @param size the most items a page holds
	 * @param totalItems how many items all pages hold
	 * @param totalPages how many pages there are
	 * @param links root-relative addresses of this and the neighbouring pages
	 */
	record Paged<T>(List<T> items, int page, int size, long totalItems, int totalPages, Links links) {

	}

	/** Addresses of pages; {@code next} and {@code prev} are {@code null} at the ends. */
	record Links(String self, String next, String prev, String first, String last) {

	}

	/** A reference to another item by its slug, with its name in the chosen language. */
	record Ref(String slug, String name) {

	}

	record AreaSummary(String slug, String name, String summary, boolean showsTradeFigures, Instant publishedAt,
			Instant updatedAt) {

	}

	record Area(String slug, String name, String summary, String body, String benefitsTitle, List<String> benefits,
			boolean showsTradeFigures, Instant publishedAt, Instant updatedAt, Withdrawal withdrawn) {

	}

	/**
	 * The notice of a withdrawn item, which is kept at its address but in no list;
	 * {@code null} for an item that is not withdrawn.
	 *
	 * @param withdrawnAt when it was withdrawn
	 * @param reason why, in the chosen language where given, else in English
	 */
	record Withdrawal(Instant withdrawnAt, String reason) {

	}

	record CaseStudySummary(String slug, String title, String summary, String period, List<Ref> areas,
			Instant publishedAt, Instant updatedAt) {

	}

	record CaseStudy(String slug, String title, String summary, String body, String partners, String period,
			boolean featured, String outcomesTitle, List<String> outcomes, String metricsTitle, List<Metric> metrics,
			List<Ref> areas, Instant publishedAt, Instant updatedAt, Withdrawal withdrawn) {

	}

	record Metric(String projectName, String sector, String outcome) {

	}

	record MeetingSummary(String slug, String title, LocalDate date, String venue, String city, String summary,
			List<Ref> topics, Instant publishedAt, Instant updatedAt) {

	}

	/**
	 * A meeting with its participants by side ({@code uk}, {@code china}).
	 */
	record Meeting(String slug, String title, LocalDate date, String venue, String city, String summary, String body,
			Participants participants, List<StatementJson> statements, List<Ref> topics, List<Ref> areas,
			Instant publishedAt, Instant updatedAt, Withdrawal withdrawn) {

	}

	record Participants(List<Person> uk, List<Person> china) {

	}

	record Person(String name, String office) {

	}

	/**
	 * A statement: {@code side} is {@code uk}, {@code china} or {@code joint};
	 * {@code speaker} is {@code null} for a joint statement.
	 */
	record StatementJson(String side, String speaker, String text, List<Ref> topics) {

	}

	/**
	 * Trade in £ billion, with derived totals, balances and percent changes (rounded half
	 * up to 1 decimal place, {@code null} where no previous year exists).
	 */
	record Trade(String currency, String scale, Integer version, Integer latestYear, List<TradeYear> years,
			List<TradeRevision> revisions, List<TradeSource> sources, Instant publishedAt, Instant updatedAt) {

	}

	record TradeYear(int year, BigDecimal exports, BigDecimal imports, BigDecimal total, BigDecimal balance,
			BigDecimal exportsChangePct, BigDecimal importsChangePct) {

	}

	/** A revised figure: {@code series} is {@code exports} or {@code imports}. */
	record TradeRevision(int year, String series, BigDecimal previousValue, BigDecimal newValue, Instant revisedAt,
			String note, Integer version) {

	}

	record TradeSource(String title, String publisher, String url, LocalDate retrievedOn, String notes) {

	}

	/**
	 * A search hit: {@code kind} is {@code area}, {@code case-study}, {@code meeting} or
	 * {@code topic}; {@code path} is the page's root-relative address.
	 */
	record SearchHit(String kind, String title, String path, LocalDate date, Instant updatedAt) {

	}

}
