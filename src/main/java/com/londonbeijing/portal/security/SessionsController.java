package com.londonbeijing.portal.security;

import java.security.Principal;
import java.util.List;

import com.londonbeijing.portal.support.FlashMessage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /account/sessions}: where one's account is signed in (browser, address, last
 * active), with a button that signs out every other session.
 */
@Controller
@RequestMapping("/account/sessions")
class SessionsController {

	private final AccountSessions sessions;

	SessionsController(AccountSessions sessions) {
		this.sessions = sessions;
	}

	@GetMapping
	String list(Principal principal, HttpServletRequest request, Model model) {
		HttpSession current = request.getSession(false);
		String currentId = (current != null) ? current.getId() : null;
		List<SessionRow> rows = this.sessions.of(principal.getName())
			.stream()
			.map((session) -> new SessionRow(Browsers.describe(session.browser()), session.address(),
					session.signedIn(), session.lastActive(), session.id().equals(currentId)))
			.toList();
		model.addAttribute("sessions", rows);
		model.addAttribute("others", rows.stream().filter((row) -> !row.current()).count());
		return "account/sessions";
	}

	@PostMapping("/end-others")
	String endOthers(Principal principal, HttpServletRequest request, RedirectAttributes redirect) {
		HttpSession current = request.getSession(false);
		int ended = this.sessions.endAll(principal.getName(), (current != null) ? current.getId() : null);
		FlashMessage.add(redirect, "account.sessions.ended", ended);
		return "redirect:/account/sessions";
	}

	/**
	 * A session as the page shows it.
	 *
	 * @param browser the browser and system, in words
	 * @param address the address it signed in from
	 * @param signedIn when it signed in
	 * @param lastActive its last request
	 * @param current whether it is the session showing the page
	 */
	record SessionRow(String browser, String address, java.time.Instant signedIn, java.time.Instant lastActive,
			boolean current) {

	}

}
