package com.londonbeijing.portal.home;

import com.londonbeijing.portal.sitetext.SiteTexts;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: the relationship's introduction and a way into each section.
 */
@Controller
class HomeController {

	private final SiteTexts siteTexts;

	HomeController(SiteTexts siteTexts) {
		this.siteTexts = siteTexts;
	}

	@GetMapping("/")
	String show(Model model) {
		model.addAttribute("texts", this.siteTexts.get("site.headline", "home.intro", "practical-tips"));
		return "home/show";
	}

}
