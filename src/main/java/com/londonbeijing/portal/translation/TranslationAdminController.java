package com.londonbeijing.portal.translation;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The overview of what is translated: every item × language, with field counts. */
@Controller
class TranslationAdminController {

	private final Translations translations;

	TranslationAdminController(Translations translations) {
		this.translations = translations;
	}

	@GetMapping("/admin/translations")
	String list(Model model) {
		model.addAttribute("items", this.translations.overview());
		return "admin/translations/list";
	}

}
