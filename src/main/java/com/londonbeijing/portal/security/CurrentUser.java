package com.londonbeijing.portal.security;

import java.util.Optional;

import com.londonbeijing.portal.account.Role;
import com.londonbeijing.portal.database.DatabaseOutage;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is signed in on the current request. Use {@link #name()} wherever something must
 * record who did it (audit columns, revision entities, log lines); templates get the same
 * as the model attribute {@code currentUser}.
 *
 * @param username the account's username, as stored
 * @param admin whether the account has the ADMIN role
 */
public record CurrentUser(String username, boolean admin) {

	/**
	 * The signed-in user of the current request (thread).
	 * @return the user, or empty for anonymous visitors and outside requests
	 */
	public static Optional<CurrentUser> get() {
		Authentication authentication;
		try {
			authentication = SecurityContextHolder.getContext().getAuthentication();
		}
		catch (RuntimeException ex) {
			if (!DatabaseOutage.isOutage(ex)) {
				throw ex;
			}
			// The session is stored in the database: the "unavailable" page must still
			// render, as for a visitor.
			return Optional.empty();
		}
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return Optional.empty();
		}
		boolean admin = authentication.getAuthorities()
			.stream()
			.anyMatch((authority) -> Role.ADMIN.authority().equals(authority.getAuthority()));
		return Optional.of(new CurrentUser(authentication.getName(), admin));
	}

	/**
	 * The username of the signed-in user of the current request (thread), for audit.
	 * @return the username, or empty for anonymous visitors and outside requests
	 */
	public static Optional<String> name() {
		return get().map(CurrentUser::username);
	}

}
