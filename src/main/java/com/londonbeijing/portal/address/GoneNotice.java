package com.londonbeijing.portal.address;

import java.time.Instant;

/**
 * What the 410 page of a deleted item's address shows: when it went, and the editor's
 * optional note (English, Chinese) and link to a replacement.
 *
 * @param goneAt when the item was deleted
 * @param note the note, or {@code null}
 * @param noteZh the note in Chinese, or {@code null} (the English stands in)
 * @param link a site path or https address, or {@code null}
 */
public record GoneNotice(Instant goneAt, String note, String noteZh, String link) {

	/** The note to show in a language. */
	public String note(boolean chinese) {
		return (chinese && this.noteZh != null) ? this.noteZh : this.note;
	}

	/** Whether the link leads to another site (it then opens as an ordinary link). */
	public boolean external() {
		return this.link != null && !this.link.startsWith("/");
	}

}
