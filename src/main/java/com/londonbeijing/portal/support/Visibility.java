package com.londonbeijing.portal.support;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Which content a request may see: visitors see published items only; signed-in editors
 * also see drafts, so they can preview them before publishing.
 */
public enum Visibility {

	/**
	 * Visitors: published content, and withdrawn content at its own address (with its
	 * notice). Lists ask for {@link ContentStatus#PUBLISHED} themselves.
	 */
	PUBLIC(EnumSet.of(ContentStatus.PUBLISHED, ContentStatus.WITHDRAWN)),

	/** Signed-in editors: drafts too. */
	PREVIEW(EnumSet.allOf(ContentStatus.class));

	private final Set<ContentStatus> statuses;

	Visibility(Set<ContentStatus> statuses) {
		this.statuses = statuses;
	}

	/** The statuses of the items this visibility may see at their own address. */
	public Set<ContentStatus> statuses() {
		return this.statuses;
	}

	/**
	 * The visibility for the user making a request.
	 * @param authentication the request's user, {@code null} for visitors
	 * @return {@link #PREVIEW} for a signed-in user, otherwise {@link #PUBLIC}
	 */
	public static Visibility of(Authentication authentication) {
		boolean signedIn = authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
		return signedIn ? PREVIEW : PUBLIC;
	}

}
