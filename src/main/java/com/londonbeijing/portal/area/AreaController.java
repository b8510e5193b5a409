package com.londonbeijing.portal.area;

import java.util.List;
import java.util.Locale;

import com.londonbeijing.portal.casestudy.CaseStudy;
import com.londonbeijing.portal.casestudy.CaseStudyService;
import com.londonbeijing.portal.history.History;
import com.londonbeijing.portal.meeting.Meeting;
import com.londonbeijing.portal.meeting.MeetingService;
import com.londonbeijing.portal.sitetext.SiteTexts;
import com.londonbeijing.portal.support.Visibility;
import com.londonbeijing.portal.trade.TradeService;
import com.londonbeijing.portal.translation.PageItems;
import com.londonbeijing.portal.translation.Translations;
import com.londonbeijing.portal.web.FeedLink;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The cooperation areas: a list, and a page per area linking to its case studies and
 * meetings.
 */
@Controller
class AreaController {

	private final AreaService areas;

	private final CaseStudyService caseStudies;

	private final MeetingService meetings;

	private final SiteTexts siteTexts;

	private final TradeService trade;

	private final History history;

	private final Translations translations;

	AreaController(AreaService areas, CaseStudyService caseStudies, MeetingService meetings, SiteTexts siteTexts,
			TradeService trade, History history, Translations translations) {
		this.translations = translations;
		this.trade = trade;
		this.history = history;
		this.areas = areas;
		this.caseStudies = caseStudies;
		this.meetings = meetings;
		this.siteTexts = siteTexts;
	}

	@GetMapping("/areas")
	String list(Locale locale, Model model) {
		List<CooperationArea> areas = this.areas.published();
		model.addAttribute("texts", this.siteTexts.get("areas.intro"));
		model.addAttribute("areas", areas);
		model.addAttribute("shown", this.translations.shown(locale, PageItems.none().and(areas)));
		return "areas/list";
	}

	@GetMapping("/areas/{slug}")
	String show(@PathVariable String slug, Authentication user, Locale locale, Model model) {
		CooperationArea area = this.areas.show(slug, Visibility.of(user));
		List<CaseStudy> caseStudies = this.caseStudies.inArea(area);
		List<Meeting> meetings = this.meetings.inArea(area);
		model.addAttribute("area", area);
		model.addAttribute("caseStudies", caseStudies);
		model.addAttribute("meetings", meetings);
		model.addAttribute("shown",
				this.translations.shown(locale,
						PageItems.about(area)
							.and(caseStudies, CaseStudy::getSortedAreas)
							.and(meetings, Meeting::getSortedTopics)));
		model.addAttribute("publicChanges", this.history.publicChanges(CooperationArea.class, List.of(area.getId())));
		model.addAttribute("ogType", "article");
		model.addAttribute("feed",
				new FeedLink("/areas/" + area.getSlug() + "/feed.atom", "feed.area.title", area.getName()));
		if (area.isShowsTradeFigures()) {
			model.addAttribute("trade", this.trade.statistics());
		}
		return "areas/show";
	}

}
