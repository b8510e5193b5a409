package com.londonbeijing.portal.trade;

import java.util.Optional;

import com.londonbeijing.portal.support.ContentStatus;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public view of UK–China trade: what visitors may see, with its derived values.
 * Pages that quote trade figures (the trade page and its downloads, the home page's
 * latest year, the Trade and Investment area) all read them here.
 */
@Service
@Transactional(readOnly = true)
public class TradeService {

	private final TradeFigureRepository figures;

	TradeService(TradeFigureRepository figures) {
		this.figures = figures;
	}

	/**
	 * The published figures with totals, balances and year-on-year changes, read in one
	 * query. Drafts are left out.
	 * @return the statistics, oldest year first; empty when nothing is published
	 */
	public TradeStatistics statistics() {
		return TradeStatistics.of(this.figures.findByStatusOrderByYearAsc(ContentStatus.PUBLISHED));
	}

	/**
	 * The latest published year with its derived values, reading only that year and the
	 * one before it (for the change), so summaries elsewhere stay cheap however many
	 * years there are.
	 * @return the latest year, if any is published
	 */
	public Optional<TradeYear> latest() {
		return TradeStatistics.of(this.figures.findTop2ByStatusOrderByYearDesc(ContentStatus.PUBLISHED)).latest();
	}

}
