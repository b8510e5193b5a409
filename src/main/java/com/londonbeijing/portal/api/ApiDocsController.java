package com.londonbeijing.portal.api;

import java.util.List;

import com.londonbeijing.portal.PortalProperties;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The API's documentation page for people, in the site's layout and both languages, with
 * an example address per endpoint. Served by the app (no Swagger UI from a webjar); the
 * machine-readable reference is the OpenAPI document it links to.
 */
@Controller
class ApiDocsController {

	static final List<Endpoint> ENDPOINTS = List.of(
			new Endpoint("/api/v1/areas", "api.docs.areas", "/api/v1/areas?lang=zh"),
			new Endpoint("/api/v1/areas/{slug}", "api.docs.area", "/api/v1/areas/education-and-research"),
			new Endpoint("/api/v1/case-studies", "api.docs.caseStudies",
					"/api/v1/case-studies?area=trade-and-investment&page=1"),
			new Endpoint("/api/v1/case-studies/{slug}", "api.docs.caseStudy", "/api/v1/case-studies/tech-partnerships"),
			new Endpoint("/api/v1/meetings", "api.docs.meetings", "/api/v1/meetings?year=2024&topic=trade"),
			new Endpoint("/api/v1/meetings/{slug}", "api.docs.meeting",
					"/api/v1/meetings/2024-10-18-wang-yi-david-lammy"),
			new Endpoint("/api/v1/topics", "api.docs.topics", "/api/v1/topics"),
			new Endpoint("/api/v1/trade", "api.docs.trade", "/api/v1/trade"),
			new Endpoint("/api/v1/search", "api.docs.search", "/api/v1/search?q=Shanghai"));

	private final int limit;

	ApiDocsController(PortalProperties properties) {
		this.limit = properties.api().requestsPerMinute();
	}

	@GetMapping("/api")
	String docs(Model model) {
		model.addAttribute("endpoints", ENDPOINTS);
		model.addAttribute("limit", this.limit);
		return "api/docs";
	}

	/** Each endpoint: its path, the message key describing it, and an example address. */
	record Endpoint(String path, String description, String example) {

	}

}
