package com.londonbeijing.portal.admin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The admin area's start page: a way into each section the signed-in user may use, with
 * the counts, the review queue, the drafts waiting and the latest changes.
 */
@Controller
class DashboardController {

	private final Dashboard dashboard;

	DashboardController(Dashboard dashboard) {
		this.dashboard = dashboard;
	}

	@GetMapping("/admin")
	String show(Model model) {
		model.addAttribute("counts", this.dashboard.counts());
		model.addAttribute("drafts", this.dashboard.drafts());
		model.addAttribute("scheduled", this.dashboard.scheduled());
		model.addAttribute("reviewQueue", this.dashboard.reviewQueue());
		model.addAttribute("pendingDrafts", this.dashboard.pendingDrafts());
		model.addAttribute("changes", this.dashboard.recentChanges());
		return "admin/dashboard";
	}

}
