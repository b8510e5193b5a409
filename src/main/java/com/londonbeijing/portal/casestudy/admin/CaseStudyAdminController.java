package com.londonbeijing.portal.casestudy.admin;

import java.util.List;
import java.util.Map;

import com.londonbeijing.portal.area.CooperationArea;
import com.londonbeijing.portal.casestudy.CaseStudy;
import com.londonbeijing.portal.editing.ContentAdminController;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

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
		return list(SORTS, "order", q, sort, page, this.admin::list, model);
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
	protected void addDeleteDetails(long id, Model model) {
		model.addAttribute("linkedFrom", this.admin.linkedFrom(id));
	}

}
