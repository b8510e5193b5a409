package com.londonbeijing.portal.security;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.londonbeijing.portal.account.AccountChanged;
import com.londonbeijing.portal.audit.SecurityEvent;
import com.londonbeijing.portal.audit.SecurityLog;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The signed-in sessions of an account, found through Spring Session JDBC's index by
 * principal name ({@link FindByIndexNameSessionRepository}): listed on
 * {@code /account/sessions}, and all ended at once when the account's password, role or
 * enabled state changes or it is deleted ({@link AccountChanged}, after the change is
 * committed). Each session carries the browser and address it signed in from.
 */
@Component
class AccountSessions {

	static final String USER_AGENT = "portal.signIn.userAgent";

	static final String ADDRESS = "portal.signIn.address";

	private static final Log logger = LogFactory.getLog(AccountSessions.class);

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	private final SecurityLog log;

	AccountSessions(FindByIndexNameSessionRepository<? extends Session> sessions, SecurityLog log) {
		this.sessions = sessions;
		this.log = log;
	}

	/** Remembers where a new session signed in from, for the sessions page. */
	static void remember(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			String agent = request.getHeader("User-Agent");
			session.setAttribute(USER_AGENT, (agent != null && agent.length() > 300) ? agent.substring(0, 300) : agent);
			session.setAttribute(ADDRESS, request.getRemoteAddr());
		}
	}

	/**
	 * The account's sessions, most recently active first.
	 * @param username the account's username, as stored
	 * @return its sessions
	 */
	List<SignedInSession> of(String username) {
		return this.sessions.findByPrincipalName(username)
			.values()
			.stream()
			.map((session) -> new SignedInSession(session.getId(), session.getAttribute(USER_AGENT),
					session.getAttribute(ADDRESS), session.getCreationTime(), session.getLastAccessedTime()))
			.sorted(Comparator.comparing(SignedInSession::lastActive).reversed())
			.toList();
	}

	/**
	 * Ends every session of an account but one.
	 * @param username the account's username, as stored
	 * @param keep the id of the session to keep, or {@code null} for none
	 * @return how many ended
	 */
	int endAll(String username, String keep) {
		Map<String, ? extends Session> found = this.sessions.findByPrincipalName(username);
		int ended = 0;
		for (String id : found.keySet()) {
			if (!id.equals(keep)) {
				this.sessions.deleteById(id);
				ended++;
			}
		}
		if (ended > 0) {
			logger.info("Ended " + ended + " session(s) of " + ThrottledAuthenticationProvider.forLog(username));
			this.log.record(SecurityEvent.SESSIONS_ENDED, username, ended + " ended");
		}
		return ended;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void accountChanged(AccountChanged change) {
		endAll(change.username(), change.keepCurrentSession() ? currentSessionId() : null);
	}

	private static String currentSessionId() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpSession session = attributes.getRequest().getSession(false);
			return (session != null) ? session.getId() : null;
		}
		return null;
	}

	/**
	 * One signed-in session, for the sessions page.
	 *
	 * @param id the session id (never shown)
	 * @param browser the browser's User-Agent at sign-in
	 * @param address the address it signed in from
	 * @param signedIn when it signed in
	 * @param lastActive its last request
	 */
	record SignedInSession(String id, String browser, String address, Instant signedIn, Instant lastActive) {

	}

}
