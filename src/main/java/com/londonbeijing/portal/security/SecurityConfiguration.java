package com.londonbeijing.portal.security;

import java.io.IOException;

import com.londonbeijing.portal.account.AccountService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.NullRequestCache;

/**
 * Who may see what: the portal is public; {@code /admin/**} needs an account (EDITOR for
 * content, ADMIN for accounts as well), {@code /account/**} any signed-in user; the
 * actuator shows only its health to anonymous visitors, its metrics to ADMIN accounts.
 * Sign-in is our own form at {@code /login}, throttled by {@link LoginThrottle}; sign-out
 * is a POST to {@code /logout}. CSRF protection (Spring Security's default) covers every
 * form, and every response carries a strict content security policy (the site uses no
 * inline script or style, and nothing from other origins).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/**
	 * The actuator, for machines: health is public, the rest (Prometheus metrics) is for
	 * ADMIN accounts, signed in through the sign-in form or sending HTTP Basic
	 * credentials (as a metrics scraper does; checked and throttled like a sign-in, and
	 * never given a session). Anonymous requests get a plain 401, not the sign-in page.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain actuatorFilterChain(HttpSecurity http, AccountUserDetailsService users,
			PasswordEncoder passwordEncoder, LoginFailures failures, AccountService accounts) throws Exception {
		AuthenticationEntryPoint unauthorized = new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED);
		http.securityMatcher("/actuator/**")
			.authenticationManager(authenticationManager(users, passwordEncoder, failures))
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				.anyRequest()
				.hasRole("ADMIN"))
			.httpBasic((basic) -> basic.authenticationEntryPoint(unauthorized))
			// No session for a refused scrape: there is no page to come back to.
			.requestCache((cache) -> cache.requestCache(new NullRequestCache()))
			.exceptionHandling((exceptions) -> exceptions.accessDeniedHandler(SecurityConfiguration::forbidden)
				.authenticationEntryPoint(unauthorized))
			.addFilterBefore(new SignedInAccountFilter(accounts), AnonymousAuthenticationFilter.class)
			.headers(
					(headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain securityFilterChain(HttpSecurity http, AccountUserDetailsService users,
			PasswordEncoder passwordEncoder, LoginFailures failures, AccountService accounts) throws Exception {
		http.authenticationManager(authenticationManager(users, passwordEncoder, failures))
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/admin/users", "/admin/users/**")
				.hasRole("ADMIN")
				.requestMatchers("/admin", "/admin/**")
				.hasRole("EDITOR")
				.requestMatchers("/account/**")
				.authenticated()
				.anyRequest()
				.permitAll())
			.formLogin((login) -> login.loginPage("/login")
				.defaultSuccessUrl("/admin")
				.failureHandler(new LoginFailureHandler())
				.permitAll())
			.logout((logout) -> logout.logoutUrl("/logout")
				.logoutSuccessUrl("/login?signedOut")
				.deleteCookies("JSESSIONID"))
			.exceptionHandling((exceptions) -> exceptions.accessDeniedHandler(SecurityConfiguration::forbidden)
				.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
			.sessionManagement((sessions) -> sessions.sessionFixation((fixation) -> fixation.changeSessionId()))
			.addFilterBefore(new SignedInAccountFilter(accounts), AnonymousAuthenticationFilter.class)
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.permissionsPolicyHeader((permissions) -> permissions
					.policy("camera=(), microphone=(), geolocation=(), payment=(), usb=()")));
		return http.build();
	}

	private static ProviderManager authenticationManager(AccountUserDetailsService users,
			PasswordEncoder passwordEncoder, LoginFailures failures) {
		return new ProviderManager(
				new ThrottledAuthenticationProvider(passwordProvider(users, passwordEncoder), failures));
	}

	/**
	 * Checks the password before telling anything about the account: a disabled account
	 * answers like a wrong password, and takes as long.
	 */
	private static DaoAuthenticationProvider passwordProvider(AccountUserDetailsService users,
			PasswordEncoder passwordEncoder) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
		provider.setPasswordEncoder(passwordEncoder);
		provider.setPreAuthenticationChecks((user) -> {
		});
		provider.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
		return provider;
	}

	/**
	 * The styled 403 page, told why: Spring's default handler only records the exception
	 * when it forwards to an error page of its own, and the page needs it to tell an
	 * expired form (CSRF) from a missing permission.
	 */
	private static void forbidden(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException exception) throws IOException {
		if (!response.isCommitted()) {
			request.setAttribute(WebAttributes.ACCESS_DENIED_403, exception);
			response.sendError(HttpServletResponse.SC_FORBIDDEN);
		}
	}

	/** See {@link OutageTolerantSessionRepository}. */
	@Bean
	static BeanPostProcessor outageTolerantSessions() {
		return OutageTolerantSessionRepository.wrapper();
	}

	/** bcrypt by default; hashes carry their algorithm, so it can change later. */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/** An administrator may do everything an editor may. */
	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.fromHierarchy("ROLE_ADMIN > ROLE_EDITOR");
	}

}
