package com.londonbeijing.portal.web;

import java.math.BigDecimal;

import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Amounts in billions written the way a reader of the page's language counts: English
 * says £27.5bn, Chinese counts in 亿 (hundred millions), so the same amount is 275亿英镑.
 * Templates call it as {@code #figures.billions(value)} (an expression object, see
 * {@link FiguresDialect}, so web slice tests have it too) and put the result into the
 * message {@code trade.figure.gbpBn}, which adds the currency and unit. Downloads (CSV,
 * JSON) do not use it: they stay in £ billion with a full stop for decimals.
 */
public class Figures {

	/**
	 * The number to write before the unit of {@code trade.figure.gbpBn} in the current
	 * locale.
	 * @param billions an amount in billions
	 * @return the amount in the unit of the current language, as plain digits
	 */
	public String billions(BigDecimal billions) {
		if ("zh".equals(LocaleContextHolder.getLocale().getLanguage())) {
			return billions.movePointRight(1).stripTrailingZeros().toPlainString();
		}
		return billions.toPlainString();
	}

}
