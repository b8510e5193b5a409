package com.londonbeijing.portal.casestudy.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.londonbeijing.portal.area.CooperationArea;
import com.londonbeijing.portal.casestudy.CaseStudy;
import com.londonbeijing.portal.casestudy.SuccessMetric;
import com.londonbeijing.portal.editing.AbstractTranslatableForm;
import com.londonbeijing.portal.editing.PublishableForm;
import com.londonbeijing.portal.support.ContentStatus;
import com.londonbeijing.portal.support.ListEdits;
import com.londonbeijing.portal.support.RowKeys;
import com.londonbeijing.portal.support.Slugs;
import com.londonbeijing.portal.support.TextRow;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an editor types for a case study: its text, areas, ordered outcomes and success
 * metrics rows. Each outcome and metric row keeps its key ({@link RowKeys}) in a hidden
 * field, so its Chinese stays with it when rows are moved or removed.
 */
public class CaseStudyForm extends AbstractTranslatableForm<CaseStudy> implements PublishableForm {

	@NotBlank
	@Size(max = 200)
	private String title;

	@Size(max = 120)
	@Pattern(regexp = "^$|" + Slugs.PATTERN, message = "{validation.slug}")
	private String slug;

	@NotBlank
	@Size(max = 1000)
	private String summary;

	@Size(max = 100000)
	private String body;

	@Size(max = 500)
	private String partners;

	@Size(max = 100)
	private String period;

	private Set<Long> areaIds = new LinkedHashSet<>();

	@Size(max = 200)
	private String outcomesTitle;

	private List<@NotBlank @Size(max = 500) String> outcomes = new ArrayList<>();

	/** The key of each outcome's row, in the same order. */
	private List<String> outcomeKeys = new ArrayList<>();

	@Size(max = 200)
	private String metricsTitle;

	private List<@Valid MetricRow> metrics = new ArrayList<>();

	private boolean featured;

	@NotNull
	@Min(0)
	@Max(99999)
	private Integer sortOrder = 0;

	@NotNull
	private ContentStatus status = ContentStatus.DRAFT;

	static CaseStudyForm of(CaseStudy caseStudy) {
		CaseStudyForm form = new CaseStudyForm();
		form.setId(caseStudy.getId());
		form.setVersion(caseStudy.getVersion());
		form.title = caseStudy.getTitle();
		form.slug = caseStudy.getSlug();
		form.summary = caseStudy.getSummary();
		form.body = caseStudy.getBody();
		form.partners = caseStudy.getPartners();
		form.period = caseStudy.getPeriod();
		form.areaIds = caseStudy.getAreas()
			.stream()
			.map(CooperationArea::getId)
			.sorted()
			.collect(Collectors.toCollection(LinkedHashSet::new));
		form.outcomesTitle = caseStudy.getOutcomesTitle();
		caseStudy.getOutcomes().forEach((outcome) -> {
			form.outcomes.add(outcome.getText());
			form.outcomeKeys.add(Long.toString(outcome.getKey()));
		});
		form.metricsTitle = caseStudy.getMetricsTitle();
		form.metrics = caseStudy.getMetrics()
			.stream()
			.map((metric) -> new MetricRow(Long.toString(metric.getKey()), metric.getProjectName(), metric.getSector(),
					metric.getOutcome()))
			.collect(Collectors.toCollection(ArrayList::new));
		form.featured = caseStudy.isFeatured();
		form.sortOrder = caseStudy.getSortOrder();
		form.status = caseStudy.getStatus();
		return form;
	}

	/**
	 * The key of an outcome's row: the one submitted, or a new one if it was unusable.
	 */
	public String outcomeKey(int index) {
		fitKeys();
		return this.outcomeKeys.get(index);
	}

	/** The key of a metric's row: the one submitted, or a new one if it was unusable. */
	public String metricKey(int index) {
		fitKeys();
		return this.metrics.get(index).getKey();
	}

	/** Applies an add / remove / move command to the outcomes or the metrics. */
	@Override
	public boolean editList(String command) {
		fitKeys();
		return ListEdits.apply(command, "outcomes", this.outcomes, () -> "", this.outcomeKeys)
				|| ListEdits.apply(command, "metrics", this.metrics, MetricRow::new);
	}

	private void fitKeys() {
		this.outcomeKeys = RowKeys.fit(this.outcomeKeys, this.outcomes.size());
		List<String> metricKeys = RowKeys.fit(this.metrics.stream().map(MetricRow::getKey).toList(),
				this.metrics.size());
		for (int i = 0; i < this.metrics.size(); i++) {
			this.metrics.get(i).setKey(metricKeys.get(i));
		}
	}

	@Override
	public void suggestSlug() {
		if (this.slug == null || this.slug.isBlank()) {
			this.slug = Slugs.suggest(this.title);
		}
	}

