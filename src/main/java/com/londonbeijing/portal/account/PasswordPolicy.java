package com.londonbeijing.portal.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

import org.passay.DictionaryRule;
import org.passay.PasswordData;
import org.passay.dictionary.ArrayWordList;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.sort.ArraysSort;

import org.springframework.validation.Errors;

/**
 * What a new password must be. One place for the rules, used by the admin's account form,
 * the change-password form and the first-start account: 12 to 128 characters, not
 * containing the username, and not one of the 100,000 most common passwords.
 * <p>
 * The list ({@value #COMMON_PASSWORDS}) is the password dictionary of nbvcxz 1.5.1 (MIT
 * licence), shipped inside the app, so nothing is looked up over the network. It is read
 * once, at the first check; only its entries of at least {@link #MIN_LENGTH} characters
 * are kept in memory, as shorter ones are refused by length already. Passay's
 * {@link DictionaryRule} matches them regardless of case.
 */
public final class PasswordPolicy {

	/** At least this many characters: long beats complicated. */
	public static final int MIN_LENGTH = 12;

	/**
	 * At most this many characters (ASVS 2.1.2), counted as code points so that Chinese
	 * and accented letters count one each. Hashing has no lower limit of its own: new
	 * hashes are PBKDF2, which reads the whole password (see {@code PasswordHashing}).
	 */
	public static final int MAX_LENGTH = 128;

	/** The common-password list on the classpath, gzipped, one password per line. */
	static final String COMMON_PASSWORDS = "/security/common-passwords.txt.gz";

	private PasswordPolicy() {
	}

	/**
	 * Whether a password is in the list of common passwords.
	 * @param password the password
	 * @return {@code true} if it is (in any case)
	 */
	static boolean isCommon(String password) {
		return !Common.RULE.validate(new PasswordData(password)).isValid();
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
		if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
			return Optional.of("account.password.tooLong");
		}
		if (username != null && !Usernames.key(username).isEmpty()
				&& Usernames.key(password).contains(Usernames.key(username))) {
			return Optional.of("account.password.containsUsername");
		}
		if (isCommon(password) || isCommon(password.strip())) {
			return Optional.of("account.password.common");
		}
		return Optional.empty();
	}

	/**
	 * Checks a new password and its confirmation, adding any problem to a form's errors:
	 * a broken rule on the password field, or else a mismatch on the confirmation field.
	 * The messages get {@link #MIN_LENGTH} and {@link #MAX_LENGTH} as arguments 0 and 1.
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
			errors.rejectValue(field, problem.get(), new Object[] { MIN_LENGTH, MAX_LENGTH }, null);
		}
		else if (!password.equals(confirmation)) {
			errors.rejectValue(confirmationField, "account.password.mismatch");
		}
	}

	/** Loaded at first use; a password change is rare, and the start stays fast. */
	private static final class Common {

		static final DictionaryRule RULE = new DictionaryRule(new WordListDictionary(load()));

		private static ArrayWordList load() {
			List<String> words = new ArrayList<>();
			try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS);
					BufferedReader reader = new BufferedReader(
							new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
				String line;
				while ((line = reader.readLine()) != null) {
					if (line.codePointCount(0, line.length()) >= MIN_LENGTH) {
						words.add(line);
					}
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return new ArrayWordList(words.toArray(String[]::new), false, new ArraysSort());
		}

	}

}
