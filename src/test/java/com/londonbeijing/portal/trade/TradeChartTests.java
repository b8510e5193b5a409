package com.londonbeijing.portal.trade;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.londonbeijing.portal.trade.TradeChart.Point;
import com.londonbeijing.portal.trade.TradeChart.XTick;
import com.londonbeijing.portal.trade.TradeChart.YTick;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

class TradeChartTests {

	private static final double LEFT = TradeChart.PLOT_LEFT + TradeChart.X_PADDING;

	private static final double RIGHT = TradeChart.PLOT_RIGHT - TradeChart.X_PADDING;

	@Test
	void noYearsGiveAnEmptyChart() {
		TradeChart chart = TradeChart.of(TradeStatistics.of(List.of()));

		assertThat(chart.isEmpty()).isTrue();
		assertThat(chart.yTicks()).isEmpty();
		assertThat(chart.exports().points()).isEmpty();
		assertThat(chart.imports().lines()).isEmpty();
	}

	@Test
	void valueAxisRunsFromZeroToANiceMaxAboveTheLargestValue() {
		TradeChart chart = TradeChart.of(TradeStatistics.of(TradeStatisticsTests.seed()));

		assertThat(chart.niceMax()).isEqualByComparingTo("60");
		assertThat(chart.yTicks()).extracting((tick) -> tick.value().toPlainString())
			.containsExactly("0", "10", "20", "30", "40", "50", "60");
		assertThat(chart.yTicks().get(0).y()).isEqualTo(TradeChart.PLOT_BOTTOM);
		assertThat(chart.yTicks().get(6).y()).isEqualTo(TradeChart.PLOT_TOP);
	}

	@ParameterizedTest
	@CsvSource({ "55.7, 10", "60, 10", "61, 20", "12.5, 2.5", "16, 5", "100, 20", "0.8, 0.2", "6, 1", "7, 2",
			"1234.5, 250", "0, 0.2" })
	void niceStepIsOneTwoTwoAndAHalfOrFiveTimesAPowerOfTen(BigDecimal max, BigDecimal step) {
		assertThat(TradeChart.niceStep(max)).isEqualByComparingTo(step);
	}

	@Test
	void valueAxisAlwaysHasFourToSixGridlinesAboveZero() {
		for (int hundredths = 1; hundredths <= 100_000; hundredths += 97) {
			BigDecimal max = BigDecimal.valueOf(hundredths, 2);
			TradeChart chart = TradeChart
				.of(TradeStatistics.of(List.of(TradeStatisticsTests.figure(2021, max.toPlainString(), "0"))));

			assertThat(chart.yTicks()).as("ticks for %s", max).hasSizeBetween(5, 7);
			assertThat(chart.niceMax()).as("axis for %s", max).isGreaterThanOrEqualTo(max);
		}
	}

	@Test
	void valuesAreScaledLinearlyFromTheAxis() {
		TradeChart chart = TradeChart.of(TradeStatistics
			.of(List.of(TradeStatisticsTests.figure(2020, "0", "30"), TradeStatisticsTests.figure(2021, "15", "60"))));
		double height = TradeChart.PLOT_BOTTOM - TradeChart.PLOT_TOP;

		assertThat(chart.exports().points()).extracting(Point::y)
			.containsExactly(TradeChart.PLOT_BOTTOM, TradeChart.PLOT_BOTTOM - height / 4);
		assertThat(chart.imports().points()).extracting(Point::y)
			.containsExactly(TradeChart.PLOT_BOTTOM - height / 2, TradeChart.PLOT_TOP);
	}

	@Test
	void yearsAreSpacedByCalendarYearAcrossThePlot() {
		TradeChart chart = TradeChart.of(TradeStatistics.of(List.of(TradeStatisticsTests.figure(2010, "1", "1"),
				TradeStatisticsTests.figure(2011, "1", "1"), TradeStatisticsTests.figure(2014, "1", "1"))));

		assertThat(chart.exports().points()).extracting(Point::x)
			.containsExactly(LEFT, LEFT + (RIGHT - LEFT) / 4, RIGHT);
	}

