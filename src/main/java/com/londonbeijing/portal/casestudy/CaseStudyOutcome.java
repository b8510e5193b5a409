package com.londonbeijing.portal.casestudy;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One outcome of a case study. Its key identifies the row wherever it moves in the list,
 * so its translation stays with it (see
 * {@link com.londonbeijing.portal.support.RowKeys}).
 */
@Embeddable
public class CaseStudyOutcome {

	@Column(name = "row_key", nullable = false)
	private long key;

	@Column(nullable = false, length = 500)
	private String text;

	protected CaseStudyOutcome() {
	}

	public CaseStudyOutcome(long key, String text) {
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
		return other instanceof CaseStudyOutcome outcome && outcome.key == this.key
				&& Objects.equals(outcome.text, this.text);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.key, this.text);
	}

}
