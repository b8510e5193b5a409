package com.londonbeijing.portal.trade;

import java.math.BigDecimal;

/**
 * The trade figures as CSV for spreadsheets and scripts: one row per year, full stops for
 * decimals, plain numbers, an empty cell where a change does not apply. Every cell is a
 * number, so nothing needs quoting.
 */
final class TradeCsv {

	static final String HEADER = "year,uk_exports_to_china_gbp_bn,uk_imports_from_china_gbp_bn,total_trade_gbp_bn,"
			+ "balance_gbp_bn,exports_change_pct,imports_change_pct";

	/** RFC 4180's line break, which spreadsheet programs expect. */
	private static final String CRLF = "\r\n";

	private TradeCsv() {
	}

	static String of(TradeStatistics statistics) {
		StringBuilder csv = new StringBuilder(HEADER).append(CRLF);
		for (TradeYear year : statistics.years()) {
			csv.append(year.year())
				.append(',')
				.append(cell(year.exports()))
				.append(',')
				.append(cell(year.imports()))
				.append(',')
				.append(cell(year.total()))
				.append(',')
				.append(cell(year.balance()))
				.append(',')
				.append(cell(year.exportsChange()))
				.append(',')
				.append(cell(year.importsChange()))
				.append(CRLF);
		}
		return csv.toString();
	}

	private static String cell(BigDecimal value) {
		return (value != null) ? value.toPlainString() : "";
	}

}
