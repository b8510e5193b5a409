package com.londonbeijing.portal.account;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import org.springframework.validation.Errors;

/**
 * What a new password must be. One place for the rules, used by the admin's account form,
 * the change-password form and the first-start account.
 */
public final class PasswordPolicy {

	/** At least this many characters: long beats complicated. */
	public static final int MIN_LENGTH = 12;

	/**
	 * bcrypt reads only the first 72 bytes of a password, and Spring Security refuses to
	 * hash more rather than ignore the rest.
	 */
	public static final int MAX_BYTES = 72;

	private PasswordPolicy() {
	}

	/**
	 * Checks a new password.
	 * @param username the account's username
	 * @param password the new password, exactly as typed
	 * @return the message code of the first broken rule, or empty if the password is
	 * acceptable
	 */
	public static Optional<String> problem(String username, String password) {
		if (password == null || password.isEmpty()) {
			return Optional.of("account.password.required");
		}
		if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
			return Optional.of("account.password.tooShort");
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return Optional.of("account.password.tooLong");
		}
		if (username != null && password.strip().toLowerCase(Locale.ROOT).equals(username.toLowerCase(Locale.ROOT))) {
			return Optional.of("account.password.sameAsUsername");
		}
		return Optional.empty();
	}

	/**
	 * Checks a new password and its confirmation, adding any problem to a form's errors:
	 * a broken rule on the password field, or else a mismatch on the confirmation field.
	 * The messages get {@link #MIN_LENGTH} and {@link #MAX_BYTES} as arguments 0 and 1.
	 * @param username the account's username
	 * @param password the new password, exactly as typed
	 * @param confirmation the password typed again
	 * @param errors the form's errors
	 * @param field the password's field name
	 * @param confirmationField the confirmation's field name
	 */
	public static void validate(String username, String password, String confirmation, Errors errors, String field,
			String confirmationField) {
		Optional<String> problem = problem(username, password);
		if (problem.isPresent()) {
			errors.rejectValue(field, problem.get(), new Object[] { MIN_LENGTH, MAX_BYTES }, null);
		}
		else if (!password.equals(confirmation)) {
			errors.rejectValue(confirmationField, "account.password.mismatch");
		}
	}

}
