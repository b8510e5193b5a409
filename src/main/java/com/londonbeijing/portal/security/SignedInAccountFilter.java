package com.londonbeijing.portal.security;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.londonbeijing.portal.account.Account;
import com.londonbeijing.portal.account.AccountService;
import com.londonbeijing.portal.database.DatabaseOutage;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session whose account was deleted, disabled or given another role since it
 * signed in, before the request reaches anything protected. A session otherwise keeps
 * what it had at sign-in until it expires. Only requests for the admin area and account
 * pages pay the one query this takes. While the database is unreachable the check is
 * skipped: the session itself can then only come from a copy the database confirmed
 * minutes ago ({@link OutageTolerantSessionRepository}).
 */
final class SignedInAccountFilter extends OncePerRequestFilter {

	private static final Log logger = LogFactory.getLog(SignedInAccountFilter.class);

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	private final AccountService accounts;

	SignedInAccountFilter(AccountService accounts) {
		this.accounts = accounts;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !(path.equals("/admin") || path.startsWith("/admin/") || path.startsWith("/account/")
				|| path.startsWith("/actuator/"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = this.contexts.getContext().getAuthentication();
		if (authentication instanceof UsernamePasswordAuthenticationToken && authentication.isAuthenticated()
				&& !stillValid(authentication)) {
			logger.info("Ended the session of " + ThrottledAuthenticationProvider.forLog(authentication.getName())
					+ ": the account was deleted, disabled or changed");
			this.contexts.clearContext();
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
		}
		chain.doFilter(request, response);
	}

	private boolean stillValid(Authentication authentication) {
		Optional<Account> account;
		try {
			account = this.accounts.findByUsername(authentication.getName());
		}
		catch (RuntimeException ex) {
			if (!DatabaseOutage.isOutage(ex)) {
				throw ex;
			}
			// Checked when the session was last read from the database; an editor saving
			// during an outage gets the form back with their input rather than a sign-in.
			return true;
		}
		if (account.isEmpty() || !account.get().isEnabled()) {
			return false;
		}
		Set<String> roles = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter((authority) -> authority.startsWith("ROLE_"))
			.collect(Collectors.toSet());
		return roles.equals(Set.of(account.get().getRole().authority()));
	}

}
