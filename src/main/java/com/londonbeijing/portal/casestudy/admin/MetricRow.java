package com.londonbeijing.portal.casestudy.admin;

import com.londonbeijing.portal.support.RowKeys;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * One editable row of a case study's success metrics, with its row key (a hidden field;
 * see {@link RowKeys}).
 */
public class MetricRow {

	private String key = RowKeys.next();

	@NotBlank
	@Size(max = 200)
	private String projectName;

	@NotBlank
	@Size(max = 200)
	private String sector;

	@NotBlank
	@Size(max = 500)
	private String outcome;

	public MetricRow() {
	}

	MetricRow(String key, String projectName, String sector, String outcome) {
		this.key = key;
		this.projectName = projectName;
		this.sector = sector;
		this.outcome = outcome;
	}

	public String getKey() {
		return this.key;
	}

	public void setKey(String key) {
		this.key = key;
	}

	public String getProjectName() {
		return this.projectName;
	}

	public void setProjectName(String projectName) {
		this.projectName = projectName;
	}

	public String getSector() {
		return this.sector;
	}

	public void setSector(String sector) {
		this.sector = sector;
	}

	public String getOutcome() {
		return this.outcome;
	}

	public void setOutcome(String outcome) {
		this.outcome = outcome;
	}

	@Override
	public String toString() {
		return this.projectName + " | " + this.sector + " | " + this.outcome;
	}

}
