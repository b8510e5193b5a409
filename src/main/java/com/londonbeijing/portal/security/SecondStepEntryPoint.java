package com.londonbeijing.portal.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Where a session that lacks the second step goes: to the code form if its account has
 * set up two-step sign-in, or else to set it up (the setting requires it).
 */
final class SecondStepEntryPoint implements AuthenticationEntryPoint {

	private final TwoStep twoStep;

	SecondStepEntryPoint(TwoStep twoStep) {
		this.twoStep = twoStep;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException {
		boolean enrolled = SignedInAccount.of(request)
			.map((signedIn) -> this.twoStep.isEnrolled(signedIn.account().getId()))
			.orElse(true);
		response
			.sendRedirect(request.getContextPath() + (enrolled ? SecondStepFilter.CODE_PATH : TwoStepController.PATH));
	}

}
