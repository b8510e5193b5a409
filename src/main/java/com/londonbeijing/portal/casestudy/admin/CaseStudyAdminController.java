package com.londonbeijing.portal.casestudy.admin;

import java.util.List;
import java.util.Map;

import com.londonbeijing.portal.area.CooperationArea;
import com.londonbeijing.portal.casestudy.CaseStudy;
import com.londonbeijing.portal.editing.ContentAdminController;
import com.londonbeijing.portal.support.ListEdits;
import com.londonbeijing.portal.support.PageNumber;
import com.londonbeijing.portal.support.Pagination;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Editing case studies; the shared steps come from {@link ContentAdminController}.
 */
@Controller
@RequestMapping("/admin/case-studies")
class CaseStudyAdminController extends ContentAdminController<CaseStudy, CaseStudyForm> {

	private static final Map<String, Sort> SORTS = Map.of("order", Sort.by("sortOrder", "id"), "title",
			Sort.by("title"), "-title", Sort.by(Sort.Order.desc("title")), "-updated",
			Sort.by(Sort.Order.desc("updatedAt")), "updated", Sort.by("updatedAt"));

	private final CaseStudyAdmin admin;

	CaseStudyAdminController(CaseStudyAdmin admin) {
		super(admin, "/admin/case-studies", "admin/case-studies", "admin.caseStudies");
		this.admin = admin;
	}

	@ModelAttribute("areaChoices")
	List<CooperationArea> areaChoices() {
		return this.admin.areaChoices();
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String page, Model model) {
		String sortKey = (sort != null && SORTS.containsKey(sort)) ? sort : "order";
		String query = (q != null) ? q.strip() : null;
		Page<CaseStudy> caseStudies = this.admin.list(query, SORTS.get(sortKey), PageNumber.index(page));
		UriComponentsBuilder base = UriComponentsBuilder.fromPath("/admin/case-studies").queryParam("sort", sortKey);
		if (query != null && !query.isEmpty()) {
			base.queryParam("q", query);
		}
		model.addAttribute("caseStudies", caseStudies);
		model.addAttribute("q", query);
		model.addAttribute("sort", sortKey);
		model.addAttribute("pagination", Pagination.of(caseStudies, base));
		return "admin/case-studies/list";
	}

	@Override
	protected CaseStudyForm newForm() {
		return new CaseStudyForm();
	}

	@Override
	protected void validate(CaseStudyForm form, Errors errors) {
		this.admin.validate(form, errors);
	}

	@Override
	protected String label(CaseStudyForm form) {
		return form.getTitle();
	}

	@Override
	protected boolean applyListEdit(CaseStudyForm form, String command) {
		return ListEdits.apply(command, "outcomes", form.getOutcomes(), () -> "")
				|| ListEdits.apply(command, "metrics", form.getMetrics(), MetricRow::new);
	}

}
