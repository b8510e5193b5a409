package com.londonbeijing.portal.account.admin;

import com.londonbeijing.portal.account.Account;
import com.londonbeijing.portal.account.AccountService;
import com.londonbeijing.portal.account.LastAdminException;
import com.londonbeijing.portal.account.PasswordPolicy;
import com.londonbeijing.portal.account.Role;
import com.londonbeijing.portal.account.UsernameTakenException;
import com.londonbeijing.portal.database.DatabaseOutage;
import com.londonbeijing.portal.security.TwoStep;
import com.londonbeijing.portal.support.FlashMessage;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' account pages: list, add, edit (role, enabled, new password) and
 * delete after confirmation. Only ADMIN gets here (see the security configuration).
 */
@Controller
@RequestMapping("/admin/users")
class AccountAdminController {

	private static final Log logger = LogFactory.getLog(AccountAdminController.class);

	private static final String FORM = "admin/users/form";

	private final AccountService accounts;

	private final TwoStep twoStep;

	AccountAdminController(AccountService accounts, TwoStep twoStep) {
		this.accounts = accounts;
		this.twoStep = twoStep;
	}

	/** For the hint under new-password fields. */
	@ModelAttribute("passwordMinLength")
	int passwordMinLength() {
		return PasswordPolicy.MIN_LENGTH;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("accounts", this.accounts.all());
		return "admin/users/list";
	}

	@GetMapping("/new")
	String showNewForm(Model model) {
		model.addAttribute("accountForm", new AccountForm());
		return form(model, null);
	}

	@PostMapping("/new")
	String create(@Validated(AccountForm.New.class) @ModelAttribute AccountForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		PasswordPolicy.validate(form.getUsername(), form.getPassword(), form.getConfirmPassword(), result, "password",
				"confirmPassword");
		if (!result.hasErrors()) {
			try {
				Account account = this.accounts.create(form.getUsername(), form.getRole(), form.isEnabled(),
						form.getPassword());
				FlashMessage.add(redirect, "admin.users.created", account.getUsername());
				return "redirect:/admin/users";
			}
			catch (UsernameTakenException ex) {
				result.rejectValue("username", "account.username.taken");
			}
			catch (RuntimeException ex) {
				databaseUnavailable(ex, result, response);
			}
		}
		form.clearPasswords();
		return form(model, null);
	}

	@GetMapping("/{id:\\d{1,18}}/edit")
	String showEditForm(@PathVariable long id, Model model) {
		Account account = this.accounts.get(id);
		model.addAttribute("accountForm", AccountForm.from(account));
		return form(model, account);
	}

	@PostMapping("/{id:\\d{1,18}}/edit")
	String update(@PathVariable long id, @Validated @ModelAttribute AccountForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Account account = this.accounts.get(id);
		form.setUsername(account.getUsername());
		boolean newPassword = StringUtils.hasLength(form.getPassword())
				|| StringUtils.hasLength(form.getConfirmPassword());
		if (newPassword) {
			PasswordPolicy.validate(account.getUsername(), form.getPassword(), form.getConfirmPassword(), result,
					"password", "confirmPassword");
		}
		if (!result.hasErrors()) {
			try {
				long version = (form.getVersion() != null) ? form.getVersion() : -1;
				this.accounts.update(id, version, form.getRole(), form.isEnabled(),
						newPassword ? form.getPassword() : null);
				FlashMessage.add(redirect, "admin.users.updated", account.getUsername());
				return "redirect:/admin/users";
			}
			catch (LastAdminException ex) {
				result.reject("admin.users.lastAdmin");
			}
			catch (RuntimeException ex) {
				databaseUnavailable(ex, result, response);
			}
		}
		form.clearPasswords();
		return form(model, account);
	}

	/**
	 * Resets an account's two-step sign-in (for someone who lost both phone and recovery
	 * codes): it sets it up again at its next sign-in.
	 */
	@PostMapping("/{id:\\d{1,18}}/two-step/reset")
	String resetTwoStep(@PathVariable long id, RedirectAttributes redirect) {
		Account account = this.accounts.get(id);
		this.twoStep.reset(account, "by an administrator");
		FlashMessage.add(redirect, "admin.users.twoStepWasReset", account.getUsername());
		return "redirect:/admin/users/" + id + "/edit";
	}

	@GetMapping("/{id:\\d{1,18}}/delete")
	String confirmDelete(@PathVariable long id, Model model) {
		Account account = this.accounts.get(id);
		model.addAttribute("account", account);
		model.addAttribute("lastAdmin", this.accounts.isLastEnabledAdmin(account));
		return "admin/users/delete";
	}

	@PostMapping("/{id:\\d{1,18}}/delete")
	String delete(@PathVariable long id, Model model, RedirectAttributes redirect) {
		try {
			String username = this.accounts.delete(id);
			FlashMessage.add(redirect, "admin.users.deleted", username);
			return "redirect:/admin/users";
		}
		catch (LastAdminException ex) {
			model.addAttribute("account", this.accounts.get(id));
			model.addAttribute("lastAdmin", true);
			return "admin/users/delete";
		}
	}

	/**
	 * As the content editing flow does ({@code editing.ContentAdminController}): during a
	 * database outage the form comes back with what was typed (but the passwords) and a
	 * message saying nothing was saved, as a 503. A conflict goes to the shared conflict
	 * page ({@code web.EditConflictAdvice}), other errors are not caught.
	 */
	private static void databaseUnavailable(RuntimeException ex, BindingResult result, HttpServletResponse response) {
		if (!DatabaseOutage.isOutage(ex)) {
			throw ex;
		}
		logger.warn("Could not save an account, the database is unreachable: " + ex.getMessage());
		result.reject("admin.databaseUnavailable");
		DatabaseOutage.markUnavailable(response);
	}

	private String form(Model model, Account account) {
		model.addAttribute("account", account);
		model.addAttribute("twoStepEnrolled", account != null && this.twoStep.isEnrolled(account.getId()));
		model.addAttribute("roles", Role.values());
		return FORM;
	}

}
