package com.londonbeijing.portal.trade;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The geometry of the trade line chart (exports and imports by year), for an inline SVG
 * that the server draws: no script is needed to see it.
 * <p>
 * Coordinates are in the units of a {@value #WIDTH}×{@value #HEIGHT} view box. Margins
 * and spacing leave room for text of {@value #LARGEST_FONT} units, the size the
 * stylesheet uses on narrow screens where the whole chart is scaled down, so that nothing
 * is clipped or overlaps there; wider screens use smaller text in the same space.
 */
public final class TradeChart {

	/** Width of the view box. */
	public static final int WIDTH = 640;

	/** Height of the view box. */
	public static final int HEIGHT = 360;

	/** Largest font size (in view box units) that the layout must accommodate. */
	public static final int LARGEST_FONT = 22;

	/** Room above the plot for the standalone SVG's title and subtitle. */
	static final int STANDALONE_HEADER = 56;

	/** Room below the plot for the standalone SVG's source and address lines. */
	static final int STANDALONE_FOOTER = 48;

	static final double PLOT_LEFT = 76;

	static final double PLOT_RIGHT = 492;

	static final double PLOT_TOP = 20;

	static final double PLOT_BOTTOM = 312;

	/** Keeps the first and last markers off the axis and away from the line labels. */
	static final double X_PADDING = 20;

	/** From the last marker to the line labels: clear of the gridlines' ends. */
	static final double LABEL_OFFSET = X_PADDING + 8;

	/** Two lines of the largest font (2 × 1.2 em) plus breathing space. */
	static final double LABEL_MIN_GAP = 62;

	static final double LABEL_MIN_Y = PLOT_TOP + LARGEST_FONT / 2.0;

	static final double LABEL_MAX_Y = HEIGHT - 1.5 * LARGEST_FONT;

	/**
	 * Room for a four-digit year in the largest font, with a gap: digits are up to 0.64
	 * em wide in common sans-serif fonts (DejaVu Sans, Linux's usual default), so four
	 * take 2.56 em, leaving at least 0.64 em between labels (measured at 320 px by
	 * {@code TradeLongSeriesBrowserTests}).
	 */
	static final double YEAR_LABEL_MIN_SPACING = 3.2 * LARGEST_FONT;

	static final double CIRCLE_RADIUS = 6;

	static final double SQUARE_SIDE = 10;

	private static final int MAX_INTERVALS = 6;

	private static final List<BigDecimal> NICE_MULTIPLES = List.of(new BigDecimal("1"), new BigDecimal("2"),
			new BigDecimal("2.5"), new BigDecimal("5"));

	private final BigDecimal niceMax;

	private final List<YTick> yTicks;

	private final List<XTick> xTicks;

	private final Series exports;

	private final Series imports;

	private final double labelX;

	private TradeChart(BigDecimal niceMax, List<YTick> yTicks, List<XTick> xTicks, Series exports, Series imports,
			double labelX) {
		this.niceMax = niceMax;
		this.yTicks = yTicks;
		this.xTicks = xTicks;
		this.exports = exports;
		this.imports = imports;
		this.labelX = labelX;
	}

	/**
	 * Lays out the chart of the given statistics.
	 * @param statistics the figures to draw
	 * @return the chart; {@link #isEmpty() empty} when there are no years
	 */
	public static TradeChart of(TradeStatistics statistics) {
		List<TradeYear> years = statistics.years();
		if (years.isEmpty()) {
			return new TradeChart(BigDecimal.ZERO, List.of(), List.of(), Series.NONE, Series.NONE, 0);
		}
		BigDecimal max = years.stream()
			.flatMap((year) -> Stream.of(year.exports(), year.imports()))
			.reduce(BigDecimal.ZERO, BigDecimal::max);
		BigDecimal step = niceStep(max);
		int intervals = intervals(max, step);
		BigDecimal niceMax = step.multiply(BigDecimal.valueOf(intervals));
		List<YTick> yTicks = new ArrayList<>();
		for (int i = 0; i <= intervals; i++) {
			BigDecimal value = step.multiply(BigDecimal.valueOf(i)).stripTrailingZeros();
			yTicks.add(new YTick(value, y(value, niceMax)));
		}
		int first = years.get(0).year();
		int last = years.get(years.size() - 1).year();
		Scale x = new Scale(first, last);
		int labelEvery = x.labelEvery();
		List<XTick> xTicks = new ArrayList<>();
		for (int year = first; year <= last; year++) {
			xTicks.add(new XTick(year, x.of(year), (last - year) % labelEvery == 0));
		}
		List<Point> exportPoints = points(years, TradeYear::exports, x, niceMax);
		List<Point> importPoints = points(years, TradeYear::imports, x, niceMax);
		double[] labels = separateLabels(exportPoints.get(exportPoints.size() - 1).y(),
				importPoints.get(importPoints.size() - 1).y());
		return new TradeChart(niceMax, List.copyOf(yTicks), List.copyOf(xTicks),
				new Series(exportPoints, lines(exportPoints), round(labels[0])),
				new Series(importPoints, lines(importPoints), round(labels[1])), x.of(last) + LABEL_OFFSET);
	}

	/**
	 * The smallest step of the form 1, 2, 2.5 or 5 × 10<sup>n</sup> that covers
	 * {@code max} in at most six intervals. Consecutive candidates differ by a factor of
	 * at most two, so the chosen step always needs at least four: the axis gets four to
	 * six gridlines above zero.
	 */
	static BigDecimal niceStep(BigDecimal max) {
		BigDecimal target = (max.signum() > 0) ? max : BigDecimal.ONE;
		int exponent = target.precision() - target.scale() - 1;
		for (int power = exponent - 1;; power++) {
			for (BigDecimal multiple : NICE_MULTIPLES) {
				BigDecimal step = multiple.scaleByPowerOfTen(power);
				if (intervals(target, step) <= MAX_INTERVALS) {
					return step.stripTrailingZeros();
				}
			}
		}
	}

	private static int intervals(BigDecimal max, BigDecimal step) {
		BigDecimal target = (max.signum() > 0) ? max : BigDecimal.ONE;
		return target.divide(step, 0, RoundingMode.CEILING).intValueExact();
	}

	private static double y(BigDecimal value, BigDecimal niceMax) {
		double fraction = value.doubleValue() / niceMax.doubleValue();
		return round(PLOT_BOTTOM - fraction * (PLOT_BOTTOM - PLOT_TOP));
	}

	private static List<Point> points(List<TradeYear> years, Function<TradeYear, BigDecimal> value, Scale x,
			BigDecimal niceMax) {
		return years.stream()
			.map((year) -> new Point(year.year(), value.apply(year), x.of(year.year()), y(value.apply(year), niceMax)))
			.toList();
	}

	/**
	 * Polyline points for each run of consecutive years. A missing year breaks the line
	 * rather than bridging it, as there is no figure to draw through; a lone year is only
	 * a marker.
	 */
	private static List<String> lines(List<Point> points) {
		List<String> lines = new ArrayList<>();
		List<Point> run = new ArrayList<>();
		for (Point point : points) {
			if (!run.isEmpty() && run.get(run.size() - 1).year() != point.year() - 1) {
				addLine(lines, run);
				run.clear();
			}
			run.add(point);
		}
		addLine(lines, run);
		return List.copyOf(lines);
	}

	private static void addLine(List<String> lines, List<Point> run) {
		if (run.size() > 1) {
			lines.add(String.join(" ", run.stream().map((point) -> point.x() + "," + point.y()).toList()));
		}
	}

	/**
	 * Vertical centres for the two line-end labels, given the y of each line's last
	 * point: moved apart symmetrically when closer than {@link #LABEL_MIN_GAP}, then
	 * shifted together to stay inside the chart. The label of the higher line stays on
	 * top.
	 * @return the exports label's centre, then the imports label's
	 */
	static double[] separateLabels(double exportsY, double importsY) {
		boolean exportsOnTop = exportsY <= importsY;
		double upper = Math.min(exportsY, importsY);
		double lower = Math.max(exportsY, importsY);
		if (lower - upper < LABEL_MIN_GAP) {
			double middle = (upper + lower) / 2;
			upper = middle - LABEL_MIN_GAP / 2;
			lower = middle + LABEL_MIN_GAP / 2;
		}
		if (upper < LABEL_MIN_Y) {
			lower += LABEL_MIN_Y - upper;
			upper = LABEL_MIN_Y;
		}
		if (lower > LABEL_MAX_Y) {
			upper -= lower - LABEL_MAX_Y;
			lower = LABEL_MAX_Y;
		}
		return exportsOnTop ? new double[] { upper, lower } : new double[] { lower, upper };
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	/**
	 * Whether there is nothing to draw.
	 * @return {@code true} when there are no years
	 */
	public boolean isEmpty() {
		return this.xTicks.isEmpty();
	}

	/**
	 * The SVG {@code viewBox}.
	 * @return the view box, e.g. {@code "0 0 640 360"}
	 */
	public String viewBox() {
		return "0 0 " + WIDTH + " " + HEIGHT;
	}

	/**
	 * The top of the standalone SVG: above the plot, room for a visible title and
	 * subtitle, since a downloaded file has no page around it.
	 * @return the top in view box units (negative, so the plot keeps its coordinates)
	 */
	public int standaloneTop() {
		return -STANDALONE_HEADER;
	}

	/**
	 * The standalone SVG's width.
	 * @return the width in view box units
	 */
	public int standaloneWidth() {
		return WIDTH;
	}

	/**
	 * The standalone SVG's height: title, plot and source line.
	 * @return the height in view box units
	 */
	public int standaloneHeight() {
		return STANDALONE_HEADER + HEIGHT + STANDALONE_FOOTER;
	}

	/**
	 * The baseline of the standalone SVG's source line, below the year labels; the page's
	 * address is on the line below it, so a long source title does not push it out of the
	 * picture.
	 * @return the y coordinate
	 */
	public int standaloneSourceY() {
		return HEIGHT + STANDALONE_FOOTER - 26;
	}

	/**
	 * The standalone SVG's {@code viewBox}.
	 * @return the view box, e.g. {@code "0 -56 640 464"}
	 */
	public String standaloneViewBox() {
		return "0 " + standaloneTop() + " " + standaloneWidth() + " " + standaloneHeight();
	}

	/**
	 * The top of the value axis, a round number at or above the largest value.
	 * @return the axis maximum in £ billion
	 */
	public BigDecimal niceMax() {
		return this.niceMax;
	}

	/**
	 * Gridlines and value labels, from zero upwards.
	 * @return the value axis ticks
	 */
	public List<YTick> yTicks() {
		return this.yTicks;
	}

	/**
	 * One tick per calendar year from the first to the latest, including years without
	 * figures; only some are labelled when years are many.
	 * @return the year axis ticks, oldest first
	 */
	public List<XTick> xTicks() {
		return this.xTicks;
	}

	/**
	 * The UK exports to China line.
	 * @return the exports series
	 */
	public Series exports() {
		return this.exports;
	}

	/**
	 * The UK imports from China line.
	 * @return the imports series
	 */
	public Series imports() {
		return this.imports;
	}

	/**
	 * The plot area, inside the axes' labels and the line labels.
	 * @return the x of the value axis
	 */
	public double plotLeft() {
		return PLOT_LEFT;
	}

	/**
	 * The plot area's right edge, where gridlines end.
	 * @return its x
	 */
	public double plotRight() {
		return PLOT_RIGHT;
	}

	/**
	 * The plot area's bottom, the year axis (zero).
	 * @return its y
	 */
	public double plotBottom() {
		return PLOT_BOTTOM;
	}

	/**
	 * Where the line-end labels start, just after the last year's markers.
	 * @return the x of the labels' left edge
	 */
	public double labelX() {
		return this.labelX;
	}

	/**
	 * Where value labels end (they are right-aligned against the axis).
	 * @return the x of the value labels' right edge
	 */
	public double valueLabelX() {
		return PLOT_LEFT - 10;
	}

	/**
	 * Where year labels hang from (the template moves them down by about one line).
	 * @return the y just below the axis
	 */
	public double yearLabelY() {
		return PLOT_BOTTOM + 8;
	}

	/**
	 * The size of the exports markers.
	 * @return the circles' radius
	 */
	public double circleRadius() {
		return CIRCLE_RADIUS;
	}

	/**
	 * The size of the imports markers, a square of about the same area as a circle.
	 * @return the squares' side
	 */
	public double squareSide() {
		return SQUARE_SIDE;
	}

	/**
	 * A value gridline.
	 *
	 * @param value the value in £ billion, without padding zeros ({@code 10},
	 * {@code 2.5})
	 * @param y its height
	 */
	public record YTick(BigDecimal value, double y) {

	}

	/**
	 * A year on the year axis.
	 *
	 * @param year the year
	 * @param x its position
	 * @param labelled whether its label is shown (labels are thinned out when years are
	 * many, always keeping the latest)
	 */
	public record XTick(int year, double x, boolean labelled) {

	}

	/**
	 * One year's value of a series, drawn as a marker.
	 *
	 * @param year the year
	 * @param value the value in £ billion, exactly as in the table and downloads
	 * @param x the marker's centre
	 * @param y the marker's centre
	 */
	public record Point(int year, BigDecimal value, double x, double y) {

		/**
		 * Where a square marker centred on this point starts.
		 * @return the square's left edge
		 */
		public double squareX() {
			return round(this.x - SQUARE_SIDE / 2);
		}

		/**
		 * Where a square marker centred on this point starts.
		 * @return the square's top edge
		 */
		public double squareY() {
			return round(this.y - SQUARE_SIDE / 2);
		}

	}

	/**
	 * A series: its markers, its line segments and where its direct label sits.
	 *
	 * @param points one per year, oldest first
	 * @param lines the {@code points} attribute of each polyline (one per run of
	 * consecutive years; none for a single year)
	 * @param labelY the vertical centre of the label at the end of the line
	 */
	public record Series(List<Point> points, List<String> lines, double labelY) {

		static final Series NONE = new Series(List.of(), List.of(), 0);

	}

	/** Maps years onto the horizontal axis. */
	private record Scale(int first, int last) {

		double of(int year) {
			double left = PLOT_LEFT + X_PADDING;
			double right = PLOT_RIGHT - X_PADDING;
			if (this.first == this.last) {
				return round((left + right) / 2);
			}
			return round(left + (right - left) * (year - this.first) / (this.last - this.first));
		}

		int labelEvery() {
			if (this.first == this.last) {
				return 1;
			}
			double perYear = (PLOT_RIGHT - PLOT_LEFT - 2 * X_PADDING) / (this.last - this.first);
			return (int) Math.ceil(YEAR_LABEL_MIN_SPACING / perYear);
		}

	}

}
