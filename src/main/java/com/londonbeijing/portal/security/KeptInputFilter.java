package com.londonbeijing.portal.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The last filter of the main chain, after authorization: a request that reaches it has
 * passed every rule of its address (signed in, second step, role), so kept form input may
 * be handed back to it ({@link ExpiredFormInput#handBack}). Earlier, a browser that is
 * not signed in, or an account without the role for that form, could claim it.
 */
final class KeptInputFilter extends OncePerRequestFilter {

	private final ExpiredFormInput expiredForms;

	KeptInputFilter(ExpiredFormInput expiredForms) {
		this.expiredForms = expiredForms;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter("GET".equals(request.getMethod()) ? this.expiredForms.handBack(request, response) : request,
				response);
	}

}
