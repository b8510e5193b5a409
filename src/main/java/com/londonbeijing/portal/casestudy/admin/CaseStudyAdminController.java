package com.londonbeijing.portal.casestudy.admin;

import java.util.List;

import com.londonbeijing.portal.area.CooperationArea;
import com.londonbeijing.portal.casestudy.CaseStudy;
import com.londonbeijing.portal.editing.ContentAdminController;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Editing case studies: the steps come from {@link ContentAdminController}, what differs
 * from other kinds from {@link CaseStudyAdmin}.
 */
@Controller
@RequestMapping("/admin/case-studies")
class CaseStudyAdminController extends ContentAdminController<CaseStudy, Long, CaseStudyForm> {

	private final CaseStudyAdmin admin;

	CaseStudyAdminController(CaseStudyAdmin admin) {
		super(admin, "/admin/case-studies", "admin/case-studies", "admin.caseStudies");
		this.admin = admin;
	}

	@ModelAttribute("areaChoices")
	List<CooperationArea> areaChoices() {
		return this.admin.areaChoices();
	}

}
