package com.londonbeijing.portal.area.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.londonbeijing.portal.area.CooperationArea;
import com.londonbeijing.portal.editing.AbstractTranslatableForm;
import com.londonbeijing.portal.editing.PublishableForm;
import com.londonbeijing.portal.support.ContentStatus;
import com.londonbeijing.portal.support.ListEdits;
import com.londonbeijing.portal.support.RowKeys;
import com.londonbeijing.portal.support.Slugs;
import com.londonbeijing.portal.support.TextRow;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an editor types for a cooperation area, including its ordered benefits. Each
 * benefit row keeps its key ({@link RowKeys}) in a hidden field, so its Chinese stays
 * with it when rows are moved or removed.
 */
public class AreaForm extends AbstractTranslatableForm<CooperationArea> implements PublishableForm {

	@NotBlank
	@Size(max = 200)
	private String name;

	@Size(max = 120)
	@Pattern(regexp = "^$|" + Slugs.PATTERN, message = "{validation.slug}")
	private String slug;

	@Size(max = 1000)
	private String summary;

	@Size(max = 100000)
	private String body;

	@Size(max = 200)
	private String benefitsTitle;

	private List<@NotBlank @Size(max = 500) String> benefits = new ArrayList<>();

	/** The key of each benefit's row, in the same order. */
	private List<String> benefitKeys = new ArrayList<>();

	@NotNull
	@Min(0)
	@Max(9999)
	private Integer navOrder = 0;

	private boolean showsTradeFigures;

	@NotNull
	private ContentStatus status = ContentStatus.DRAFT;

	static AreaForm of(CooperationArea area) {
		AreaForm form = new AreaForm();
		form.setId(area.getId());
		form.setVersion(area.getVersion());
		form.name = area.getName();
		form.slug = area.getSlug();
		form.summary = area.getSummary();
		form.body = area.getBody();
		form.benefitsTitle = area.getBenefitsTitle();
		area.getBenefits().forEach((benefit) -> {
			form.benefits.add(benefit.getText());
			form.benefitKeys.add(Long.toString(benefit.getKey()));
		});
		form.navOrder = area.getNavOrder();
		form.showsTradeFigures = area.isShowsTradeFigures();
		form.status = area.getStatus();
		return form;
	}

	/** The key of a benefit's row: the one submitted, or a new one if it was unusable. */
	public String benefitKey(int index) {
		fitBenefitKeys();
		return this.benefitKeys.get(index);
	}

	/** Applies an add / remove / move command to the benefits and their keys. */
	@Override
	public boolean editList(String command) {
		fitBenefitKeys();
		return ListEdits.apply(command, "benefits", this.benefits, () -> "", this.benefitKeys);
	}

	private void fitBenefitKeys() {
		this.benefitKeys = RowKeys.fit(this.benefitKeys, this.benefits.size());
	}

	/** Fills in the slug from the name when the editor left it empty. */
	@Override
	public void suggestSlug() {
		if (this.slug == null || this.slug.isBlank()) {
			this.slug = Slugs.suggest(this.name);
		}
	}

	@Override
	public void applyTo(CooperationArea area) {
		area.setName(this.name);
		area.setSlug(this.slug);
		area.setSummary(blankToNull(this.summary));
		area.setBody(blankToNull(this.body));
		area.setBenefitsTitle(blankToNull(this.benefitsTitle));
		fitBenefitKeys();
		area.getBenefits().clear();
		for (int i = 0; i < this.benefits.size(); i++) {
			area.getBenefits().add(new TextRow(Long.parseLong(this.benefitKeys.get(i)), this.benefits.get(i)));
		}
		area.setNavOrder(this.navOrder);
		area.setShowsTradeFigures(this.showsTradeFigures);
		area.setStatus(this.status);
	}

	@Override
	public Map<String, String> fields() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("admin.areas.form.name", this.name);
		fields.put("admin.form.slug", this.slug);
		fields.put("admin.areas.form.summary", this.summary);
		fields.put("admin.form.body", this.body);
		fields.put("admin.areas.form.benefitsTitle", this.benefitsTitle);
		fields.put("admin.areas.form.benefits", String.join("\n", this.benefits));
		fields.put("admin.areas.form.navOrder", (this.navOrder != null) ? this.navOrder.toString() : null);
		fields.put("admin.areas.form.showsTradeFigures", String.valueOf(this.showsTradeFigures));
		fields.put("admin.form.status", (this.status != null) ? this.status.name() : null);
		return fields;
	}

	@Override
	public Map<String, String> englishTexts() {
		Map<String, String> texts = new LinkedHashMap<>();
		texts.put("name", this.name);
		texts.put("summary", this.summary);
		texts.put("body", this.body);
		texts.put("benefitsTitle", this.benefitsTitle);
		fitBenefitKeys();
		for (int i = 0; i < this.benefits.size(); i++) {
			texts.put("benefit" + this.benefitKeys.get(i), this.benefits.get(i));
		}
		return texts;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
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

	public String getBenefitsTitle() {
		return this.benefitsTitle;
	}

	public void setBenefitsTitle(String benefitsTitle) {
		this.benefitsTitle = benefitsTitle;
	}

	public List<String> getBenefits() {
		return this.benefits;
	}

	public void setBenefits(List<String> benefits) {
		this.benefits = benefits;
	}

	public List<String> getBenefitKeys() {
		return this.benefitKeys;
	}

	public void setBenefitKeys(List<String> benefitKeys) {
		this.benefitKeys = benefitKeys;
	}

	public Integer getNavOrder() {
		return this.navOrder;
	}

	public void setNavOrder(Integer navOrder) {
		this.navOrder = navOrder;
	}

	public boolean isShowsTradeFigures() {
		return this.showsTradeFigures;
	}

	public void setShowsTradeFigures(boolean showsTradeFigures) {
		this.showsTradeFigures = showsTradeFigures;
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
