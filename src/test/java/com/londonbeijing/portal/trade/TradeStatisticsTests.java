package com.londonbeijing.portal.trade;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TradeStatisticsTests {

	@Test
	void totalIsExportsPlusImportsAndBalanceIsExportsMinusImports() {
		TradeYear year = single(figure(2021, "27.5", "55.7"));

		assertThat(year.total()).isEqualByComparingTo("83.2");
		assertThat(year.balance()).isEqualByComparingTo("-28.2");
	}

	@Test
	void negativeBalanceIsADeficit() {
		assertThat(single(figure(2021, "27.5", "55.7")).isDeficit()).isTrue();
		assertThat(single(figure(2021, "55.7", "27.5")).isDeficit()).isFalse();
		assertThat(single(figure(2021, "10", "10")).isDeficit()).isFalse();
	}

	@Test
	void changesAreYearOnYearPercentagesRoundedToOneDecimal() {
		TradeStatistics statistics = TradeStatistics.of(seed());

		assertThat(statistics.years()).extracting(TradeYear::exportsChange)
			.containsExactly(null, new BigDecimal("-11.0"), new BigDecimal("30.3"));
		assertThat(statistics.years()).extracting(TradeYear::importsChange)
			.containsExactly(null, new BigDecimal("-8.5"), new BigDecimal("23.0"));
	}

	@Test
	void changesRoundHalfUpAwayFromZero() {
		TradeStatistics up = TradeStatistics.of(List.of(figure(2020, "8", "8"), figure(2021, "8.1", "7.9")));

		assertThat(up.years().get(1).exportsChange()).isEqualTo(new BigDecimal("1.3"));
		assertThat(up.years().get(1).importsChange()).isEqualTo(new BigDecimal("-1.3"));
	}

	@Test
	void firstYearHasNoChange() {
		TradeYear first = TradeStatistics.of(seed()).years().get(0);

		assertThat(first.exportsChange()).isNull();
		assertThat(first.importsChange()).isNull();
	}

	@Test
	void noChangeWhenThePreviousCalendarYearIsMissing() {
		TradeStatistics statistics = TradeStatistics
			.of(List.of(figure(2019, "23.7", "49.5"), figure(2021, "27.5", "55.7")));

		assertThat(statistics.years().get(1).exportsChange()).isNull();
		assertThat(statistics.years().get(1).importsChange()).isNull();
	}

	@Test
	void noChangeFromAPreviousValueOfZero() {
		TradeStatistics statistics = TradeStatistics.of(List.of(figure(2020, "0", "5"), figure(2021, "3", "0")));

		assertThat(statistics.years().get(1).exportsChange()).isNull();
		assertThat(statistics.years().get(1).importsChange()).isEqualTo(new BigDecimal("-100.0"));
	}

	@Test
	void unchangedValueIsAChangeOfZero() {
		TradeStatistics statistics = TradeStatistics.of(List.of(figure(2020, "5", "5"), figure(2021, "5", "5")));

		assertThat(statistics.years().get(1).exportsChange()).isEqualTo(new BigDecimal("0.0"));
	}

	@Test
	void valuesKeepTheirExactDecimalsWithoutTheDatabasePadding() {
		TradeYear year = single(figure(2021, "23.70", "20.00"));
		TradeYear precise = single(figure(2021, "23.75", "0.05"));

		assertThat(year.exports().toPlainString()).isEqualTo("23.7");
		assertThat(year.imports().toPlainString()).isEqualTo("20.0");
		assertThat(year.total().toPlainString()).isEqualTo("43.7");
		assertThat(precise.exports().toPlainString()).isEqualTo("23.75");
		assertThat(precise.balance().toPlainString()).isEqualTo("23.7");
		assertThat(precise.total().toPlainString()).isEqualTo("23.8");
	}

	@Test
	void yearsAreOrderedOldestFirstWhateverTheInputOrder() {
		TradeStatistics statistics = TradeStatistics
			.of(List.of(figure(2021, "27.5", "55.7"), figure(2019, "23.7", "49.5"), figure(2020, "21.1", "45.3")));

		assertThat(statistics.years()).extracting(TradeYear::year).containsExactly(2019, 2020, 2021);
		assertThat(statistics.years().get(2).exportsChange()).isEqualTo(new BigDecimal("30.3"));
	}

	@Test
	void latestIsTheMostRecentYear() {
		assertThat(TradeStatistics.of(seed()).latest()).hasValueSatisfying((latest) -> {
			assertThat(latest.year()).isEqualTo(2021);
			assertThat(latest.exports()).isEqualByComparingTo("27.5");
		});
	}

	@Test
	void withoutFiguresThereIsNoLatestYear() {
		TradeStatistics statistics = TradeStatistics.of(List.of());

		assertThat(statistics.isEmpty()).isTrue();
		assertThat(statistics.latest()).isEmpty();
		assertThat(statistics.sources()).isEmpty();
	}

	@Test
	void twoFiguresForOneYearAreRejected() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> TradeStatistics.of(List.of(figure(2021, "1", "2"), figure(2021, "3", "4"))))
			.withMessageContaining("2021");
	}

	@Test
	void eachDistinctSourceIsListedOnceInOrderOfFirstUse() {
		TradeStatistics statistics = TradeStatistics.of(List.of(figure(2019, "1", "1", "Yearbook"),
				figure(2020, "1", "1", "Bulletin"), figure(2021, "1", "1", "Yearbook")));

		assertThat(statistics.sources()).extracting(TradeSource::title).containsExactly("Yearbook", "Bulletin");
	}

	@Test
	void figuresWithoutAnySourceAddNoSource() {
		TradeStatistics statistics = TradeStatistics
			.of(List.of(figure(2020, "1", "1"), figure(2021, "1", "1", "Yearbook")));

		assertThat(statistics.sources()).extracting(TradeSource::title).containsExactly("Yearbook");
	}

	private static TradeYear single(TradeFigure figure) {
		return TradeStatistics.of(List.of(figure)).years().get(0);
	}

	static List<TradeFigure> seed() {
		return List.of(figure(2019, "23.7", "49.5"), figure(2020, "21.1", "45.3"), figure(2021, "27.5", "55.7"));
	}

	static TradeFigure figure(int year, String exports, String imports) {
		return new TradeFigure(year, new BigDecimal(exports), new BigDecimal(imports));
	}

	static TradeFigure figure(int year, String exports, String imports, String sourceTitle) {
		TradeFigure figure = figure(year, exports, imports);
		figure.setSourceTitle(sourceTitle);
		return figure;
	}

}
