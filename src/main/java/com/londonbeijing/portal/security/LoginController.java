package com.londonbeijing.portal.security;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page. Spring Security handles the POST; after a failure,
 * {@link LoginFailureHandler} redirects here with flash attributes saying what to show.
 */
@Controller
class LoginController {

	@GetMapping("/login")
	String show(Model model, HttpServletRequest request) {
		if (CurrentUser.get().isPresent()) {
			return "redirect:/admin";
		}
		LoginForm form = new LoginForm();
		form.setUsername((String) model.getAttribute(LoginFailureHandler.USERNAME));
		BindingResult result = new BeanPropertyBindingResult(form, "loginForm");
		if (model.getAttribute(LoginFailureHandler.WAIT_MINUTES) instanceof Long minutes) {
			result.reject("login.locked", new Object[] { minutes }, null);
		}
		else if (model.getAttribute(LoginFailureHandler.FAILED) != null) {
			result.reject("login.failed");
		}
		model.addAttribute("loginForm", form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "loginForm", result);
		model.addAttribute("signedOut", request.getParameter("signedOut") != null && !result.hasErrors());
		return "security/login";
	}

}
