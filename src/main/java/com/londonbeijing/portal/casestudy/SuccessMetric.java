package com.londonbeijing.portal.casestudy;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One row of a case study's success metrics: project, sector and what it achieved.
 */
@Embeddable
public class SuccessMetric {

	@Column(name = "project_name", nullable = false, length = 200)
	private String projectName;

	@Column(nullable = false, length = 200)
	private String sector;

	@Column(nullable = false, length = 500)
	private String outcome;

	protected SuccessMetric() {
	}

	public SuccessMetric(String projectName, String sector, String outcome) {
		this.projectName = projectName;
		this.sector = sector;
		this.outcome = outcome;
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

}
