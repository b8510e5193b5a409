package com.londonbeijing.portal.trade;

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

}
