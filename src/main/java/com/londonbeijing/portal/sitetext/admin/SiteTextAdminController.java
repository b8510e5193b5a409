package com.londonbeijing.portal.sitetext.admin;

import java.util.List;

import com.londonbeijing.portal.database.DatabaseOutage;
import com.londonbeijing.portal.history.History;
import com.londonbeijing.portal.sitetext.SiteText;
import com.londonbeijing.portal.support.EditConflictException;
import com.londonbeijing.portal.support.FlashMessage;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Editing the site's free-standing texts: list, edit, history.
 */
@Controller
@RequestMapping("/admin/texts")
class SiteTextAdminController {

	private static final String FORM = "admin/texts/form";

	private final SiteTextAdmin admin;

	SiteTextAdminController(SiteTextAdmin admin) {
		this.admin = admin;
	}

	@GetMapping
	String list(Model model) {
		List<SiteText> texts = this.admin.list();
		model.addAttribute("texts", texts);
		model.addAttribute("lastChanges", this.admin.lastChanges(texts));
		return "admin/texts/list";
	}

	@GetMapping("/{key}/edit")
	String showForm(@PathVariable String key, Model model) {
		model.addAttribute("form", this.admin.form(key));
		return FORM;
	}

	@PostMapping("/{key}/edit")
	String save(@PathVariable String key, @Valid @ModelAttribute("form") SiteTextForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		form.setKey(key);
		if (result.hasErrors()) {
			return FORM;
		}
		try {
			this.admin.save(form);
		}
		catch (EditConflictException ex) {
			result.reject("admin.conflict");
			model.addAttribute("conflict", History.diff(this.admin.currentFields(key), form.fields()));
			model.addAttribute("currentVersion", this.admin.currentVersion(key));
			return FORM;
		}
		catch (RuntimeException ex) {
			if (!DatabaseOutage.isOutage(ex)) {
				throw ex;
			}
			// Nothing was saved: the form comes back with the input, to save again later.
			result.reject("admin.databaseUnavailable");
			DatabaseOutage.markUnavailable(response);
			return FORM;
		}
		FlashMessage.add(redirect, "admin.texts.updated", key);
		return "redirect:/admin/texts";
	}

	@GetMapping("/{key}/history")
	String history(@PathVariable String key, Model model) {
		model.addAttribute("form", this.admin.form(key));
		model.addAttribute("revisions", this.admin.history(key));
		return "admin/texts/history";
	}

}
