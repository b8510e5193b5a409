package com.londonbeijing.portal.trade;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the chart shows, in words, as the GOV.UK chart guidance asks: the period, the
 * trend of each series with its highest year, and the years of the largest and smallest
 * balance. The trade page turns it into sentences in the reader's language, used as the
 * chart's accessible description and shown below it.
 *
 * @param firstYear the first year charted
 * @param lastYear the last year charted
 * @param exports the exports series
 * @param imports the imports series
 * @param largestBalance the year with the largest (most positive) balance
 * @param smallestBalance the year with the smallest (most negative) balance
 */
public record TradeChartSummary(int firstYear, int lastYear, Series exports, Series imports, TradeYear largestBalance,
		TradeYear smallestBalance) {

	/**
	 * The summary of some statistics.
	 * @param statistics the charted figures
	 * @return the summary, or empty with fewer than two years (nothing to trend)
	 */
	public static Optional<TradeChartSummary> of(TradeStatistics statistics) {
		List<TradeYear> years = statistics.years();
		if (years.size() < 2) {
			return Optional.empty();
		}
		Comparator<TradeYear> byBalance = Comparator.comparing(TradeYear::balance);
		return Optional.of(new TradeChartSummary(years.get(0).year(), years.get(years.size() - 1).year(),
				Series.of(years, TradeYear::exports), Series.of(years, TradeYear::imports),
				years.stream().max(byBalance).orElseThrow(), years.stream().min(byBalance).orElseThrow()));
	}

	/**
	 * One series' trend.
	 *
	 * @param first its first value
	 * @param last its last value
	 * @param trend {@code rose}, {@code fell} or {@code same}, from first to last
	 * @param peakYear the year of its highest value (the earliest, on a tie)
	 * @param peak its highest value
	 */
	public record Series(BigDecimal first, BigDecimal last, String trend, int peakYear, BigDecimal peak) {

		static Series of(List<TradeYear> years, Function<TradeYear, BigDecimal> value) {
			BigDecimal first = value.apply(years.get(0));
			BigDecimal last = value.apply(years.get(years.size() - 1));
			TradeYear peak = years.get(0);
			for (TradeYear year : years) {
				if (value.apply(year).compareTo(value.apply(peak)) > 0) {
					peak = year;
				}
			}
			int direction = last.compareTo(first);
			return new Series(first, last, (direction > 0) ? "rose" : ((direction < 0) ? "fell" : "same"), peak.year(),
					value.apply(peak));
		}

	}

}
