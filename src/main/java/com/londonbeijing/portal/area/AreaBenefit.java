package com.londonbeijing.portal.area;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One benefit of working together in an area. Its key identifies the row wherever it
 * moves in the list, so its translation stays with it (see
 * {@link com.londonbeijing.portal.support.RowKeys}).
 */
@Embeddable
public class AreaBenefit {

	@Column(name = "row_key", nullable = false)
	private long key;

	@Column(nullable = false, length = 500)
	private String text;

	protected AreaBenefit() {
	}

	public AreaBenefit(long key, String text) {
		this.key = key;
		this.text = text;
	}

	public long getKey() {
		return this.key;
	}

	public String getText() {
		return this.text;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof AreaBenefit benefit && benefit.key == this.key
				&& Objects.equals(benefit.text, this.text);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.key, this.text);
	}

}
