package com.londonbeijing.portal.security;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;

/**
 * How passwords and recovery codes are hashed. Every stored hash names its algorithm in
 * braces ({@code {pbkdf2-sha256}…}, {@code {bcrypt}…}), so hashes made before a change
 * keep working and are replaced at the account's next sign-in.
 * <p>
 * Passwords are hashed with PBKDF2-HMAC-SHA256 (Spring Security's 5.8 defaults: 310,000
 * iterations, 16-byte salt), which reads the whole password: bcrypt, used before, reads
 * only 72 bytes, which capped passwords well below the 128 characters that ASVS 2.1.2
 * asks us to accept. PBKDF2 needs no memory of its own, unlike Argon2, which matters with
 * a 96 MB heap and several sign-ins at once. Recovery codes stay bcrypt: they are random
 * and short, and one sign-in compares a typed code with up to ten hashes.
 */
final class PasswordHashing {

	/**
	 * The id of new password hashes; it must match the {@code account.password_hash}
	 * check.
	 */
	static final String PASSWORDS = "pbkdf2-sha256";

	private static final String BCRYPT = "bcrypt";

	private PasswordHashing() {
	}

	/**
	 * The encoder for passwords: PBKDF2 for new hashes, bcrypt for old ones.
	 * @return the encoder
	 */
	static PasswordEncoder passwords() {
		DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder(PASSWORDS,
				Map.of(PASSWORDS, Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8(), BCRYPT, new Bcrypt()));
		return encoder;
	}

	/**
	 * The encoder for recovery codes: bcrypt.
	 * @return the encoder
	 */
	static PasswordEncoder recoveryCodes() {
		return new DelegatingPasswordEncoder(BCRYPT, Map.of(BCRYPT, new Bcrypt()));
	}

	/**
	 * bcrypt that answers "no match" for a password longer than it can read, where Spring
	 * Security's throws: a 128-character password typed for an account still on a bcrypt
	 * hash is a wrong password, not a server error.
	 */
	private static final class Bcrypt implements PasswordEncoder {

		private static final int MAX_BYTES = 72;

		private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();

		@Override
		public String encode(CharSequence rawPassword) {
			return this.bcrypt.encode(rawPassword);
		}

		@Override
		public boolean matches(CharSequence rawPassword, String encodedPassword) {
			if (rawPassword != null && rawPassword.toString().getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
				return false;
			}
			return this.bcrypt.matches(rawPassword, encodedPassword);
		}

	}

}