	/**
	 * Copies the form's values onto a case study, except its areas, which the editor
	 * service resolves from {@link #getAreaIds()}.
	 */
	@Override
	public void applyTo(CaseStudy caseStudy) {
		caseStudy.setTitle(this.title);
		caseStudy.setSlug(this.slug);
		caseStudy.setSummary(this.summary);
		caseStudy.setBody(blankToNull(this.body));
		caseStudy.setPartners(blankToNull(this.partners));
		caseStudy.setPeriod(blankToNull(this.period));
		caseStudy.setOutcomesTitle(blankToNull(this.outcomesTitle));
		caseStudy.setMetricsTitle(blankToNull(this.metricsTitle));
		fitKeys();
		caseStudy.getOutcomes().clear();
		for (int i = 0; i < this.outcomes.size(); i++) {
			caseStudy.getOutcomes().add(new TextRow(Long.parseLong(this.outcomeKeys.get(i)), this.outcomes.get(i)));
		}
		caseStudy.getMetrics().clear();
		this.metrics.forEach((row) -> caseStudy.getMetrics()
			.add(new SuccessMetric(Long.parseLong(row.getKey()), row.getProjectName(), row.getSector(),
					row.getOutcome())));
		caseStudy.setFeatured(this.featured);
		caseStudy.setSortOrder(this.sortOrder);
		caseStudy.setStatus(this.status);
	}

	@Override
	public Map<String, String> fields() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("admin.caseStudies.form.title", this.title);
		fields.put("admin.form.slug", this.slug);
		fields.put("admin.caseStudies.form.summary", this.summary);
		fields.put("admin.form.body", this.body);
		fields.put("admin.caseStudies.form.partners", this.partners);
		fields.put("admin.caseStudies.form.period", this.period);
		fields.put("admin.caseStudies.form.areas", (this.areaIds != null) ? this.areaIds.toString() : null);
		fields.put("admin.caseStudies.form.outcomesTitle", this.outcomesTitle);
		fields.put("admin.caseStudies.form.outcomes", String.join("\n", this.outcomes));
		fields.put("admin.caseStudies.form.metricsTitle", this.metricsTitle);
		fields.put("admin.caseStudies.form.metrics",
				this.metrics.stream().map(MetricRow::toString).collect(Collectors.joining("\n")));
		fields.put("admin.caseStudies.form.featured", String.valueOf(this.featured));
		fields.put("admin.caseStudies.form.sortOrder", (this.sortOrder != null) ? this.sortOrder.toString() : null);
		fields.put("admin.form.status", (this.status != null) ? this.status.name() : null);
		return fields;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public String getPartners() {
		return this.partners;
	}

	public void setPartners(String partners) {
		this.partners = partners;
	}

	public String getPeriod() {
		return this.period;
	}

	public void setPeriod(String period) {
		this.period = period;
	}

	public Set<Long> getAreaIds() {
		return this.areaIds;
	}

	public void setAreaIds(Set<Long> areaIds) {
		this.areaIds = areaIds;
	}

	public String getOutcomesTitle() {
		return this.outcomesTitle;
	}

	public void setOutcomesTitle(String outcomesTitle) {
		this.outcomesTitle = outcomesTitle;
	}

	public List<String> getOutcomes() {
		return this.outcomes;
	}

	public void setOutcomes(List<String> outcomes) {
		this.outcomes = outcomes;
	}

	public List<String> getOutcomeKeys() {
		return this.outcomeKeys;
	}

	public void setOutcomeKeys(List<String> outcomeKeys) {
		this.outcomeKeys = outcomeKeys;
	}

	public String getMetricsTitle() {
		return this.metricsTitle;
	}

	public void setMetricsTitle(String metricsTitle) {
		this.metricsTitle = metricsTitle;
	}

	public List<MetricRow> getMetrics() {
		return this.metrics;
	}

	public void setMetrics(List<MetricRow> metrics) {
		this.metrics = metrics;
	}

	public boolean isFeatured() {
		return this.featured;
	}

	public void setFeatured(boolean featured) {
		this.featured = featured;
	}

	public Integer getSortOrder() {
		return this.sortOrder;
	}

	public void setSortOrder(Integer sortOrder) {
		this.sortOrder = sortOrder;
	}

	@Override
	public ContentStatus getStatus() {
		return this.status;
	}

	@Override
	public void setStatus(ContentStatus status) {
		this.status = status;
	}

	@Override
	public Map<String, String> englishTexts() {
		Map<String, String> texts = new LinkedHashMap<>();
		texts.put("title", this.title);
		texts.put("summary", this.summary);
		texts.put("body", this.body);
		texts.put("partners", this.partners);
		texts.put("outcomesTitle", this.outcomesTitle);
		fitKeys();
		for (int i = 0; i < this.outcomes.size(); i++) {
			texts.put("outcome" + this.outcomeKeys.get(i), this.outcomes.get(i));
		}
		texts.put("metricsTitle", this.metricsTitle);
		for (MetricRow metric : this.metrics) {
			texts.put("metricProject" + metric.getKey(), metric.getProjectName());
			texts.put("metricSector" + metric.getKey(), metric.getSector());
			texts.put("metricOutcome" + metric.getKey(), metric.getOutcome());
		}
		return texts;
	}

}
