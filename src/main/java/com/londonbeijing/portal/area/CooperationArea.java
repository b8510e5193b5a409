package com.londonbeijing.portal.area;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.londonbeijing.portal.address.AddressKind;
import com.londonbeijing.portal.address.AddressableContent;
import com.londonbeijing.portal.support.TextRow;
import com.londonbeijing.portal.translation.Translatable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/**
 * A field in which London and Beijing cooperate, such as Education and Research.
 */
@Entity
@Audited
@Table(name = "cooperation_area")
public class CooperationArea extends AddressableContent implements Translatable {

	/** Areas in the {@code translation} table. */
	public static final String TRANSLATION_KIND = "area";

	@Column(nullable = false, unique = true, length = 120)
	private String slug;

	@Column(nullable = false, length = 200)
	private String name;

	@Column(length = 1000)
	private String summary;

	private String body;

	@Column(name = "benefits_title", length = 200)
	private String benefitsTitle;

	@ElementCollection
	@CollectionTable(name = "area_benefit", joinColumns = @JoinColumn(name = "area_id"))
	@OrderColumn(name = "position")
	private List<TextRow> benefits = new ArrayList<>();

	@Column(name = "nav_order", nullable = false)
	private int navOrder;

	@Column(name = "shows_trade_figures", nullable = false)
	private boolean showsTradeFigures;

	protected CooperationArea() {
	}

	public CooperationArea(String slug, String name) {
		this.slug = slug;
		this.name = name;
	}

	@Override
	public String getSlug() {
		return this.slug;
	}

	@Override
	public AddressKind addressKind() {
		return AddressKind.AREAS;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
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

	public List<TextRow> getBenefits() {
		return this.benefits;
	}

	/** The benefits' English by translation field, in order. */
	public Map<String, String> getBenefitTexts() {
		Map<String, String> texts = new LinkedHashMap<>();
		this.benefits.forEach((benefit) -> texts.put("benefit" + benefit.getKey(), benefit.getText()));
		return texts;
	}

	@Override
	public String translationKind() {
		return TRANSLATION_KIND;
	}

	@Override
	public Map<String, String> translatableTexts() {
		Map<String, String> texts = new LinkedHashMap<>();
		texts.put("name", this.name);
		texts.put("summary", this.summary);
		texts.put("body", this.body);
		texts.put("benefitsTitle", this.benefitsTitle);
		texts.putAll(getBenefitTexts());
		return texts;
	}

	public int getNavOrder() {
		return this.navOrder;
	}

	public void setNavOrder(int navOrder) {
		this.navOrder = navOrder;
	}

	public boolean isShowsTradeFigures() {
		return this.showsTradeFigures;
	}

	public void setShowsTradeFigures(boolean showsTradeFigures) {
		this.showsTradeFigures = showsTradeFigures;
	}

}
