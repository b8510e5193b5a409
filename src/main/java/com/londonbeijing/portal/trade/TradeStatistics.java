package com.londonbeijing.portal.trade;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The published trade figures by year with everything derived from them: total, balance
 * and year-on-year changes. This is the only place those values are computed; the trade
 * page's chart, table and downloads, and any other page that quotes a figure, show them
 * from here so they always agree.
 * <p>
 * Money values keep the exact decimals that were stored, written with at least one
 * decimal place ({@code 23.7}, {@code 20.0}, {@code 23.75}); changes always have one.
 *
 * @param years one entry per published year, oldest first
 * @param sources the distinct sources of those figures, in order of first use
 * @param publishedAt when the first of these figures was published, or {@code null}
 * @param updatedAt when any of these figures last changed, or {@code null}
 * @see TradeService#statistics()
 */
public record TradeStatistics(List<TradeYear> years, List<TradeSource> sources, Instant publishedAt,
		Instant updatedAt) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	public TradeStatistics {
		years = List.copyOf(years);
		sources = List.copyOf(sources);
	}

	/**
	 * Derives the statistics from yearly figures.
	 * @param figures the figures to show, in any order, at most one per year
	 * @return the statistics, oldest year first
	 * @throws IllegalArgumentException if two figures are for the same year
	 */
	public static TradeStatistics of(List<TradeFigure> figures) {
		List<TradeFigure> byYear = figures.stream().sorted(Comparator.comparingInt(TradeFigure::getYear)).toList();
		List<TradeYear> years = new ArrayList<>(byYear.size());
		Set<TradeSource> sources = new LinkedHashSet<>();
		TradeFigure previous = null;
		for (TradeFigure figure : byYear) {
			if (previous != null && previous.getYear() == figure.getYear()) {
				throw new IllegalArgumentException("Two trade figures for " + figure.getYear());
			}
			boolean comparable = previous != null && previous.getYear() == figure.getYear() - 1;
			years.add(new TradeYear(figure.getYear(), normalized(figure.getExports()), normalized(figure.getImports()),
					normalized(figure.getExports().add(figure.getImports())),
					normalized(figure.getExports().subtract(figure.getImports())),
					comparable ? change(previous.getExports(), figure.getExports()) : null,
					comparable ? change(previous.getImports(), figure.getImports()) : null));
			TradeSource source = TradeSource.of(figure);
			if (!source.isEmpty()) {
				sources.add(source);
			}
			previous = figure;
		}
		Instant publishedAt = figures.stream()
			.map(TradeFigure::getPublishedAt)
			.filter(Objects::nonNull)
			.min(Comparator.naturalOrder())
			.orElse(null);
		Instant updatedAt = figures.stream()
			.map(TradeFigure::getUpdatedAt)
			.filter(Objects::nonNull)
			.max(Comparator.naturalOrder())
			.orElse(null);
		return new TradeStatistics(years, new ArrayList<>(sources), publishedAt, updatedAt);
	}

	/**
	 * The most recent published year, for pages that quote "the latest figures".
	 * @return the latest year, or empty when nothing is published
	 */
	public Optional<TradeYear> latest() {
		return this.years.isEmpty() ? Optional.empty() : Optional.of(this.years.get(this.years.size() - 1));
	}

	/**
	 * Whether there is nothing to show.
	 * @return {@code true} when no year is published
	 */
	public boolean isEmpty() {
		return this.years.isEmpty();
	}

	private static BigDecimal change(BigDecimal previous, BigDecimal current) {
		if (previous.signum() == 0) {
			return null;
		}
		return current.subtract(previous).multiply(HUNDRED).divide(previous, 1, RoundingMode.HALF_UP);
	}

	/**
	 * Drops the database's padding zeros (numeric(12,2) gives 23.70) but keeps one
	 * decimal, so that the page, CSV and JSON all print 23.7 and 20.0, never 2E+1.
	 */
	static BigDecimal normalized(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 1) ? stripped.setScale(1) : stripped;
	}

}
