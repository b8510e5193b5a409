package com.londonbeijing.portal.casestudy;

import java.util.List;
import java.util.Locale;

import com.londonbeijing.portal.area.AreaService;
import com.londonbeijing.portal.area.CooperationArea;
import com.londonbeijing.portal.history.History;
import com.londonbeijing.portal.sitetext.SiteTexts;
import com.londonbeijing.portal.support.PageNumber;
import com.londonbeijing.portal.support.Pagination;
import com.londonbeijing.portal.support.Visibility;
import com.londonbeijing.portal.translation.PageItems;
import com.londonbeijing.portal.translation.Translations;

import org.springframework.data.domain.Page;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The case studies: a list that can be narrowed to one area, and a page per case study.
 */
@Controller
class CaseStudyController {

	private final CaseStudyService caseStudies;

	private final AreaService areas;

	private final SiteTexts siteTexts;

	private final History history;

	private final Translations translations;

	CaseStudyController(CaseStudyService caseStudies, AreaService areas, SiteTexts siteTexts, History history,
			Translations translations) {
		this.translations = translations;
		this.history = history;
		this.caseStudies = caseStudies;
		this.areas = areas;
		this.siteTexts = siteTexts;
	}

	@GetMapping("/case-studies")
	String list(@RequestParam(required = false) String area, @RequestParam(required = false) String page, Locale locale,
			Model model) {
		List<CooperationArea> allAreas = this.areas.published();
		CooperationArea selected = allAreas.stream().filter((a) -> a.getSlug().equals(area)).findFirst().orElse(null);
		Page<CaseStudy> results = this.caseStudies.list((selected != null) ? selected.getSlug() : null,
				PageNumber.index(page));
		UriComponentsBuilder base = UriComponentsBuilder.fromPath("/case-studies");
		if (selected != null) {
			base.queryParam("area", selected.getSlug());
		}
		model.addAttribute("texts", this.siteTexts.get("case-studies.intro"));
		model.addAttribute("areas", allAreas);
		model.addAttribute("selectedArea", selected);
		model.addAttribute("unknownArea", area != null && !area.isBlank() && selected == null);
		model.addAttribute("results", results);
		model.addAttribute("pagination", Pagination.of(results, base));
		model.addAttribute("shown", this.translations.shown(locale,
				PageItems.none().and(allAreas).and(results.getContent(), CaseStudy::getSortedAreas)));
		return "case-studies/list";
	}

	@GetMapping("/case-studies/{slug}")
	String show(@PathVariable String slug, Authentication user, Locale locale, Model model) {
		CaseStudy caseStudy = this.caseStudies.show(slug, Visibility.of(user));
		List<CaseStudy> related = this.caseStudies.related(caseStudy);
		model.addAttribute("caseStudy", caseStudy);
		model.addAttribute("related", related);
		model.addAttribute("shown", this.translations.shown(locale,
				PageItems.about(caseStudy).and(caseStudy.getSortedAreas()).and(related, CaseStudy::getSortedAreas)));
		model.addAttribute("publicChanges", this.history.publicChanges(CaseStudy.class, List.of(caseStudy.getId())));
		model.addAttribute("ogType", "article");
		return "case-studies/show";
	}

}
