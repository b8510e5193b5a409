package com.londonbeijing.portal.trade;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TradeCsvTests {

	@Test
	void withoutFiguresOnlyTheHeaderIsWritten() {
		assertThat(TradeCsv.of(TradeStatistics.of(List.of()))).isEqualTo(TradeCsv.HEADER + "\r\n");
	}

	@Test
	void changesThatDoNotApplyAreEmptyCells() {
		String csv = TradeCsv.of(TradeStatistics
			.of(List.of(TradeStatisticsTests.figure(2019, "0", "5"), TradeStatisticsTests.figure(2020, "3", "4"))));

		assertThat(csv.split("\r\n")).containsExactly(TradeCsv.HEADER, "2019,0.0,5.0,5.0,-5.0,,",
				"2020,3.0,4.0,7.0,-1.0,,-20.0");
	}

	@Test
	void numbersArePlainWithFullStopsAndNoExponent() {
		String csv = TradeCsv.of(TradeStatistics.of(List.of(TradeStatisticsTests.figure(2020, "100.00", "1200"))));

		assertThat(csv).endsWith("\r\n2020,100.0,1200.0,1300.0,-1100.0,,\r\n");
	}

}
