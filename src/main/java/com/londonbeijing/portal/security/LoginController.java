package com.londonbeijing.portal.security;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The sign-in pages: the password step ({@code /login}) and the second step, a code from
 * the authenticator app ({@code /login/code}) or a recovery code
 * ({@code /login/recovery}). Spring Security handles their POSTs; after a failure,
 * {@link LoginFailureHandler} forwards here ({@code …/failed}) to show the form again
 * with what went wrong. Both say so when a form's input is waiting for the editor to sign
 * in again ({@link ExpiredFormInput}).
 */
@Controller
class LoginController {

	private static final int MAX_USERNAME_SHOWN = 100;

	private final ExpiredFormInput expiredForms;

	LoginController(ExpiredFormInput expiredForms) {
		this.expiredForms = expiredForms;
	}

	@GetMapping("/login")
	String show(Model model, HttpServletRequest request) {
		if (CurrentUser.get().isPresent()) {
			return "redirect:/admin";
		}
		model.addAttribute("signedOut", request.getParameter("signedOut") != null);
		model.addAttribute("inputKept", this.expiredForms.isWaiting(request));
		return loginForm(model, null, new BeanPropertyBindingResult(new LoginForm(), "loginForm"));
	}

	@PostMapping("/login/failed")
	String failed(Model model, HttpServletRequest request) {
		if (request.getAttribute(LoginFailureHandler.FAILED) == null) {
			return "redirect:/login";
		}
		String username = request.getParameter("username");
		if (username != null && username.length() > MAX_USERNAME_SHOWN) {
			username = username.substring(0, MAX_USERNAME_SHOWN);
		}
		BindingResult result = new BeanPropertyBindingResult(new LoginForm(), "loginForm");
		reject(result, request, "login.failed");
		model.addAttribute("signedOut", false);
		model.addAttribute("inputKept", this.expiredForms.isWaiting(request));
		return loginForm(model, username, result);
	}

	@GetMapping({ SecondStepFilter.CODE_PATH, SecondStepFilter.RECOVERY_PATH })
	String showSecondStep(HttpServletRequest request, Model model) {
		return secondStepForm(request, model, false);
	}

	@PostMapping({ SecondStepFilter.CODE_PATH + "/failed", SecondStepFilter.RECOVERY_PATH + "/failed" })
	String secondStepFailed(HttpServletRequest request, Model model) {
		if (request.getAttribute(LoginFailureHandler.FAILED) == null) {
			return "redirect:" + SecondStepFilter.CODE_PATH;
		}
		return secondStepForm(request, model, true);
	}

	private String secondStepForm(HttpServletRequest request, Model model, boolean failed) {
		boolean recovery = SecondStepFilter.path(request).startsWith(SecondStepFilter.RECOVERY_PATH);
		SecondStepForm form = new SecondStepForm();
		BindingResult result = new BeanPropertyBindingResult(form, "secondStepForm");
		if (failed) {
			String field = recovery ? "recoveryCode" : "code";
			Long minutes = (Long) request.getAttribute(LoginFailureHandler.WAIT_MINUTES);
			if (minutes != null) {
				result.rejectValue(field, "login.locked", new Object[] { minutes }, null);
			}
			else {
				result.rejectValue(field, recovery ? "login.recovery.failed" : "login.code.failed");
			}
		}
		model.addAttribute("secondStepForm", form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "secondStepForm", result);
		return recovery ? "security/recovery" : "security/code";
	}

	private static void reject(BindingResult result, HttpServletRequest request, String code) {
		if (request.getAttribute(LoginFailureHandler.WAIT_MINUTES) instanceof Long minutes) {
			result.reject("login.locked", new Object[] { minutes }, null);
		}
		else {
			result.reject(code);
		}
	}

	private static String loginForm(Model model, String username, BindingResult result) {
		LoginForm form = (LoginForm) result.getTarget();
		form.setUsername(username);
		model.addAttribute("loginForm", form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "loginForm", result);
		return "security/login";
	}

	/** What the second-step forms show: never a code. */
	public static class SecondStepForm {

		public String getCode() {
			return null;
		}

		public String getRecoveryCode() {
			return null;
		}

	}

}
