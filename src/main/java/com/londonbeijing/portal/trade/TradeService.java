package com.londonbeijing.portal.trade;

import java.util.List;
import java.util.Optional;

import com.londonbeijing.portal.history.History;
import com.londonbeijing.portal.history.PublicChange;
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

	private final History history;

	private final TradeVersionRepository versions;

	TradeService(TradeFigureRepository figures, History history, TradeVersionRepository versions) {
		this.figures = figures;
		this.history = history;
		this.versions = versions;
	}

	/**
	 * The current published dataset: the figures, every revision and the list of
	 * versions.
	 * @return the current dataset
	 */
	public TradeDataset current() {
		TradeStatistics statistics = statistics();
		Integer number = this.versions.findCurrentNumber();
		int current = (number != null) ? number : 0;
		return new TradeDataset(statistics, current, current,
				new TradeRevisions(this.versions.findRevisionsUpTo(current)), this.versions.findSummaries());
	}

	/**
	 * One numbered version of the published dataset, as it was published.
	 * @param number the version number
	 * @return the version with the revisions up to it, or empty if there is no such
	 * version
	 */
	public Optional<TradeDataset> version(int number) {
		return this.versions.findByNumber(number).map((version) -> {
			List<TradeVersionSummary> all = this.versions.findSummaries();
			return new TradeDataset(version.statistics(), number, all.get(0).number(),
					new TradeRevisions(this.versions.findRevisionsUpTo(number)), all);
		});
	}

	/**
	 * The change notes that editors marked for visitors on any published year's figures,
	 * newest first, for the trade page.
	 * @return the notes, perhaps none
	 */
	public List<PublicChange> publicChanges() {
		return this.history.publicChanges(TradeFigure.class, this.figures.findIdsByStatus(ContentStatus.PUBLISHED));
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
