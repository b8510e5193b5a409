package com.londonbeijing.portal.editing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The new wording of a change note shown to visitors. Control characters are refused
 * rather than dropped: a note is one or two sentences, and silently changing what the
 * editor typed would make the correction itself wrong.
 */
public class NoteCorrectionForm {

	@NotBlank(message = "{admin.history.correct.blank}")
	@Size(max = 500, message = "{admin.history.correct.tooLong}")
	@Pattern(regexp = "[^\\p{Cntrl}]*", message = "{admin.history.correct.control}")
	private String note;

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
