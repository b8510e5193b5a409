package com.londonbeijing.portal.web;

import java.beans.PropertyEditorSupport;
import java.util.List;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * How every form object is bound: text fields trimmed, blank input {@code null},
 * passwords exactly as typed, and enum fields strict ({@link StrictEnums}).
 */
@ControllerAdvice
class FormBinding {

	/**
	 * Form fields that are kept exactly as typed: a password with a space at the end is a
	 * different password, and sign-in (which no binder touches) would not trim it.
	 */
	static final List<String> UNTRIMMED_FIELDS = List.of("password", "confirmPassword", "currentPassword",
			"newPassword");

	/**
	 * Trims every text field bound to a form object and turns blank input into
	 * {@code null}, so that "{@code  }" fails {@code @NotBlank} and " alice " is "alice";
	 * passwords excepted. Request parameters bound one by one ({@code @RequestParam}) are
	 * left as they are.
	 */
	@InitBinder
	void trimInput(WebDataBinder binder) {
		if (binder.getTarget() == null && binder.getTargetType() == null) {
			return; // converting a single request parameter, not binding a form object
		}
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
		for (String field : UNTRIMMED_FIELDS) {
			binder.registerCustomEditor(String.class, field, new AsTyped());
		}
		Class<?> formType = (binder.getTarget() != null) ? binder.getTarget().getClass()
				: binder.getTargetType().resolve();
		if (formType != null) {
			StrictEnums.register(binder, formType);
		}
	}

	private static final class AsTyped extends PropertyEditorSupport {

		@Override
		public void setAsText(String text) {
			setValue(text);
		}

	}

}
