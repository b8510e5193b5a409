package com.londonbeijing.portal.security;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * A code typed at the second step of sign-in, by someone who has passed the password step
 * ({@code signedIn}). Not yet checked, so not authenticated.
 */
final class SecondStepToken extends AbstractAuthenticationToken {

	private final transient Authentication signedIn;

	private final String code;

	private final boolean recoveryCode;

	private final String address;

	SecondStepToken(Authentication signedIn, String code, boolean recoveryCode, String address) {
		super(List.of());
		this.signedIn = signedIn;
		this.code = code;
		this.recoveryCode = recoveryCode;
		this.address = address;
		setAuthenticated(false);
	}

	Authentication signedIn() {
		return this.signedIn;
	}

	String code() {
		return this.code;
	}

	boolean isRecoveryCode() {
		return this.recoveryCode;
	}

	String address() {
		return this.address;
	}

	@Override
	public Object getCredentials() {
		return null; // the code stays out of anything that prints tokens
	}

	@Override
	public Object getPrincipal() {
		return this.signedIn.getPrincipal();
	}

	@Override
	public String getName() {
		return this.signedIn.getName();
	}

}
