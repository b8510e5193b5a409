package com.londonbeijing.portal.trade;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading the trade table's {@code from} and {@code to}: usable bounds are kept, each
 * unusable one is dropped with its reason, and bounds in the wrong order give every year.
 */
class TradeYearRangeTests {

	@Test
	void keepsYearsTheFiguresMayHave() {
		TradeYearRange range = TradeYearRange.parse(" 2015 ", "2020");

		assertThat(range.from()).isEqualTo(2015);
		assertThat(range.to()).isEqualTo(2020);
		assertThat(range.problems()).isEmpty();
		assertThat(range.contains(2015)).isTrue();
		assertThat(range.contains(2020)).isTrue();
		assertThat(range.contains(2014)).isFalse();
		assertThat(range.contains(2021)).isFalse();
		assertThat(TradeYearRange.parse("1950", "2200").problems()).isEmpty();
	}

	@Test
	void emptyBoundsMeanEveryYear() {
		assertThat(TradeYearRange.parse(null, "").isAll()).isTrue();
		assertThat(TradeYearRange.parse(null, "").problems()).isEmpty();
		assertThat(TradeYearRange.parse("2019", null).contains(2200)).isTrue();
	}

	@Test
	void dropsWhatIsNotAYearOfTheFiguresAndSaysWhich() {
		assertThat(TradeYearRange.parse("1949", "2201").problems()).containsExactly("trade.filter.badFrom",
				"trade.filter.badTo");
		assertThat(TradeYearRange.parse("20x1", "2020")).satisfies((range) -> {
			assertThat(range.from()).isNull();
			assertThat(range.to()).isEqualTo(2020);
			assertThat(range.problems()).containsExactly("trade.filter.badFrom");
		});
		for (String hostile : new String[] { "<script>", "-2020", "+2020", "2020.0", "٢٠٢٠", "9".repeat(40) }) {
			assertThat(TradeYearRange.parse(hostile, null).problems()).as(hostile)
				.containsExactly("trade.filter.badFrom");
		}
	}

	@Test
	void boundsInTheWrongOrderGiveEveryYear() {
		TradeYearRange range = TradeYearRange.parse("2021", "2019");

		assertThat(range.isAll()).isTrue();
		assertThat(range.problems()).containsExactly("trade.filter.order");
		assertThat(TradeYearRange.parse("2019", "2019").problems()).isEmpty();
	}

}
