package com.londonbeijing.portal.trade;

import java.time.Instant;

/**
 * A dataset version as the list of versions shows it.
 *
 * @param number the version number, from 1
 * @param createdAt when it was published
 * @param note the editor's note for visitors, or {@code null}
 */
public record TradeVersionSummary(int number, Instant createdAt, String note) {

}