	@Test
	void yearAxisHasATickForEveryCalendarYearIncludingYearsWithoutFigures() {
		TradeChart chart = TradeChart.of(TradeStatistics.of(List.of(TradeStatisticsTests.figure(2010, "1", "1"),
				TradeStatisticsTests.figure(2011, "1", "1"), TradeStatisticsTests.figure(2014, "1", "1"))));

		assertThat(chart.xTicks()).extracting(XTick::year).containsExactly(2010, 2011, 2012, 2013, 2014);
		assertThat(chart.xTicks()).extracting(XTick::x)
			.containsExactly(LEFT, LEFT + (RIGHT - LEFT) / 4, LEFT + (RIGHT - LEFT) / 2, LEFT + 3 * (RIGHT - LEFT) / 4,
					RIGHT);
	}

	@Test
	void lineLabelsStartJustAfterTheLatestMarkersAndClearOfTheGridlines() {
		TradeChart chart = TradeChart.of(TradeStatistics.of(TradeStatisticsTests.seed()));

		assertThat(chart.labelX()).isEqualTo(RIGHT + TradeChart.LABEL_OFFSET);
		assertThat(chart.labelX()).isGreaterThan(chart.plotRight());
	}

	@Test
	void markersCarryTheExactValuesOfTheirYear() {
		TradeChart chart = TradeChart.of(TradeStatistics.of(TradeStatisticsTests.seed()));

		assertThat(chart.exports().points()).extracting(Point::year, (point) -> point.value().toPlainString())
			.containsExactly(tuple(2019, "23.7"), tuple(2020, "21.1"), tuple(2021, "27.5"));
		assertThat(chart.imports().points()).extracting((point) -> point.value().toPlainString())
			.containsExactly("49.5", "45.3", "55.7");
	}

	@Test
	void linesJoinTheMarkersOfConsecutiveYears() {
		TradeChart chart = TradeChart.of(TradeStatistics.of(TradeStatisticsTests.seed()));
		List<Point> points = chart.exports().points();

		assertThat(chart.exports().lines()).containsExactly(points.get(0).x() + "," + points.get(0).y() + " "
				+ points.get(1).x() + "," + points.get(1).y() + " " + points.get(2).x() + "," + points.get(2).y());
	}

	@Test
	void aMissingYearBreaksTheLineInsteadOfBridgingIt() {
		TradeChart chart = TradeChart.of(TradeStatistics.of(List.of(TradeStatisticsTests.figure(2017, "1", "2"),
				TradeStatisticsTests.figure(2018, "2", "3"), TradeStatisticsTests.figure(2020, "3", "4"),
				TradeStatisticsTests.figure(2021, "4", "5"), TradeStatisticsTests.figure(2023, "5", "6"))));

		assertThat(chart.exports().lines()).hasSize(2);
		assertThat(chart.imports().lines()).hasSize(2);
		assertThat(chart.exports().points()).hasSize(5);
	}

	@Test
	void aSingleYearIsDrawnAsCentredMarkersWithoutLines() {
		TradeChart chart = TradeChart
			.of(TradeStatistics.of(List.of(TradeStatisticsTests.figure(2021, "27.5", "55.7"))));

		assertThat(chart.exports().lines()).isEmpty();
		assertThat(chart.imports().lines()).isEmpty();
		assertThat(chart.exports().points()).singleElement()
			.satisfies((point) -> assertThat(point.x()).isEqualTo((LEFT + RIGHT) / 2));
		assertThat(chart.xTicks()).singleElement().satisfies((tick) -> assertThat(tick.labelled()).isTrue());
		assertThat(chart.labelX()).isEqualTo((LEFT + RIGHT) / 2 + TradeChart.LABEL_OFFSET);
	}

	@Test
	void squareMarkersAreCentredOnTheirPoint() {
		Point point = new Point(2021, BigDecimal.ONE, 100, 200);

		assertThat(point.squareX()).isEqualTo(100 - TradeChart.SQUARE_SIDE / 2);
		assertThat(point.squareY()).isEqualTo(200 - TradeChart.SQUARE_SIDE / 2);
	}

