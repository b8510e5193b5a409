package com.londonbeijing.portal.test;

import java.security.InvalidKeyException;
import java.time.Duration;
import java.time.Instant;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.apache.commons.codec.binary.Base32;

/**
 * An authenticator app, as a test holds one: given the key the enrolment page shows, it
 * computes RFC 6238 codes with the TOTP library itself (not with the application's code).
 * The portal accepts each 30-second step once, and the step either side of now; so each
 * {@link #nextCode()} is for a later step than the one before, waiting if it must.
 */
public final class Authenticator {

	private static final Duration STEP = Duration.ofSeconds(30);

	private final byte[] key;

	private long lastStep = Long.MIN_VALUE;

	/**
	 * @param secret the key as the page shows it (Base32, spaces allowed)
	 */
	public Authenticator(String secret) {
		this.key = new Base32().decode(secret.replace(" ", ""));
	}

	/**
	 * A code the portal has not seen yet.
	 * @return six digits
	 */
	public String nextCode() {
		long now = Instant.now().getEpochSecond() / STEP.toSeconds();
		long step = Math.max(now, this.lastStep + 1);
		while (step > now + 1) {
			sleep();
			now = Instant.now().getEpochSecond() / STEP.toSeconds();
		}
		this.lastStep = step;
		return codeAt(step);
	}

	/**
	 * The code of the last step used, to try it again.
	 * @return six digits
	 */
	public String lastCode() {
		return codeAt(this.lastStep);
	}

	private String codeAt(long step) {
		try {
			return new TimeBasedOneTimePasswordGenerator(STEP).generateOneTimePasswordString(
					new SecretKeySpec(this.key, "HmacSHA1"), Instant.ofEpochSecond(step * 30));
		}
		catch (InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void sleep() {
		try {
			Thread.sleep(1000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
