package com.londonbeijing.portal.trade;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.londonbeijing.portal.support.Content;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/**
 * One year's UK–China trade in goods and services, in £ billion.
 */
@Entity
@Audited
@Table(name = "trade_figure")
public class TradeFigure extends Content {

	@Column(nullable = false, unique = true)
	private int year;

	@Column(name = "exports_gbp_bn", nullable = false, precision = 12, scale = 2)
	private BigDecimal exports;

	@Column(name = "imports_gbp_bn", nullable = false, precision = 12, scale = 2)
	private BigDecimal imports;

	@Column(name = "source_publisher", length = 200)
	private String sourcePublisher;

	@Column(name = "source_title", length = 300)
	private String sourceTitle;

	@Column(name = "source_url", length = 2000)
	private String sourceUrl;

	@Column(name = "source_retrieved_on")
	private LocalDate sourceRetrievedOn;

	@Column(length = 2000)
	private String notes;

	protected TradeFigure() {
	}

	public TradeFigure(int year, BigDecimal exports, BigDecimal imports) {
		this.year = year;
		this.exports = exports;
		this.imports = imports;
	}

	public int getYear() {
		return this.year;
	}

	public void setYear(int year) {
		this.year = year;
	}

	public BigDecimal getExports() {
		return this.exports;
	}

	public void setExports(BigDecimal exports) {
		this.exports = exports;
	}

	public BigDecimal getImports() {
		return this.imports;
	}

	public void setImports(BigDecimal imports) {
		this.imports = imports;
	}

	public String getSourcePublisher() {
		return this.sourcePublisher;
	}

	public void setSourcePublisher(String sourcePublisher) {
		this.sourcePublisher = sourcePublisher;
	}

	public String getSourceTitle() {
		return this.sourceTitle;
	}

	public void setSourceTitle(String sourceTitle) {
		this.sourceTitle = sourceTitle;
	}

	public String getSourceUrl() {
		return this.sourceUrl;
	}

	public void setSourceUrl(String sourceUrl) {
		this.sourceUrl = sourceUrl;
	}

	public LocalDate getSourceRetrievedOn() {
		return this.sourceRetrievedOn;
	}

	public void setSourceRetrievedOn(LocalDate sourceRetrievedOn) {
		this.sourceRetrievedOn = sourceRetrievedOn;
	}

	public String getNotes() {
		return this.notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

}
