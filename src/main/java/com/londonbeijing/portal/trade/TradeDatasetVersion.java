package com.londonbeijing.portal.trade;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * One published state of the whole trade dataset, numbered from 1, with a copy of its
 * figures, so that {@code /trade/versions/{n}} always shows what was published then. The
 * database adds a version whenever a commit changes the published figures (migration
 * {@code V30}); the application only reads them.
 */
@Entity
@Immutable
@Table(name = "trade_dataset_version")
public class TradeDatasetVersion {

	@Id
	private int number;

	private Instant createdAt;

	private String note;

	@ElementCollection
	@CollectionTable(name = "trade_version_figure", joinColumns = @JoinColumn(name = "version_number"))
	@OrderBy("year")
	private List<TradeVersionFigure> figures = new ArrayList<>();

	protected TradeDatasetVersion() {
	}

	public int getNumber() {
		return this.number;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	/**
	 * The note the editor gave visitors for the change that made this version, if any.
	 */
	public String getNote() {
		return this.note;
	}

	/**
	 * The version's figures and what derives from them; "last updated" is when the
	 * version was made.
	 */
	TradeStatistics statistics() {
		TradeStatistics derived = TradeStatistics.of(this.figures.stream().map(TradeVersionFigure::toFigure).toList());
		return new TradeStatistics(derived.years(), derived.sources(), null, this.createdAt);
	}

}
