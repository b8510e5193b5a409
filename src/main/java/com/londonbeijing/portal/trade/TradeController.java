package com.londonbeijing.portal.trade;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.londonbeijing.portal.PortalProperties;
import com.londonbeijing.portal.sitetext.SiteTexts;
import com.londonbeijing.portal.support.NotFoundException;
import com.londonbeijing.portal.web.Figures;
import com.londonbeijing.portal.web.SiteUrls;
import com.londonbeijing.portal.web.language.Language;
import jakarta.servlet.http.HttpServletRequest;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * UK–China trade statistics: the page (key figures, chart, table, revisions, versions,
 * source) and the downloads (CSV, JSON, metadata, zip), for the current version and for
 * each numbered version at its permanent address.
 */
@Controller
class TradeController {

	static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	static final MediaType ZIP = new MediaType("application", "zip");

	static final MediaType SVG = new MediaType("image", "svg+xml", StandardCharsets.UTF_8);

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private final TradeService trade;

	private final SiteTexts siteTexts;

	private final SiteUrls urls;

	private final MessageSource messages;

	private final JsonMapper json;

	private final TradeMetadata.Licence licence;

	private final Figures figures = new Figures();

	private final ITemplateEngine templates;

	TradeController(TradeService trade, SiteTexts siteTexts, SiteUrls urls, MessageSource messages, JsonMapper json,
			PortalProperties properties, ITemplateEngine templates) {
		this.templates = templates;
		this.trade = trade;
		this.siteTexts = siteTexts;
		this.urls = urls;
		this.messages = messages;
		this.json = json;
		this.licence = new TradeMetadata.Licence(properties.data().licenceName(), properties.data().licenceUrl());
	}

	@GetMapping("/trade")
	String show(HttpServletRequest request, Model model) {
		model.addAttribute("publicChanges", this.trade.publicChanges());
		model.addAttribute("embedUrl", this.urls.absolute(request, Language.of(request).path("/trade/chart")));
		return page(this.trade.current(), model);
	}

	/**
	 * The chart alone, for other sites to show in a frame: title, chart, its description
	 * and source, and a link to this site's trade page.
	 */
	@GetMapping("/trade/chart")
	String embed(HttpServletRequest request, Model model) {
		page(this.trade.current(), model);
		model.addAttribute("pageUrl", this.urls.absolute(request, Language.of(request).path("/trade")));
		return "trade/embed";
	}

	@GetMapping("/trade/versions/{number}")
	String showVersion(@PathVariable String number, Model model) {
		return page(version(number), model);
	}

	private String page(TradeDataset dataset, Model model) {
		TradeStatistics statistics = dataset.statistics();
		model.addAttribute("texts", this.siteTexts.get("trade.intro"));
		model.addAttribute("dataset", dataset);
		model.addAttribute("statistics", statistics);
		model.addAttribute("latest", statistics.latest().orElse(null));
		model.addAttribute("chart", TradeChart.of(statistics));
		model.addAttribute("chartDescription", TradeChartSummary.of(statistics).map(this::describe).orElse(null));
		model.addAttribute("ogType", "article");
		return "trade/show";
	}

	/**
	 * The chart in words, in the page's language: each series' trend and the years of the
	 * largest and smallest balance.
	 */
	private String describe(TradeChartSummary summary) {
		Locale locale = LocaleContextHolder.getLocale();
		StringBuilder text = new StringBuilder();
		for (String name : List.of("exports", "imports")) {
			TradeChartSummary.Series series = name.equals("exports") ? summary.exports() : summary.imports();
			text.append(this.messages.getMessage("trade.chart.summary." + series.trend(),
					new Object[] { this.messages.getMessage("trade.series." + name, null, locale),
							money(series.first(), locale), String.valueOf(summary.firstYear()),
							money(series.last(), locale), String.valueOf(summary.lastYear()),
							money(series.peak(), locale), String.valueOf(series.peakYear()) },
					locale))
				.append(' ');
		}
		text.append(this.messages.getMessage("trade.chart.summary.balance", new Object[] {
				String.valueOf(summary.largestBalance().year()), money(summary.largestBalance().balance(), locale),
				String.valueOf(summary.smallestBalance().year()), money(summary.smallestBalance().balance(), locale) },
				locale));
		return text.toString();
	}

	private String money(BigDecimal value, Locale locale) {
		return (value.signum() < 0)
				? this.messages.getMessage("trade.figure.gbpBn.negative",
						new Object[] { this.figures.billions(value.abs()) }, locale)
				: this.messages.getMessage("trade.figure.gbpBn", new Object[] { this.figures.billions(value) }, locale);
	}

