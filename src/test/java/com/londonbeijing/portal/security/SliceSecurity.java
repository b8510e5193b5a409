package com.londonbeijing.portal.security;

import com.londonbeijing.portal.account.AccountService;
import com.londonbeijing.portal.audit.SecurityLog;
import com.londonbeijing.portal.database.DatabaseAvailability;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * The real filter chains of {@link SecurityConfiguration} for {@code @WebMvcTest} slices,
 * with what they read from the database mocked: requests are signed in by MockMvc's mock
 * users ({@code user(..).roles(..)}), so the URL rules, the sign-in redirect, the 403
 * page and CSRF protection are the application's own. The database is reported as assumed
 * down, which makes the per-request account check ({@link SignedInAccountFilter}) step
 * aside as it does during an outage; that check is the whole-application tests' part
 * ({@code AccountSecurityTests}).
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(SecurityConfiguration.class)
public class SliceSecurity {

	@Bean
	AccountUserDetailsService sliceUserDetails() {
		return mock(AccountUserDetailsService.class);
	}

	@Bean
	LoginFailures sliceLoginFailures() {
		return mock(LoginFailures.class);
	}

	@Bean
	AccountService sliceAccounts() {
		return mock(AccountService.class);
	}

	@Bean
	TwoStep sliceTwoStep() {
		return mock(TwoStep.class);
	}

	@Bean
	SecurityLog sliceSecurityLog() {
		return mock(SecurityLog.class);
	}

	/** Keeps nothing: keeping form input is the whole-application tests' part. */
	@Bean
	ExpiredFormInput sliceExpiredFormInput() {
		return new ExpiredFormInput() {

			@Override
			public boolean keep(HttpServletRequest request, HttpServletResponse response) {
				return false;
			}

			@Override
			public boolean isWaiting(HttpServletRequest request) {
				return false;
			}

			@Override
			public HttpServletRequest handBack(HttpServletRequest request, HttpServletResponse response) {
				return request;
			}

		};
	}

	@Bean
	DatabaseAvailability sliceDatabase() {
		DatabaseAvailability database = mock(DatabaseAvailability.class);
		given(database.assumedDown()).willReturn(true);
		return database;
	}

}
