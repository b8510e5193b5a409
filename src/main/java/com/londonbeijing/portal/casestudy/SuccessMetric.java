package com.londonbeijing.portal.casestudy;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One row of a case study's success metrics: project, sector and what it achieved. Its
 * key identifies the row wherever it moves in the list, so its translations stay with it
 * (see {@link com.londonbeijing.portal.support.RowKeys}).
 */
@Embeddable
public class SuccessMetric {

	@Column(name = "row_key", nullable = false)
	private long key;

	@Column(name = "project_name", nullable = false, length = 200)
	private String projectName;

	@Column(nullable = false, length = 200)
	private String sector;

	@Column(nullable = false, length = 500)
	private String outcome;

	protected SuccessMetric() {
	}

	public SuccessMetric(long key, String projectName, String sector, String outcome) {
		this.key = key;
		this.projectName = projectName;
		this.sector = sector;
		this.outcome = outcome;
	}

	public long getKey() {
		return this.key;
	}

	public String getProjectName() {
		return this.projectName;
	}

	public String getSector() {
		return this.sector;
	}

	public String getOutcome() {
		return this.outcome;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SuccessMetric metric && metric.key == this.key
				&& Objects.equals(metric.projectName, this.projectName) && Objects.equals(metric.sector, this.sector)
				&& Objects.equals(metric.outcome, this.outcome);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.key, this.projectName, this.sector, this.outcome);
	}

}
