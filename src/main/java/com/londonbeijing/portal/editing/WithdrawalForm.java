package com.londonbeijing.portal.editing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Why a published page is withdrawn, shown on it under "This page was withdrawn on …":
 * required in English, optional in Chinese (the English stands in on Chinese pages).
 */
public class WithdrawalForm {

	@NotBlank
	@Size(max = 1000)
	private String reason;

	@Size(max = 1000)
	private String reasonZh;

	/** The Chinese reason as stored: stripped, {@code null} if empty. */
	String reasonZhOrNull() {
		return (this.reasonZh == null || this.reasonZh.isBlank()) ? null : this.reasonZh.strip();
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public String getReasonZh() {
		return this.reasonZh;
	}

	public void setReasonZh(String reasonZh) {
		this.reasonZh = reasonZh;
	}

}
