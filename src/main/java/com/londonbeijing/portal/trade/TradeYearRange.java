package com.londonbeijing.portal.trade;

import java.util.ArrayList;
import java.util.List;

/**
 * The years a reader asked to see ({@code from} and {@code to}, both optional), as read
 * from the query string of the trade page or the API. Bounds that cannot be used (not a
 * year the figures may have, or {@code from} after {@code to}) are dropped, and the
 * reason is kept so the page can say what it ignored and the API can refuse it.
 * <p>
 * Only the years shown are narrowed: changes on the previous year are still worked out
 * from all figures, so the first year shown keeps its change.
 *
 * @param from the first year shown, or {@code null} for the oldest
 * @param to the last year shown, or {@code null} for the latest
 * @param problems message keys for the bounds that were ignored
 */
public record TradeYearRange(Integer from, Integer to, List<String> problems) {

	/** The years figures may have (the schema's check on {@code trade_figure.year}). */
	public static final int EARLIEST = 1950;

	/** The years figures may have (the schema's check on {@code trade_figure.year}). */
	public static final int LATEST = 2200;

	/** Every year. */
	public static final TradeYearRange ALL = new TradeYearRange(null, null, List.of());

	public TradeYearRange {
		problems = List.copyOf(problems);
	}

	/**
	 * Reads the bounds.
	 * @param from the raw {@code from} parameter, may be {@code null} or blank
	 * @param to the raw {@code to} parameter, may be {@code null} or blank
	 * @return the usable bounds and the problems with the others
	 */
	public static TradeYearRange parse(String from, String to) {
		List<String> problems = new ArrayList<>();
		Integer first = year(from, "trade.filter.badFrom", problems);
		Integer last = year(to, "trade.filter.badTo", problems);
		if (first != null && last != null && first > last) {
			problems.add("trade.filter.order");
			first = null;
			last = null;
		}
		return new TradeYearRange(first, last, problems);
	}

	private static Integer year(String raw, String problem, List<String> problems) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		String value = raw.strip();
		if (value.matches("[0-9]{4}")) {
			int year = Integer.parseInt(value);
			if (year >= EARLIEST && year <= LATEST) {
				return year;
			}
		}
		problems.add(problem);
		return null;
	}

	/**
	 * Whether the year is shown.
	 * @param year the year
	 * @return {@code true} if it is within the bounds
	 */
	public boolean contains(int year) {
		return (this.from == null || year >= this.from) && (this.to == null || year <= this.to);
	}

	/**
	 * Whether every year is shown.
	 * @return {@code true} when neither bound is set
	 */
	public boolean isAll() {
		return this.from == null && this.to == null;
	}

	/**
	 * The years of the statistics within the bounds, with their derived values as worked
	 * out over all years.
	 * @param statistics all published years
	 * @return the years shown, oldest first
	 */
	public List<TradeYear> of(TradeStatistics statistics) {
		return statistics.years().stream().filter((year) -> contains(year.year())).toList();
	}

}
