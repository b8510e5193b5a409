package com.londonbeijing.portal.casestudy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.londonbeijing.portal.address.AddressKind;
import com.londonbeijing.portal.address.AddressableContent;
import com.londonbeijing.portal.area.CooperationArea;
import com.londonbeijing.portal.support.TextRow;
import com.londonbeijing.portal.translation.Translatable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/**
 * An example of successful cooperation, with its outcomes and success metrics.
 */
@Entity
@Audited
@Table(name = "case_study")
public class CaseStudy extends AddressableContent implements Translatable {

	/** Case studies in the {@code translation} table. */
	public static final String TRANSLATION_KIND = "case-study";

	@Column(nullable = false, unique = true, length = 120)
	private String slug;

	@Column(nullable = false, length = 200)
	private String title;

	@Column(nullable = false, length = 1000)
	private String summary;

	private String body;

	@Column(length = 500)
	private String partners;

	@Column(length = 100)
	private String period;

	@Column(name = "outcomes_title", length = 200)
	private String outcomesTitle;

	@Column(name = "metrics_title", length = 200)
	private String metricsTitle;

	@Column(nullable = false)
	private boolean featured;

	@Column(name = "sort_order", nullable = false)
	private int sortOrder;

	@ManyToMany
	@JoinTable(name = "case_study_area", joinColumns = @JoinColumn(name = "case_study_id"),
			inverseJoinColumns = @JoinColumn(name = "area_id"))
	private Set<CooperationArea> areas = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "case_study_outcome", joinColumns = @JoinColumn(name = "case_study_id"))
	@OrderColumn(name = "position")
	private List<TextRow> outcomes = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "case_study_metric", joinColumns = @JoinColumn(name = "case_study_id"))
	@OrderColumn(name = "position")
	private List<SuccessMetric> metrics = new ArrayList<>();

	protected CaseStudy() {
	}

	public CaseStudy(String slug, String title, String summary) {
		this.slug = slug;
		this.title = title;
		this.summary = summary;
	}

	@Override
	public String getSlug() {
		return this.slug;
	}

	@Override
	public AddressKind addressKind() {
		return AddressKind.CASE_STUDIES;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
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

	public String getOutcomesTitle() {
		return this.outcomesTitle;
	}

	public void setOutcomesTitle(String outcomesTitle) {
		this.outcomesTitle = outcomesTitle;
	}

	public String getMetricsTitle() {
		return this.metricsTitle;
	}

	public void setMetricsTitle(String metricsTitle) {
		this.metricsTitle = metricsTitle;
	}

	public boolean isFeatured() {
		return this.featured;
	}

	public void setFeatured(boolean featured) {
		this.featured = featured;
	}

	public int getSortOrder() {
		return this.sortOrder;
	}

	public void setSortOrder(int sortOrder) {
		this.sortOrder = sortOrder;
	}

	public Set<CooperationArea> getAreas() {
		return this.areas;
	}

	/** The published areas in navigation order, for display. */
	public List<CooperationArea> getSortedAreas() {
		return this.areas.stream()
			.filter(CooperationArea::isPublished)
			.sorted(Comparator.comparingInt(CooperationArea::getNavOrder).thenComparing(CooperationArea::getName))
			.toList();
	}

	public List<TextRow> getOutcomes() {
		return this.outcomes;
	}

	public List<SuccessMetric> getMetrics() {
		return this.metrics;
	}

	/** The outcomes' English by translation field, in order. */
	public Map<String, String> getOutcomeTexts() {
		Map<String, String> texts = new LinkedHashMap<>();
		this.outcomes.forEach((outcome) -> texts.put("outcome" + outcome.getKey(), outcome.getText()));
		return texts;
	}

	@Override
	public String translationKind() {
		return TRANSLATION_KIND;
	}

	@Override
	public Map<String, String> translatableTexts() {
		Map<String, String> texts = new LinkedHashMap<>();
		texts.put("title", this.title);
		texts.put("summary", this.summary);
		texts.put("body", this.body);
		texts.put("partners", this.partners);
		texts.put("outcomesTitle", this.outcomesTitle);
		texts.putAll(getOutcomeTexts());
		texts.put("metricsTitle", this.metricsTitle);
		for (SuccessMetric metric : this.metrics) {
			texts.put("metricProject" + metric.getKey(), metric.getProjectName());
			texts.put("metricSector" + metric.getKey(), metric.getSector());
			texts.put("metricOutcome" + metric.getKey(), metric.getOutcome());
		}
		return texts;
	}

}
