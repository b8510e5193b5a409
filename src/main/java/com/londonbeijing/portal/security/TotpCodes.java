package com.londonbeijing.portal.security;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.apache.commons.codec.binary.Base32;

/**
 * Time-based one-time codes (RFC 6238: six digits, 30-second steps, HMAC-SHA1, as every
 * authenticator app expects), computed by java-otp; keys are 160 random bits shown in
 * Base32 (commons-codec). A code is accepted for its own step and one step either side,
 * for clocks that are a little off; which step matched is returned so that the caller can
 * refuse that step and earlier ones afterwards.
 */
final class TotpCodes {

	static final Duration STEP = Duration.ofSeconds(30);

	/** Steps either side of the current one that are still accepted. */
	static final int DRIFT = 1;

	private static final int KEY_BYTES = 20;

	private static final SecureRandom random = new SecureRandom();

	private static final Base32 base32 = new Base32();

	private TotpCodes() {
	}

	/**
	 * A new random key.
	 * @return the key in Base32, without padding
	 */
	static String newSecret() {
		byte[] key = new byte[KEY_BYTES];
		random.nextBytes(key);
		return base32.encodeToString(key).replace("=", "");
	}

	/**
	 * The code of one time step.
	 * @param secret the key in Base32
	 * @param step the step (seconds since 1970 divided by 30)
	 * @return the six-digit code
	 */
	static String code(String secret, long step) {
		TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator(STEP);
		try {
			return generator.generateOneTimePasswordString(key(secret), Instant.ofEpochSecond(step * STEP.toSeconds()));
		}
		catch (InvalidKeyException ex) {
			throw new IllegalStateException("Unusable key", ex);
		}
	}

	/**
	 * The step of a time.
	 * @param time the time
	 * @return its step
	 */
	static long step(Instant time) {
		return time.getEpochSecond() / STEP.toSeconds();
	}

	/**
	 * Which step a typed code belongs to, if any near now.
	 * @param secret the key in Base32
	 * @param typed the code as typed (spaces allowed)
	 * @param now the current time
	 * @return the matching step, or empty
	 */
	static OptionalLong matchingStep(String secret, String typed, Instant now) {
		String code = normalise(typed);
		if (code.length() != 6) {
			return OptionalLong.empty();
		}
		long current = step(now);
		for (long step = current - DRIFT; step <= current + DRIFT; step++) {
			if (MessageDigest.isEqual(code(secret, step).getBytes(StandardCharsets.US_ASCII),
					code.getBytes(StandardCharsets.US_ASCII))) {
				return OptionalLong.of(step);
			}
		}
		return OptionalLong.empty();
	}

	/** Digits only: people type codes with spaces, as apps show them ("123 456"). */
	static String normalise(String typed) {
		if (typed == null || typed.length() > 20) {
			return "";
		}
		String digits = typed.replaceAll("[\\s-]", "");
		return digits.matches("[0-9]{1,10}") ? digits : "";
	}

	/**
	 * The address an authenticator app reads from the QR code.
	 * @param issuer the site's name
	 * @param username the account
	 * @param secret the key in Base32
	 * @return an {@code otpauth://totp/...} URI
	 */
	static String otpauthUri(String issuer, String username, String secret) {
		String label = encode(issuer) + ":" + encode(username);
		return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(issuer)
				+ "&algorithm=SHA1&digits=6&period=" + STEP.toSeconds();
	}

	/** The key in groups of four, as people copy it by hand. */
	static String grouped(String secret) {
		return secret.replaceAll("(.{4})(?=.)", "$1 ");
	}

	private static SecretKeySpec key(String secret) {
		return new SecretKeySpec(base32.decode(secret), "HmacSHA1");
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
