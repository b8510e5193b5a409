package com.londonbeijing.portal.security;

import java.util.function.Supplier;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AllAuthoritiesAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * The multi-factor rule added to every protected page's own rule (through a
 * {@code DefaultAuthorizationManagerFactory}, see {@link SecurityConfiguration}): an
 * account that signs in with a second step ({@link SignedInAccount#needsSecondStep}) must
 * also hold the {@link SignedInAccount#SECOND_STEP} factor. The refusal names the missing
 * factor, so Spring Security sends the session to {@link SecondStepEntryPoint} instead of
 * the 403 page. Anonymous visitors are left to the page's own rule.
 */
final class SecondStepRequirement implements AuthorizationManager<RequestAuthorizationContext> {

	private final AuthorizationManager<RequestAuthorizationContext> secondStep = AllAuthoritiesAuthorizationManager
		.hasAllAuthorities(SignedInAccount.SECOND_STEP);

	@Override
	public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
			RequestAuthorizationContext context) {
		Authentication user = authentication.get();
		if (user == null || !user.isAuthenticated() || user instanceof AnonymousAuthenticationToken) {
			return new AuthorizationDecision(true);
		}
		boolean needed = SignedInAccount.of(context.getRequest()).map(SignedInAccount::needsSecondStep).orElse(false);
		return needed ? this.secondStep.authorize(authentication, context) : new AuthorizationDecision(true);
	}

}
