package com.londonbeijing.portal.history;

import java.time.Instant;

/**
 * A change note that the editor marked for visitors, as the public page shows it.
 *
 * @param note the note
 * @param at when the change was saved
 */
public record PublicChange(String note, Instant at) {

}
