package com.londonbeijing.portal.security;

import java.util.Optional;

import com.londonbeijing.portal.account.Account;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * The account behind the current request's session, as {@link SignedInAccountFilter} read
 * it from the database for this request, and where it stands in signing in.
 *
 * @param account the account, as stored now
 * @param needsSecondStep whether signing in to it takes a second step (enrolled, or
 * required by {@code PORTAL_TWO_FACTOR})
 * @param secondStepDone whether this session has passed the second step
 */
record SignedInAccount(Account account, boolean needsSecondStep, boolean secondStepDone) {

	/**
	 * The second factor's authority: a code from the authenticator app or a recovery
	 * code.
	 */
	static final String SECOND_STEP = "FACTOR_TOTP";

	private static final String ATTRIBUTE = SignedInAccount.class.getName();

	/** Whether the session has every step its account needs. */
	boolean fullySignedIn() {
		return !this.needsSecondStep || this.secondStepDone;
	}

	void store(HttpServletRequest request) {
		request.setAttribute(ATTRIBUTE, this);
	}

	static Optional<SignedInAccount> of(HttpServletRequest request) {
		return Optional.ofNullable((SignedInAccount) request.getAttribute(ATTRIBUTE));
	}

	/** Whether an authentication has passed the second step. */
	static boolean hasSecondStep(Authentication authentication) {
		return authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(SECOND_STEP::equals);
	}

}
