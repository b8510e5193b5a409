package com.londonbeijing.portal.trade;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The revisions of published trade figures, newest first, and the latest one of each
 * figure, which the table marks ("revised 3 December 2026, previously 27.5").
 *
 * @param all every revision, newest first
 */
public record TradeRevisions(List<TradeRevision> all) {

	public TradeRevisions {
		all = List.copyOf(all);
	}

	/**
	 * The latest revision of one figure.
	 * @param year the year
	 * @param series {@code EXPORTS} or {@code IMPORTS}
	 * @return the revision, or {@code null} when the figure was never revised
	 */
	public TradeRevision latest(int year, String series) {
		return latestByFigure().get(year + ":" + series);
	}

	private Map<String, TradeRevision> latestByFigure() {
		Map<String, TradeRevision> latest = new HashMap<>();
		for (TradeRevision revision : this.all) {
			latest.putIfAbsent(revision.getYear() + ":" + revision.getSeries().name(), revision);
		}
		return latest;
	}

	/**
	 * Whether no figure was ever revised.
	 * @return {@code true} when there are no revisions
	 */
	public boolean isEmpty() {
		return this.all.isEmpty();
	}

}