	@Test
	void everyYearIsLabelledWhenYearsAreFew() {
		TradeChart chart = TradeChart.of(TradeStatistics.of(TradeStatisticsTests.seed()));

		assertThat(chart.xTicks()).allMatch(XTick::labelled);
	}

	@Test
	void yearLabelsAreThinnedOutWhenYearsAreManyKeepingTheLatest() {
		List<TradeFigure> figures = new ArrayList<>();
		for (int year = 2000; year <= 2024; year++) {
			figures.add(TradeStatisticsTests.figure(year, "1", "2"));
		}
		TradeChart chart = TradeChart.of(TradeStatistics.of(figures));
		List<XTick> labelled = chart.xTicks().stream().filter(XTick::labelled).toList();

		assertThat(chart.xTicks()).hasSize(25);
		assertThat(labelled).hasSizeLessThan(25).last().extracting(XTick::year).isEqualTo(2024);
		for (int i = 1; i < labelled.size(); i++) {
			assertThat(labelled.get(i).x() - labelled.get(i - 1).x())
				.isGreaterThanOrEqualTo(TradeChart.YEAR_LABEL_MIN_SPACING);
		}
	}

	@Test
	void lineLabelsFarApartStayLevelWithTheEndsOfTheirLines() {
		assertThat(TradeChart.separateLabels(100, 250)).containsExactly(100, 250);
	}

	@Test
	void lineLabelsThatWouldOverlapAreNudgedApartAroundTheirMiddle() {
		double[] labels = TradeChart.separateLabels(150, 160);

		assertThat(labels[1] - labels[0]).isEqualTo(TradeChart.LABEL_MIN_GAP);
		assertThat((labels[0] + labels[1]) / 2).isEqualTo(155);
	}

	@Test
	void theLabelOfTheHigherLineStaysOnTop() {
		double[] labels = TradeChart.separateLabels(160, 150);

		assertThat(labels[0]).isGreaterThan(labels[1]);
		assertThat(labels[0] - labels[1]).isEqualTo(TradeChart.LABEL_MIN_GAP);
	}

	@Test
	void lineLabelsOfEqualEndsAreStillSeparated() {
		double[] labels = TradeChart.separateLabels(200, 200);

		assertThat(Math.abs(labels[1] - labels[0])).isEqualTo(TradeChart.LABEL_MIN_GAP);
	}

	@Test
	void nudgedLabelsStayInsideTheChart() {
		double[] top = TradeChart.separateLabels(TradeChart.PLOT_TOP, TradeChart.PLOT_TOP);
		double[] bottom = TradeChart.separateLabels(TradeChart.PLOT_BOTTOM, TradeChart.PLOT_BOTTOM);

		assertThat(top[0]).isEqualTo(TradeChart.LABEL_MIN_Y);
		assertThat(top[1]).isEqualTo(TradeChart.LABEL_MIN_Y + TradeChart.LABEL_MIN_GAP);
		assertThat(bottom[1]).isLessThanOrEqualTo(TradeChart.LABEL_MAX_Y);
		assertThat(bottom[1] - bottom[0]).isEqualTo(TradeChart.LABEL_MIN_GAP);
	}

	@Test
	void chartLabelsUseTheSeparatedPositions() {
		TradeChart chart = TradeChart.of(TradeStatistics
			.of(List.of(TradeStatisticsTests.figure(2020, "10", "10"), TradeStatisticsTests.figure(2021, "30", "31"))));

		assertThat(chart.imports().labelY()).isLessThan(chart.exports().labelY());
		assertThat(chart.exports().labelY() - chart.imports().labelY()).isCloseTo(TradeChart.LABEL_MIN_GAP,
				within(0.1));
	}

	@Test
	void valueTicksAreEvenlySpaced() {
		List<YTick> ticks = TradeChart.of(TradeStatistics.of(TradeStatisticsTests.seed())).yTicks();

		for (int i = 1; i < ticks.size(); i++) {
			assertThat(ticks.get(i - 1).y() - ticks.get(i).y())
				.isCloseTo((TradeChart.PLOT_BOTTOM - TradeChart.PLOT_TOP) / (ticks.size() - 1), within(0.1));
		}
	}

}
