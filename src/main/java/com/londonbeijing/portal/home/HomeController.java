package com.londonbeijing.portal.home;

import java.util.List;
import java.util.Locale;

import com.londonbeijing.portal.area.AreaService;
import com.londonbeijing.portal.area.CooperationArea;
import com.londonbeijing.portal.casestudy.CaseStudy;
import com.londonbeijing.portal.casestudy.CaseStudyService;
import com.londonbeijing.portal.meeting.Meeting;
import com.londonbeijing.portal.meeting.MeetingService;
import com.londonbeijing.portal.sitetext.SiteTexts;
import com.londonbeijing.portal.trade.TradeService;
import com.londonbeijing.portal.translation.PageItems;
import com.londonbeijing.portal.translation.Translations;

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

	private final Translations translations;

	HomeController(SiteTexts siteTexts, AreaService areas, CaseStudyService caseStudies, MeetingService meetings,
			TradeService trade, Translations translations) {
		this.translations = translations;
		this.trade = trade;
		this.siteTexts = siteTexts;
		this.areas = areas;
		this.caseStudies = caseStudies;
		this.meetings = meetings;
	}

	@GetMapping("/")
	String show(Locale locale, Model model) {
		List<CooperationArea> areas = this.areas.published();
		List<CaseStudy> featured = this.caseStudies.featured();
		Meeting latestMeeting = this.meetings.latest();
		model.addAttribute("texts", this.siteTexts.get("site.headline", "home.intro", "areas.intro",
				"case-studies.intro", "practical-tips"));
		model.addAttribute("areas", areas);
		model.addAttribute("featured", featured);
		model.addAttribute("latestMeeting", latestMeeting);
		model.addAttribute("shown",
				this.translations.shown(locale,
						PageItems.none()
							.and(areas)
							.and(featured, CaseStudy::getSortedAreas)
							.and(latestMeeting)
							.and((latestMeeting != null) ? latestMeeting.getSortedTopics() : List.of())));
		model.addAttribute("latestTrade", this.trade.latest().orElse(null));
		return "home/show";
	}

}
