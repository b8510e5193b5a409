package com.londonbeijing.portal.trade.admin;

import java.util.Map;

import com.londonbeijing.portal.editing.ContentAdminController;
import com.londonbeijing.portal.trade.TradeFigure;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Editing yearly trade figures; the shared steps come from
 * {@link ContentAdminController}.
 */
@Controller
@RequestMapping("/admin/trade")
class TradeFigureAdminController extends ContentAdminController<TradeFigure, TradeFigureForm> {

	private static final Map<String, Sort> SORTS = Map.of("year", Sort.by("year"), "-year",
			Sort.by(Sort.Order.desc("year")), "updated", Sort.by("updatedAt", "year"), "-updated",
			Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("year")));

	private final TradeFigureAdmin admin;

	TradeFigureAdminController(TradeFigureAdmin admin) {
		super(admin, "/admin/trade", "admin/trade", "admin.trade");
		this.admin = admin;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String page, Model model) {
		return list(SORTS, "-year", q, sort, page, this.admin::list, model);
	}

	@Override
	protected TradeFigureForm newForm() {
		return new TradeFigureForm();
	}

	@Override
	protected void validate(TradeFigureForm form, Errors errors) {
		this.admin.validate(form, errors);
	}

	@Override
	protected String label(TradeFigureForm form) {
		return String.valueOf(form.getYear());
	}

	@Override
	protected void addDeleteDetails(long id, Model model) {
		model.addAttribute("linkedFrom", this.admin.linkedFrom());
	}

}
