package com.londonbeijing.portal.trade;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One year's figures as a dataset version keeps them.
 */
@Embeddable
class TradeVersionFigure {

	private int year;

	@Column(name = "exports_gbp_bn")
	private BigDecimal exports;

	@Column(name = "imports_gbp_bn")
	private BigDecimal imports;

	@Column(name = "source_publisher")
	private String sourcePublisher;

	@Column(name = "source_title")
	private String sourceTitle;

	@Column(name = "source_url")
	private String sourceUrl;

	@Column(name = "source_retrieved_on")
	private LocalDate sourceRetrievedOn;

	private String notes;

	protected TradeVersionFigure() {
	}

	/** An unsaved figure with these values, for {@link TradeStatistics}. */
	TradeFigure toFigure() {
		TradeFigure figure = new TradeFigure(this.year, this.exports, this.imports);
		figure.setSourcePublisher(this.sourcePublisher);
		figure.setSourceTitle(this.sourceTitle);
		figure.setSourceUrl(this.sourceUrl);
		figure.setSourceRetrievedOn(this.sourceRetrievedOn);
		figure.setNotes(this.notes);
		return figure;
	}

}
