package com.londonbeijing.portal.area.admin;

import java.util.Map;

import com.londonbeijing.portal.area.CooperationArea;
import com.londonbeijing.portal.editing.ContentAdminController;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Editing cooperation areas; the shared steps come from {@link ContentAdminController}.
 */
@Controller
@RequestMapping("/admin/areas")
class AreaAdminController extends ContentAdminController<CooperationArea, AreaForm> {

	private static final Map<String, Sort> SORTS = Map.of("order", Sort.by("navOrder", "name"), "name", Sort.by("name"),
			"-name", Sort.by(Sort.Order.desc("name")), "-updated", Sort.by(Sort.Order.desc("updatedAt")), "updated",
			Sort.by("updatedAt"));

	private final AreaAdmin admin;

	AreaAdminController(AreaAdmin admin) {
		super(admin, "/admin/areas", "admin/areas", "admin.areas");
		this.admin = admin;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String page, Model model) {
		return list(SORTS, "order", q, sort, page, this.admin::list, model);
	}

	@Override
	protected AreaForm newForm() {
		return new AreaForm();
	}

	@Override
	protected void validate(AreaForm form, Errors errors) {
		this.admin.validate(form, errors);
	}

	@Override
	protected String label(AreaForm form) {
		return form.getName();
	}

	@Override
	protected void addDeleteDetails(long id, Model model) {
		model.addAttribute("linkedFrom", this.admin.linkedFrom(id));
	}

}
