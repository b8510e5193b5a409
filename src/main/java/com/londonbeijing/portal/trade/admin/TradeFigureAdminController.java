package com.londonbeijing.portal.trade.admin;

import java.util.Map;

import com.londonbeijing.portal.editing.ContentAdminController;
import com.londonbeijing.portal.support.PageNumber;
import com.londonbeijing.portal.support.Pagination;
import com.londonbeijing.portal.trade.TradeFigure;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

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
		String sortKey = (sort != null && SORTS.containsKey(sort)) ? sort : "-year";
		String query = (q != null) ? q.strip() : null;
		Page<TradeFigure> figures = this.admin.list(query, SORTS.get(sortKey), PageNumber.index(page));
		UriComponentsBuilder base = UriComponentsBuilder.fromPath("/admin/trade").queryParam("sort", sortKey);
		if (query != null && !query.isEmpty()) {
			base.queryParam("q", query);
		}
		model.addAttribute("figures", figures);
		model.addAttribute("q", query);
		model.addAttribute("sort", sortKey);
		model.addAttribute("pagination", Pagination.of(figures, base));
		return "admin/trade/list";
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

}
