package com.londonbeijing.portal.security;

import java.security.Principal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.londonbeijing.portal.account.Account;
import com.londonbeijing.portal.account.AccountService;
import com.londonbeijing.portal.audit.SecurityEvent;
import com.londonbeijing.portal.audit.SecurityLog;
import com.londonbeijing.portal.security.LoginFailures.Factor;
import com.londonbeijing.portal.support.FlashMessage;
import com.londonbeijing.portal.support.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /account/two-step}: setting up two-step sign-in (a QR code drawn on the server
 * and the key as text, confirmed with a first code, then ten recovery codes shown once),
 * and, once set up, new recovery codes or turning it off, each confirmed with the
 * password and a current code. Works without JavaScript.
 */
@Controller
@RequestMapping(TwoStepController.PATH)
class TwoStepController {

	static final String PATH = "/account/two-step";

	private static final String ISSUER = "London-Beijing Portal";

	private final AccountService accounts;

	private final TwoStep twoStep;

	private final LoginFailures failures;

	private final SecurityLog log;

	private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	TwoStepController(AccountService accounts, TwoStep twoStep, LoginFailures failures, SecurityLog log) {
		this.accounts = accounts;
		this.twoStep = twoStep;
		this.failures = failures;
		this.log = log;
	}

	@GetMapping
	String show(Principal principal, Model model) {
		model.addAttribute("twoStepForm", new TwoStepForm());
		return page(account(principal), model);
	}

	@PostMapping
	String confirm(@ModelAttribute TwoStepForm form, BindingResult result, Principal principal, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		Account account = account(principal);
		if (this.twoStep.isEnrolled(account.getId())) {
			return "redirect:" + PATH;
		}
		Optional<List<String>> codes = this.twoStep.confirm(account, form.getCode());
		if (codes.isEmpty()) {
			rejectCode(result);
			form.clear();
			return page(account, model);
		}
		grantSecondStep(request, response);
		model.addAttribute("recoveryCodes", codes.get());
		return "account/recovery-codes";
	}

	@PostMapping("/recovery-codes")
	String renewRecoveryCodes(@ModelAttribute TwoStepForm form, BindingResult result, Principal principal, Model model,
			HttpServletRequest request) {
		Account account = account(principal);
		if (!confirmed(account, form, result, request)) {
			form.clear();
			return page(account, model);
		}
		model.addAttribute("recoveryCodes", this.twoStep.renewRecoveryCodes(account));
		return "account/recovery-codes";
	}

	@PostMapping("/reset")
	String reset(@ModelAttribute TwoStepForm form, BindingResult result, Principal principal, Model model,
			HttpServletRequest request, RedirectAttributes redirect) {
		Account account = account(principal);
		if (!confirmed(account, form, result, request)) {
			form.clear();
			return page(account, model);
		}
		this.twoStep.reset(account, "by its holder");
		FlashMessage.add(redirect, "account.twoStep.turnedOff");
		return "redirect:" + PATH;
	}

	/**
	 * Marks the code wrong without keeping what was typed: {@code rejectValue} would keep
	 * it as the field's rejected value, which the form then writes back into the page,
	 * and codes are never sent back.
	 */
	private static void rejectCode(BindingResult result) {
		result.addError(new FieldError(result.getObjectName(), "code", null, false,
				new String[] { "account.twoStep.codeWrong" }, null, null));
	}

	/** The password and a current code, throttled like sign-in. */
	private boolean confirmed(Account account, TwoStepForm form, BindingResult result, HttpServletRequest request) {
		String address = request.getRemoteAddr();
		Optional<Duration> wait = this.failures.delayFor(account.getUsername(), address, Factor.CODE,
				LoginThrottle.MAX_DELAY);
		if (wait.isPresent()) {
			result.reject("login.locked", new Object[] { LoginThrottle.minutes(wait.get()) }, null);
			return false;
		}
		if (!this.accounts.passwordMatches(account.getUsername(), form.getCurrentPassword())) {
			result.rejectValue("currentPassword", "account.currentPassword.wrong");
		}
		else if (!this.twoStep.acceptCode(account.getId(), form.getCode())) {
			rejectCode(result);
		}
		if (result.hasErrors()) {
			this.failures.record(account.getUsername(), address, Factor.CODE);
			this.log.record(SecurityEvent.SECOND_STEP_FAILED, account.getUsername(), "account page");
			return false;
		}
		return true;
	}

	private String page(Account account, Model model) {
		boolean enrolled = this.twoStep.isEnrolled(account.getId());
		model.addAttribute("enrolled", enrolled);
		model.addAttribute("required", this.twoStep.isRequiredFor(account.getRole()));
		if (enrolled) {
			model.addAttribute("recoveryCodesLeft", this.twoStep.recoveryCodesLeft(account.getId()));
		}
		else {
			String secret = this.twoStep.pendingSecret(account.getId());
			model.addAttribute("secret", TotpCodes.grouped(secret));
			model.addAttribute("qrCode",
					QrCodeSvg.dataUri(TotpCodes.otpauthUri(ISSUER, account.getUsername(), secret)));
		}
		return "account/two-step";
	}

	/** The session has just proven it holds the key: it passed the second step. */
	private void grantSecondStep(HttpServletRequest request, HttpServletResponse response) {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		List<GrantedAuthority> authorities = new ArrayList<>(current.getAuthorities());
		authorities.add(FactorGrantedAuthority.fromAuthority(SignedInAccount.SECOND_STEP));
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(current.getPrincipal(), null, authorities));
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
		request.changeSessionId();
	}

	private Account account(Principal principal) {
		return this.accounts.findByUsername(principal.getName()).orElseThrow(() -> new NotFoundException("Account"));
	}

	/** The code (and, to change a set-up, the password) typed on the page. */
	public static class TwoStepForm {

		private String code;

		private String currentPassword;

		public String getCode() {
			return this.code;
		}

		public void setCode(String code) {
			this.code = code;
		}

		public String getCurrentPassword() {
			return this.currentPassword;
		}

		public void setCurrentPassword(String currentPassword) {
			this.currentPassword = currentPassword;
		}

		/** Codes and passwords are never sent back. */
		void clear() {
			this.code = null;
			this.currentPassword = null;
		}

	}

}
