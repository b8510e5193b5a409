package com.londonbeijing.portal.trade.admin;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import com.londonbeijing.portal.editing.AbstractContentForm;
import com.londonbeijing.portal.editing.PublishableForm;
import com.londonbeijing.portal.support.ContentStatus;
import com.londonbeijing.portal.trade.TradeFigure;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an editor types for one year's trade figures. The only place that maps between the
 * form and the {@link TradeFigure} entity.
 */
public class TradeFigureForm extends AbstractContentForm<TradeFigure, Long> implements PublishableForm {

	@NotNull
	@Min(1950)
	@Max(2200)
	private Integer year;

	@NotNull
	@DecimalMin("0.00")
	@Digits(integer = 10, fraction = 2)
	private BigDecimal exports;

	@NotNull
	@DecimalMin("0.00")
	@Digits(integer = 10, fraction = 2)
	private BigDecimal imports;

	@Size(max = 200)
	private String sourcePublisher;

	@Size(max = 300)
	private String sourceTitle;

	@Size(max = 2000)
	@Pattern(regexp = "https?://\\S+", message = "{validation.url}")
	private String sourceUrl;

	@PastOrPresent
	private LocalDate sourceRetrievedOn;

	@Size(max = 2000)
	private String notes;

	@NotNull
	private ContentStatus status = ContentStatus.PUBLISHED;

	/** A form holding a stored figure's values, for editing. */
	public static TradeFigureForm of(TradeFigure figure) {
		TradeFigureForm form = new TradeFigureForm();
		form.setId(figure.getId());
		form.setVersion(figure.getVersion());
		form.year = figure.getYear();
		form.exports = figure.getExports();
		form.imports = figure.getImports();
		form.sourcePublisher = figure.getSourcePublisher();
		form.sourceTitle = figure.getSourceTitle();
		form.sourceUrl = figure.getSourceUrl();
		form.sourceRetrievedOn = figure.getSourceRetrievedOn();
		form.notes = figure.getNotes();
		form.status = figure.getStatus();
		return form;
	}

	/** A new figure with this form's values. */
	TradeFigure toNewFigure() {
		TradeFigure figure = new TradeFigure(this.year, this.exports, this.imports);
		applyTo(figure);
		return figure;
	}

	@Override
	public void applyTo(TradeFigure figure) {
		figure.setYear(this.year);
		figure.setExports(this.exports);
		figure.setImports(this.imports);
		figure.setSourcePublisher(this.sourcePublisher);
		figure.setSourceTitle(this.sourceTitle);
		figure.setSourceUrl(this.sourceUrl);
		figure.setSourceRetrievedOn(this.sourceRetrievedOn);
		figure.setNotes(this.notes);
		figure.setStatus(this.status);
	}

	@Override
	public Map<String, String> fields() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("trade.form.year", (this.year != null) ? this.year.toString() : null);
		fields.put("trade.form.exports", plain(this.exports));
		fields.put("trade.form.imports", plain(this.imports));
		fields.put("trade.form.sourcePublisher", this.sourcePublisher);
		fields.put("trade.form.sourceTitle", this.sourceTitle);
		fields.put("trade.form.sourceUrl", this.sourceUrl);
		fields.put("trade.form.sourceRetrievedOn",
				(this.sourceRetrievedOn != null) ? this.sourceRetrievedOn.toString() : null);
		fields.put("trade.form.notes", this.notes);
		fields.put("admin.form.status", (this.status != null) ? this.status.name() : null);
		return fields;
	}

	private static String plain(BigDecimal value) {
		return (value != null) ? value.stripTrailingZeros().toPlainString() : null;
	}

	public Integer getYear() {
		return this.year;
	}

	public void setYear(Integer year) {
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

	@Override
	public ContentStatus getStatus() {
		return this.status;
	}

	@Override
	public void setStatus(ContentStatus status) {
		this.status = status;
	}

}
