package com.londonbeijing.portal.security;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.londonbeijing.portal.account.Account;
import com.londonbeijing.portal.account.AccountService;
import com.londonbeijing.portal.audit.SecurityEvent;
import com.londonbeijing.portal.audit.SecurityLog;
import com.londonbeijing.portal.database.DatabaseAvailability;
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
 * Checks, on every request of a signed-in session (public pages included, so a draft
 * preview too), that its account still exists, is enabled and has the role the session
 * signed in with, and that the session is younger than
 * {@code PORTAL_SESSION_MAX_LIFETIME} (12 hours by default, however active); otherwise
 * the session ends before the request reaches anything. Anonymous visitors have no
 * session and pay nothing.
 * <p>
 * It then tells the rest of the request where the session stands
 * ({@link SignedInAccount}): a session still missing its second step is a visitor on
 * public pages (no drafts), and can only reach the second-step pages elsewhere (the MFA
 * rules see to that). A signed-in account whose password must be replaced is sent to the
 * change-password page from everywhere else. While the database is unreachable (or
 * {@link DatabaseAvailability} takes it to be down after a failure a moment ago) the
 * check is skipped: the session itself can then only come from a copy the database
 * confirmed minutes ago ({@link OutageTolerantSessionRepository}).
 */
final class SignedInAccountFilter extends OncePerRequestFilter {

	private static final Log logger = LogFactory.getLog(SignedInAccountFilter.class);

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	private final AccountService accounts;

	private final TwoStep twoStep;

	private final Duration maxLifetime;

	private final SecurityLog log;

	private final DatabaseAvailability database;

	SignedInAccountFilter(AccountService accounts, TwoStep twoStep, Duration maxLifetime, SecurityLog log,
			DatabaseAvailability database) {
		this.accounts = accounts;
		this.twoStep = twoStep;
		this.maxLifetime = maxLifetime;
		this.log = log;
		this.database = database;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = this.contexts.getContext().getAuthentication();
		if (!(authentication instanceof UsernamePasswordAuthenticationToken) || !authentication.isAuthenticated()) {
			chain.doFilter(request, response);
			return;
		}
		// Checked when the session was last read from the database; an editor saving
		// during an outage gets the form back with their input rather than a sign-in.
		if (this.database.assumedDown()) {
			chain.doFilter(request, response);
			return;
		}
		Optional<Account> account;
		try {
			account = this.accounts.findByUsername(authentication.getName());
		}
		catch (RuntimeException ex) {
			if (!DatabaseOutage.isOutage(ex)) {
				throw ex;
			}
			this.database.unreachable();
			chain.doFilter(request, response);
			return;
		}
		this.database.reachable();
		String ended = whyEnded(authentication, account, request.getSession(false));
		if (ended != null) {
			logger.info("Ended the session of " + ThrottledAuthenticationProvider.forLog(authentication.getName())
					+ ": " + ended);
			this.log.record(SecurityEvent.SESSIONS_ENDED, authentication.getName(), ended);
			this.contexts.clearContext();
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			chain.doFilter(request, response);
			return;
		}
		SignedInAccount signedIn = new SignedInAccount(account.get(), this.twoStep.needsSecondStep(account.get()),
				SignedInAccount.hasSecondStep(authentication));
		signedIn.store(request);
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!signedIn.fullySignedIn() && isPublic(path)) {
			// Not saved (Spring Security saves a context only when told to): for this
			// request only, the half-signed-in session is a visitor.
			this.contexts.clearContext();
		}
		else if (signedIn.fullySignedIn() && account.get().isPasswordChangeRequired()
				&& !allowedBeforePasswordChange(path)) {
			response.sendRedirect(request.getContextPath() + "/account/password");
			return;
		}
		chain.doFilter(request, response);
	}

	private String whyEnded(Authentication authentication, Optional<Account> account, HttpSession session) {
		if (account.isEmpty()) {
			return "the account was deleted";
		}
		if (!account.get().isEnabled()) {
			return "the account was disabled";
		}
		Set<String> roles = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter((authority) -> authority.startsWith("ROLE_"))
			.collect(Collectors.toSet());
		if (!roles.equals(Set.of(account.get().getRole().authority()))) {
			return "the account's role changed";
		}
		if (session != null && System.currentTimeMillis() - session.getCreationTime() > this.maxLifetime.toMillis()) {
			return "the session reached its maximum lifetime";
		}
		return null;
	}

	/** Pages for everyone: anything but the admin area, account and sign-in pages. */
	static boolean isPublic(String path) {
		return !(path.equals("/admin") || path.startsWith("/admin/") || path.equals("/account")
				|| path.startsWith("/account/") || path.startsWith("/login") || path.equals("/logout")
				|| path.startsWith("/actuator/") || path.startsWith("/error"));
	}

	private static boolean allowedBeforePasswordChange(String path) {
		return path.equals("/account/password") || path.startsWith(TwoStepController.PATH) || path.startsWith("/login")
				|| path.equals("/logout") || path.startsWith("/error") || path.startsWith("/css/")
				|| path.startsWith("/js/") || path.startsWith("/images/") || path.startsWith("/favicon");
	}

}
