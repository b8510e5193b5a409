package com.londonbeijing.portal.trade;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A published figure that changed: its previous and new value, when, and the note the
 * editor gave visitors. Written only by the database when a published figure changes
 * (migration {@code V30}), so the application only reads revisions.
 */
@Entity
@Immutable
@Table(name = "trade_revision")
public class TradeRevision {

	@Id
	private Long id;

	private int year;

	@Enumerated(EnumType.STRING)
	private TradeSeries series;

	@Column(name = "old_value")
	private BigDecimal oldValue;

	@Column(name = "new_value")
	private BigDecimal newValue;

	@Column(name = "revised_at")
	private Instant revisedAt;

	private String note;

	@Column(name = "version_number")
	private Integer versionNumber;

	protected TradeRevision() {
	}

	public int getYear() {
		return this.year;
	}

	public TradeSeries getSeries() {
		return this.series;
	}

	/** The value before the revision, written as the page writes figures. */
	public BigDecimal getOldValue() {
		return TradeStatistics.normalized(this.oldValue);
	}

	/** The value after the revision, written as the page writes figures. */
	public BigDecimal getNewValue() {
		return TradeStatistics.normalized(this.newValue);
	}

	public Instant getRevisedAt() {
		return this.revisedAt;
	}

	/** The editor's note for visitors, or {@code null}. */
	public String getNote() {
		return this.note;
	}

	/** The dataset version in which the new value first appeared. */
	public Integer getVersionNumber() {
		return this.versionNumber;
	}

}
