package com.londonbeijing.portal.trade;

import java.nio.charset.StandardCharsets;

import com.londonbeijing.portal.sitetext.SiteTexts;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * UK–China trade statistics: the page (key figures, chart, table, source) and the same
 * figures as CSV and JSON downloads.
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
		TradeStatistics statistics = this.trade.statistics();
		model.addAttribute("texts", this.siteTexts.get("trade.intro"));
		model.addAttribute("statistics", statistics);
		model.addAttribute("latest", statistics.latest().orElse(null));
		model.addAttribute("chart", TradeChart.of(statistics));
		model.addAttribute("publicChange", this.trade.latestPublicChange().orElse(null));
		model.addAttribute("ogType", "article");
		return "trade/show";
	}

	@GetMapping("/trade.csv")
	ResponseEntity<String> csv() {
		return ResponseEntity.ok()
			.contentType(TEXT_CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("uk-china-trade.csv").build().toString())
			.body(TradeCsv.of(this.trade.statistics()));
	}

	@GetMapping(path = "/trade.json", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	TradeJson json() {
		return TradeJson.of(this.trade.statistics());
	}

}
