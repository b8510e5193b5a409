package com.londonbeijing.portal.account;

import java.security.Principal;

import com.londonbeijing.portal.support.FlashMessage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Lets anyone signed in change their own password, given the current one.
 */
@Controller
@RequestMapping("/account/password")
class PasswordController {

	private final AccountService accounts;

	PasswordController(AccountService accounts) {
		this.accounts = accounts;
	}

	/** For the hint under new-password fields. */
	@ModelAttribute("passwordMinLength")
	int passwordMinLength() {
		return PasswordPolicy.MIN_LENGTH;
	}

	@GetMapping
	String showForm(Model model) {
		model.addAttribute("passwordChangeForm", new PasswordChangeForm());
		return "account/password";
	}

	@PostMapping
	String save(@Valid @ModelAttribute PasswordChangeForm form, BindingResult result, Principal principal,
			HttpServletRequest request, RedirectAttributes redirect) {
		String username = principal.getName();
		if (!result.hasFieldErrors("currentPassword")
				&& !this.accounts.passwordMatches(username, form.getCurrentPassword())) {
			result.rejectValue("currentPassword", "account.currentPassword.wrong");
		}
		PasswordPolicy.validate(username, form.getNewPassword(), form.getConfirmPassword(), result, "newPassword",
				"confirmPassword");
		if (result.hasErrors()) {
			form.clearPasswords();
			return "account/password";
		}
		this.accounts.changePassword(username, form.getNewPassword());
		// A session id seen before the change is no longer worth anything.
		request.changeSessionId();
		FlashMessage.add(redirect, "account.password.changed");
		return "redirect:/admin";
	}

}