	/**
	 * The chart as a file of its own, drawn by the same fragment as the page's, with its
	 * own style, title, description and source line, in the request's language.
	 */
	@GetMapping("/trade/chart.svg")
	ResponseEntity<byte[]> chartSvg(HttpServletRequest request) {
		TradeDataset dataset = this.trade.current();
		TradeStatistics statistics = dataset.statistics();
		if (statistics.isEmpty()) {
			throw new NotFoundException("Trade chart");
		}
		Locale locale = LocaleContextHolder.getLocale();
		Context context = new Context(locale);
		context.setVariable("standalone", true);
		context.setVariable("statistics", statistics);
		context.setVariable("latest", statistics.latest().orElse(null));
		context.setVariable("chart", TradeChart.of(statistics));
		context.setVariable("chartDescription", TradeChartSummary.of(statistics).map(this::describe).orElse(null));
		context.setVariable("pageUrl", this.urls.absolute(request, Language.of(request).path("/trade")));
		String svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ this.templates.process("trade/chart", Set.of("drawing"), context).strip() + "\n";
		return ResponseEntity.ok()
			.contentType(SVG)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName(dataset, "svg")).build().toString())
			.body(svg.getBytes(StandardCharsets.UTF_8));
	}

	@GetMapping("/trade.csv")
	ResponseEntity<byte[]> csv() {
		return csv(this.trade.current());
	}

	@GetMapping("/trade/versions/{number}.csv")
	ResponseEntity<byte[]> versionCsv(@PathVariable String number) {
		return csv(version(number));
	}

	@GetMapping(path = "/trade.metadata.json", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	TradeMetadata metadata(HttpServletRequest request) {
		return metadata(this.trade.current(), request);
	}

	@GetMapping(path = "/trade/versions/{number}.metadata.json", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	TradeMetadata versionMetadata(@PathVariable String number, HttpServletRequest request) {
		return metadata(version(number), request);
	}

	@GetMapping("/trade.zip")
	ResponseEntity<byte[]> zip(HttpServletRequest request) {
		return zip(this.trade.current(), request);
	}

	@GetMapping("/trade/versions/{number}.zip")
	ResponseEntity<byte[]> versionZip(@PathVariable String number, HttpServletRequest request) {
		return zip(version(number), request);
	}

	@GetMapping(path = "/trade.json", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	TradeJson json() {
		return TradeJson.of(this.trade.current());
	}

	@GetMapping(path = "/trade/versions/{number}.json", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	TradeJson versionJson(@PathVariable String number) {
		return TradeJson.of(version(number));
	}

	private ResponseEntity<byte[]> csv(TradeDataset dataset) {
		return ResponseEntity.ok()
			.contentType(TEXT_CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName(dataset, "csv")).build().toString())
			.body(TradeDownloads.csv(dataset));
	}

	private TradeMetadata metadata(TradeDataset dataset, HttpServletRequest request) {
		return TradeMetadata.of(dataset, this.messages.getMessage("site.name", null, Locale.UK),
				this.urls.absolute(request, ""), this.licence, LocalDate.now(LONDON));
	}

	private ResponseEntity<byte[]> zip(TradeDataset dataset, HttpServletRequest request) {
		TradeMetadata metadata = metadata(dataset, request);
		byte[] zip = TradeDownloads.zip(dataset, this.json.writeValueAsBytes(TradeJson.of(dataset)),
				this.json.writerWithDefaultPrettyPrinter().writeValueAsBytes(metadata),
				TradeDownloads.readme(metadata, dataset));
		return ResponseEntity.ok()
			.contentType(ZIP)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName(dataset, "zip")).build().toString())
			.body(zip);
	}

	/** {@code uk-china-trade-v3.csv}: a saved download says which version it is. */
	static String fileName(TradeDataset dataset, String extension) {
		return "uk-china-trade" + ((dataset.version() > 0) ? "-v" + dataset.version() : "") + "." + extension;
	}

	/** Any number that is not a version's, "abc" included, is a 404. */
	private TradeDataset version(String number) {
		if (!number.matches("[1-9][0-9]{0,8}")) {
			throw new NotFoundException("Trade dataset version");
		}
		return this.trade.version(Integer.parseInt(number))
			.orElseThrow(() -> new NotFoundException("Trade dataset version"));
	}

}
