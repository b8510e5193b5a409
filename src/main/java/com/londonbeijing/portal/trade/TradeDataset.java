package com.londonbeijing.portal.trade;

import java.util.List;

/**
 * One version of the published trade dataset with everything its page and downloads show:
 * the figures and their derived values, the revisions up to it and the list of all
 * versions.
 *
 * @param statistics the figures with totals, balances and changes
 * @param version this version's number, or {@code 0} when no version exists yet
 * @param currentVersion the number of the current version
 * @param revisions the revisions made up to this version
 * @param versions every version, newest first
 */
public record TradeDataset(TradeStatistics statistics, int version, int currentVersion, TradeRevisions revisions,
		List<TradeVersionSummary> versions) {

	public TradeDataset {
		versions = List.copyOf(versions);
	}

	/**
	 * Figures without any version or revision, as before the first version exists.
	 * @param statistics the figures
	 * @return the dataset, version 0
	 */
	public static TradeDataset of(TradeStatistics statistics) {
		return new TradeDataset(statistics, 0, 0, new TradeRevisions(List.of()), List.of());
	}

	/**
	 * Whether this is the current version, which {@code /trade} shows.
	 * @return {@code true} for the current version
	 */
	public boolean isCurrent() {
		return this.version == this.currentVersion;
	}

}
