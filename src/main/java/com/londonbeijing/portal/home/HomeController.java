package com.londonbeijing.portal.home;

import com.londonbeijing.portal.area.AreaService;
import com.londonbeijing.portal.casestudy.CaseStudyService;
import com.londonbeijing.portal.meeting.MeetingService;
import com.londonbeijing.portal.sitetext.SiteTexts;
import com.londonbeijing.portal.trade.TradeService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: the relationship's introduction and a way into each section.
 */
@Controller
class HomeController {

	private final SiteTexts siteTexts;

	private final AreaService areas;

	private final CaseStudyService caseStudies;

	private final MeetingService meetings;

	private final TradeService trade;

	HomeController(SiteTexts siteTexts, AreaService areas, CaseStudyService caseStudies, MeetingService meetings,
			TradeService trade) {
		this.trade = trade;
		this.siteTexts = siteTexts;
		this.areas = areas;
		this.caseStudies = caseStudies;
		this.meetings = meetings;
	}

	@GetMapping("/")
	String show(Model model) {
		model.addAttribute("texts", this.siteTexts.get("site.headline", "home.intro", "areas.intro",
				"case-studies.intro", "practical-tips"));
		model.addAttribute("areas", this.areas.published());
		model.addAttribute("featured", this.caseStudies.featured());
		model.addAttribute("latestMeeting", this.meetings.latest());
		model.addAttribute("latestTrade", this.trade.latest().orElse(null));
		return "home/show";
	}

}
