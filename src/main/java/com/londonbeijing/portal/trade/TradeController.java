package com.londonbeijing.portal.trade;

import java.nio.charset.StandardCharsets;

import com.londonbeijing.portal.sitetext.SiteTexts;
import com.londonbeijing.portal.support.NotFoundException;

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
 * source) and the same figures as CSV and JSON downloads, for the current version and for
 * each numbered version at its permanent address.
 */
@Controller
class TradeController {

	static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final TradeService trade;

	private final SiteTexts siteTexts;

	TradeController(TradeService trade, SiteTexts siteTexts) {
		this.trade = trade;
		this.siteTexts = siteTexts;
	}

	@GetMapping("/trade")
	String show(Model model) {
		model.addAttribute("publicChange", this.trade.latestPublicChange().orElse(null));
		return page(this.trade.current(), model);
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
		model.addAttribute("ogType", "article");
		return "trade/show";
	}

	@GetMapping("/trade.csv")
	ResponseEntity<String> csv() {
		return csv(this.trade.current());
	}

	@GetMapping("/trade/versions/{number}.csv")
	ResponseEntity<String> versionCsv(@PathVariable String number) {
		return csv(version(number));
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

	private ResponseEntity<String> csv(TradeDataset dataset) {
		return ResponseEntity.ok()
			.contentType(TEXT_CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName(dataset, "csv")).build().toString())
			.body(TradeCsv.of(dataset.statistics()));
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
