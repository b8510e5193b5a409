package com.londonbeijing.portal.translation;

import com.londonbeijing.portal.support.PageNumber;
import com.londonbeijing.portal.support.Pagination;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The overview of what is translated: every item × language, with field counts, page by
 * page.
 */
@Controller
class TranslationAdminController {

	private final Translations translations;

	TranslationAdminController(Translations translations) {
		this.translations = translations;
	}

	@GetMapping("/admin/translations")
	String list(@RequestParam(required = false) String page, Model model) {
		Page<Translations.ItemSummary> items = this.translations.overview(PageNumber.index(page));
		model.addAttribute("items", items);
		model.addAttribute("pagination", Pagination.of(items, UriComponentsBuilder.fromPath("/admin/translations")));
		return "admin/translations/list";
	}

}
