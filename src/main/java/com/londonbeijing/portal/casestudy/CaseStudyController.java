package com.londonbeijing.portal.casestudy;

import java.util.List;

import com.londonbeijing.portal.area.AreaService;
import com.londonbeijing.portal.area.CooperationArea;
import com.londonbeijing.portal.history.History;
import com.londonbeijing.portal.sitetext.SiteTexts;
import com.londonbeijing.portal.support.PageNumber;
import com.londonbeijing.portal.support.Pagination;
import com.londonbeijing.portal.support.Visibility;

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

	CaseStudyController(CaseStudyService caseStudies, AreaService areas, SiteTexts siteTexts, History history) {
		this.history = history;
		this.caseStudies = caseStudies;
		this.areas = areas;
		this.siteTexts = siteTexts;
	}

	@GetMapping("/case-studies")
	String list(@RequestParam(required = false) String area, @RequestParam(required = false) String page, Model model) {
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
		return "case-studies/list";
	}

	@GetMapping("/case-studies/{slug}")
	String show(@PathVariable String slug, Authentication user, Model model) {
		CaseStudy caseStudy = this.caseStudies.show(slug, Visibility.of(user));
		model.addAttribute("caseStudy", caseStudy);
		model.addAttribute("related", this.caseStudies.related(caseStudy));
		model.addAttribute("publicChange",
				this.history.latestPublicChange(CaseStudy.class, List.of(caseStudy.getId())).orElse(null));
		model.addAttribute("ogType", "article");
		return "case-studies/show";
	}

}
