package com.londonbeijing.portal.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What a form posted after its session or CSRF token expired becomes, so that an editor
 * who signs in again loses nothing typed: the security configuration asks it before
 * answering such a POST with the "form has expired" page or the sign-in page, and hands a
 * kept form back after signing in, on the form's own address. Which forms qualify
 * (content forms only, never sign-in, password or two-step forms) and where the input is
 * kept is the implementation's part ({@code editing/KeptInputs}); this package only knows
 * when to ask.
 */
public interface ExpiredFormInput {

	/**
	 * Request attribute set (to {@code true}) when a POST would have been kept but was
	 * too large, so that the "form has expired" page can say so.
	 */
	String TOO_LARGE = ExpiredFormInput.class.getName() + ".tooLarge";

	/**
	 * Keeps the parameters of a POST that Spring Security refused for want of a valid
	 * session or CSRF token, if it is a form that keeps input and the browser marked it
	 * as same-origin.
	 * @param request the refused POST
	 * @param response its response
	 * @return whether it kept the input and answered (with a redirect to the form's
	 * address); otherwise the caller answers as before
	 * @throws IOException if the redirect cannot be sent
	 */
	boolean keep(HttpServletRequest request, HttpServletResponse response) throws IOException;

	/**
	 * Whether this browser has input waiting for it, for the sign-in page to say so.
	 * @param request the request
	 * @return whether any kept input of this browser is still waiting
	 */
	boolean isWaiting(HttpServletRequest request);

	/**
	 * Hands kept input back: for a GET of a form's address, reached past every security
	 * rule of that address, by the browser that posted it, a request that carries the
	 * kept parameters (for the form's usual binding); the input is then no longer kept.
	 * @param request the request, already authorised
	 * @param response its response
	 * @return the request to go on with: the same one when nothing is handed back
	 */
	HttpServletRequest handBack(HttpServletRequest request, HttpServletResponse response);

}
