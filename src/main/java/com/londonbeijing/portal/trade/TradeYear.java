package com.londonbeijing.portal.trade;

import java.math.BigDecimal;

/**
 * One published year of UK–China trade with the values derived from it. Money is in £
 * billion; changes are percentages on the immediately previous calendar year, rounded
 * half-up to one decimal place.
 *
 * @param year the calendar year
 * @param exports UK exports to China
 * @param imports UK imports from China
 * @param total exports plus imports
 * @param balance exports minus imports: negative is a deficit for the UK
 * @param exportsChange change in exports on the previous calendar year, in %;
 * {@code null} when there is nothing to compare with (first year, missing previous year,
 * or previous exports of zero)
 * @param importsChange change in imports on the previous calendar year, in %;
 * {@code null} under the same conditions as {@code exportsChange}
 * @see TradeStatistics
 */
public record TradeYear(int year, BigDecimal exports, BigDecimal imports, BigDecimal total, BigDecimal balance,
		BigDecimal exportsChange, BigDecimal importsChange) {

	/**
	 * Whether the UK imported more from China than it exported there this year.
	 * @return {@code true} when the balance is negative
	 */
	public boolean isDeficit() {
		return this.balance.signum() < 0;
	}

}
