package com.londonbeijing.portal.security;

import java.security.Principal;
import java.time.Duration;
import java.util.Optional;

import com.londonbeijing.portal.account.AccountService;
import com.londonbeijing.portal.account.PasswordChangeForm;
import com.londonbeijing.portal.account.PasswordPolicy;
import com.londonbeijing.portal.audit.SecurityEvent;
import com.londonbeijing.portal.audit.SecurityLog;
import com.londonbeijing.portal.security.LoginFailures.Factor;
import com.londonbeijing.portal.support.FlashMessage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Lets anyone signed in change their own password, given the current one. The check of
 * the current password is throttled and logged like a sign-in (a stolen session must not
 * become a way to guess it). An account with a generated password is sent here by
 * {@link SignedInAccountFilter} until it has chosen one.
 */
@Controller
@RequestMapping("/account/password")
class PasswordController {

	private static final Log logger = LogFactory.getLog(PasswordController.class);

	private final AccountService accounts;

	private final LoginFailures failures;

	private final SecurityLog log;

	PasswordController(AccountService accounts, LoginFailures failures, SecurityLog log) {
		this.accounts = accounts;
		this.failures = failures;
		this.log = log;
	}

	/** For the hint under new-password fields. */
	@ModelAttribute("passwordMinLength")
	int passwordMinLength() {
		return PasswordPolicy.MIN_LENGTH;
	}

	/** Whether the page is the only one this account may use now. */
	@ModelAttribute("passwordChangeRequired")
	boolean passwordChangeRequired(HttpServletRequest request) {
		return SignedInAccount.of(request)
			.map((signedIn) -> signedIn.account().isPasswordChangeRequired())
			.orElse(false);
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
		String address = request.getRemoteAddr();
		if (!result.hasFieldErrors("currentPassword")) {
			Optional<Duration> wait = this.failures.delayFor(username, address, Factor.PASSWORD,
					LoginThrottle.MAX_DELAY);
			if (wait.isPresent()) {
				result.rejectValue("currentPassword", "login.locked",
						new Object[] { LoginThrottle.minutes(wait.get()) }, null);
			}
			else if (!this.accounts.passwordMatches(username, form.getCurrentPassword())) {
				this.failures.record(username, address, Factor.PASSWORD);
				logger.warn("Wrong current password for " + ThrottledAuthenticationProvider.forLog(username) + " from "
						+ ThrottledAuthenticationProvider.forLog(address));
				this.log.record(SecurityEvent.PASSWORD_CHECK_FAILED, username, null);
				result.rejectValue("currentPassword", "account.currentPassword.wrong");
			}
		}
		PasswordPolicy.validate(username, form.getNewPassword(), form.getConfirmPassword(), result, "newPassword",
				"confirmPassword");
		if (result.hasErrors()) {
			form.clearPasswords();
			return "account/password";
		}
		this.failures.forget(username, Factor.PASSWORD);
		this.accounts.changePassword(username, form.getNewPassword());
		// A session id seen before the change is no longer worth anything.
		request.changeSessionId();
		FlashMessage.add(redirect, "account.password.changed");
		return "redirect:/admin";
	}

}
