package com.londonbeijing.portal.support;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One row of an item's list of texts, such as an area's benefits or a case study's
 * outcomes. Its key identifies the row wherever it moves in the list, so its translation
 * stays with it (see {@link RowKeys}).
 */
@Embeddable
public class TextRow {

	@Column(name = "row_key", nullable = false)
	private long key;

	@Column(nullable = false, length = 500)
	private String text;

	protected TextRow() {
	}

	public TextRow(long key, String text) {
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
		return other instanceof TextRow row && row.key == this.key && Objects.equals(row.text, this.text);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.key, this.text);
	}

}
