package com.londonbeijing.portal.security;

import java.io.IOException;

import com.londonbeijing.portal.PortalProperties;
import com.londonbeijing.portal.account.AccountService;
import com.londonbeijing.portal.audit.SecurityEvent;
import com.londonbeijing.portal.audit.SecurityLog;
import com.londonbeijing.portal.database.DatabaseAvailability;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.DefaultAuthorizationManagerFactory;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

/**
 * Who may see what: the portal is public; {@code /admin/**} needs an account (WRITER for
 * content, EDITOR to publish, ADMIN for accounts and the security log as well),
 * {@code /account/**} any signed-in user; the actuator shows only its health to anonymous
 * visitors, its metrics to ADMIN accounts.
 * <p>
 * Signing in takes one or two steps: the password ({@code /login}, throttled by
 * {@link LoginThrottle}), then, for accounts that use or must use two-step sign-in
 * ({@code PORTAL_TWO_FACTOR}), a code ({@link SecondStepFilter}). Spring Security 7's
 * multi-factor support does the rest: the password step grants the
 * {@code FACTOR_PASSWORD} authority, the second step {@link SignedInAccount#SECOND_STEP},
 * and every protected page's rule is built by a
 * {@link DefaultAuthorizationManagerFactory} that adds {@link SecondStepRequirement}; a
 * session lacking the second factor is sent to the code form or to set it up
 * ({@link SecondStepEntryPoint}) rather than shown a 403.
 * <p>
 * Visitors get no session: the sign-in form's CSRF token is a cookie until someone signs
 * in ({@link SignInCsrfTokenRepository}), the page to return to after signing in is a
 * cookie too ({@link CookieRequestCache}), and a failed sign-in shows the form in the
 * answer to its POST. Sign-out is a POST to {@code /logout}. CSRF protection covers every
 * form, and every response carries a strict content security policy (the site uses no
 * inline script or style, and nothing from other origins). A content form posted after
 * its session or token expired is kept and handed back after signing in again
 * ({@link ExpiredFormInput}, {@link KeptInputFilter}).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/**
	 * The embeddable chart's policy: the same, except that any site may frame it (that is
	 * what it is for) and its only form-less links leave the frame.
	 */
	static final String EMBED_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace("frame-ancestors 'none'",
			"frame-ancestors *");

	/**
	 * The embeddable trade chart, {@code /trade/chart} in either language: public, read
	 * only, never given a session, and the one page other sites may show in a frame (no
	 * {@code X-Frame-Options}, {@code frame-ancestors *}). Every other page keeps
	 * {@code frame-ancestors 'none'}.
	 * @param http the builder
	 * @return the chain for the embeddable chart only
	 * @throws Exception if the chain cannot be built
	 */
	@Bean
	@Order(0)
	SecurityFilterChain embeddableChartFilterChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/trade/chart", "/zh/trade/chart")
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.requestCache((cache) -> cache.requestCache(new NullRequestCache()))
			.csrf((csrf) -> csrf.disable())
			.headers((headers) -> headers.frameOptions((frames) -> frames.disable())
				.contentSecurityPolicy((csp) -> csp.policyDirectives(EMBED_CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
		return http.build();
	}

	/**
	 * The actuator, for machines: health is public, the rest (Prometheus metrics) is for
	 * ADMIN accounts, signed in through the sign-in form or sending HTTP Basic
	 * credentials (as a metrics scraper does; checked and throttled like a sign-in, and
	 * never given a session). Anonymous requests get a plain 401, not the sign-in page.
	 * Scrapers cannot type codes, so this chain asks for no second step.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain actuatorFilterChain(HttpSecurity http, AccountUserDetailsService users,
			PasswordEncoder passwordEncoder, LoginFailures failures, AccountService accounts, TwoStep twoStep,
			SecurityLog log, PortalProperties properties, DatabaseAvailability database) throws Exception {
		AuthenticationEntryPoint unauthorized = new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED);
		http.securityMatcher("/actuator/**")
			.authenticationManager(passwordManager(users, passwordEncoder, failures, accounts, twoStep, log))
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				.anyRequest()
				.hasRole("ADMIN"))
			.httpBasic((basic) -> basic.authenticationEntryPoint(unauthorized))
			// No session for a refused scrape: there is no page to come back to.
			.requestCache((cache) -> cache.requestCache(new NullRequestCache()))
			.exceptionHandling((exceptions) -> exceptions
				.accessDeniedHandler((request, response, denied) -> forbidden(request, response, denied, log))
				.authenticationEntryPoint(unauthorized))
			.addFilterBefore(
					new SignedInAccountFilter(accounts, twoStep, properties.session().maxLifetime(), log, database),
					AnonymousAuthenticationFilter.class)
			.headers(
					(headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain securityFilterChain(HttpSecurity http, AccountUserDetailsService users,
			PasswordEncoder passwordEncoder, LoginFailures failures, AccountService accounts, TwoStep twoStep,
			SecurityLog log, PortalProperties properties, RoleHierarchy roleHierarchy, DatabaseAvailability database,
			ExpiredFormInput expiredForms) throws Exception {
		DefaultAuthorizationManagerFactory<RequestAuthorizationContext> mfa = new DefaultAuthorizationManagerFactory<>();
		mfa.setRoleHierarchy(roleHierarchy);
		mfa.setAdditionalAuthorization(new SecondStepRequirement());
		CookieRequestCache requestCache = new CookieRequestCache();
		requestCache.setRequestMatcher((request) -> "GET".equals(request.getMethod()));
		SavedRequestAwareAuthenticationSuccessHandler passwordSuccess = successHandler(requestCache);
		SecondStepFilter secondStep = new SecondStepFilter(
				new ProviderManager(new SecondStepProvider(accounts, twoStep, failures, log)));
		secondStep.setAuthenticationSuccessHandler(successHandler(requestCache));
		secondStep.setAuthenticationFailureHandler(new LoginFailureHandler(null));
		http.authenticationManager(passwordManager(users, passwordEncoder, failures, accounts, twoStep, log))
			.authorizeHttpRequests((requests) -> requests
				// Reached by forward after a wrong code, when Spring Security has already
				// cleared the request's (not the session's) sign-in: they only show a
				// form.
				.requestMatchers(SecondStepFilter.CODE_PATH + "/failed", SecondStepFilter.RECOVERY_PATH + "/failed")
				.permitAll()
				.requestMatchers(SecondStepFilter.CODE_PATH, SecondStepFilter.RECOVERY_PATH)
				.hasAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY)
				// Setting up the second step needs the first one only; every change to a
				// set-up one asks for a current code.
				.requestMatchers(TwoStepController.PATH, TwoStepController.PATH + "/**")
				.hasAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY)
				.requestMatchers("/admin/users", "/admin/users/**", "/admin/security-log", "/admin/security-log/**")
				.access(mfa.hasRole("ADMIN"))
				// What only editors may do, whatever the item (editing/Editorial checks
				// the same in the services): publishing a draft or sending it back,
				// restoring a revision, correcting a public change note, importing trade
				// figures.
				.requestMatchers(HttpMethod.POST, "/admin/*/*/draft/publish", "/admin/*/*/draft/return",
						"/admin/*/*/history/*/restore", "/admin/*/*/history/*/note", "/admin/trade/import",
						"/admin/trade/import/**")
				.access(mfa.hasRole("EDITOR"))
				.requestMatchers("/admin", "/admin/**")
				.access(mfa.hasRole("WRITER"))
				.requestMatchers("/account", "/account/**")
				.access(mfa.authenticated())
				.anyRequest()
				.permitAll())
			.formLogin((login) -> login.loginPage("/login").successHandler((request, response, authentication) -> {
				AccountSessions.remember(request);
				passwordSuccess.onAuthenticationSuccess(request, response, authentication);
			}).failureHandler(new LoginFailureHandler("/login/failed")).permitAll())
			.logout((logout) -> logout.logoutUrl("/logout").addLogoutHandler((request, response, authentication) -> {
				if (authentication != null) {
					log.record(SecurityEvent.SIGN_OUT, authentication.getName(), null);
				}
			})
				.logoutSuccessUrl("/login?signedOut")
				.deleteCookies("JSESSIONID", HostPrefixedSessionCookie.PREFIX + "JSESSIONID"))
			// The read API changes nothing: its writes are answered 405 by its
			// controller,
			// which needs no token to say so.
			.csrf((csrf) -> csrf.csrfTokenRepository(new SignInCsrfTokenRepository())
				.ignoringRequestMatchers("/api/v1/**"))
			.requestCache((cache) -> cache.requestCache(requestCache))
			.exceptionHandling((exceptions) -> exceptions.defaultAccessDeniedHandlerFor((request, response, denied) -> {
				// A form posted after its session or token expired: its input is kept
				// and the editor sent to sign in, rather than told to reload.
				if (!(denied instanceof CsrfException) || !expiredForms.keep(request, response)) {
					forbidden(request, response, denied, log);
				}
			}, AnyRequestMatcher.INSTANCE)
				.defaultDeniedHandlerForMissingAuthority(new SecondStepEntryPoint(twoStep), SignedInAccount.SECOND_STEP)
				.authenticationEntryPoint(signInKeepingInput(expiredForms)))
			.sessionManagement((sessions) -> sessions.sessionFixation((fixation) -> fixation.changeSessionId()))
			.addFilterBefore(
					new SignedInAccountFilter(accounts, twoStep, properties.session().maxLifetime(), log, database),
					AnonymousAuthenticationFilter.class)
			.addFilterBefore(secondStep, AnonymousAuthenticationFilter.class)
			.addFilterAfter(new KeptInputFilter(expiredForms), AuthorizationFilter.class)
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.permissionsPolicyHeader((permissions) -> permissions
					.policy("camera=(), microphone=(), geolocation=(), payment=(), usb=()")));
		return http.build();
	}

	/**
	 * The sign-in page, except for a form posted with a valid token by a session that
	 * ended meanwhile (its maximum lifetime, say): its input is kept first, as for an
	 * expired token ({@link ExpiredFormInput}).
	 */
	private static AuthenticationEntryPoint signInKeepingInput(ExpiredFormInput expiredForms) {
		AuthenticationEntryPoint signIn = new LoginUrlAuthenticationEntryPoint("/login");
		return (request, response, exception) -> {
			if (!"POST".equals(request.getMethod()) || !expiredForms.keep(request, response)) {
				signIn.commence(request, response, exception);
			}
		};
	}

	private static SavedRequestAwareAuthenticationSuccessHandler successHandler(CookieRequestCache requestCache) {
		SavedRequestAwareAuthenticationSuccessHandler handler = new SavedRequestAwareAuthenticationSuccessHandler();
		handler.setRequestCache(requestCache);
		handler.setDefaultTargetUrl("/admin");
		return handler;
	}

	private static ProviderManager passwordManager(AccountUserDetailsService users, PasswordEncoder passwordEncoder,
			LoginFailures failures, AccountService accounts, TwoStep twoStep, SecurityLog log) {
		return new ProviderManager(new ThrottledAuthenticationProvider(passwordProvider(users, passwordEncoder),
				failures, (username) -> accounts.findByUsername(username).map(twoStep::needsSecondStep).orElse(false),
				log));
	}

	/**
	 * Checks the password before telling anything about the account: a disabled account
	 * answers like a wrong password, and takes as long.
	 */
	private static DaoAuthenticationProvider passwordProvider(AccountUserDetailsService users,
			PasswordEncoder passwordEncoder) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
		provider.setPasswordEncoder(passwordEncoder);
		provider.setUserDetailsPasswordService(users);
		provider.setPreAuthenticationChecks((user) -> {
		});
		provider.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
		return provider;
	}

	/**
	 * The styled 403 page, told why: Spring's default handler only records the exception
	 * when it forwards to an error page of its own, and the page needs it to tell an
	 * expired form (CSRF) from a missing permission. A signed-in account's refusal goes
	 * to the security log.
	 */
	private static void forbidden(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException exception, SecurityLog log) throws IOException, ServletException {
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		if (user != null && user.isAuthenticated() && !(user instanceof AnonymousAuthenticationToken)) {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			log.record(SecurityEvent.ACCESS_DENIED, user.getName(),
					request.getMethod() + " " + ((path.length() > 200) ? path.substring(0, 200) : path));
		}
		if (!response.isCommitted()) {
			request.setAttribute(WebAttributes.ACCESS_DENIED_403, exception);
			response.sendError(HttpServletResponse.SC_FORBIDDEN);
		}
	}

	/** See {@link OutageTolerantSessionRepository}. */
	@Bean
	static BeanPostProcessor outageTolerantSessions(ObjectProvider<DatabaseAvailability> database) {
		return OutageTolerantSessionRepository.wrapper(database);
	}

	/** See {@link HostPrefixedSessionCookie}. */
	@Bean
	static BeanPostProcessor hostPrefixedSessionCookie() {
		return HostPrefixedSessionCookie.wrapper("JSESSIONID");
	}

	/** See {@link PasswordHashing}. */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordHashing.passwords();
	}

	/** An administrator may do everything an editor may, an editor all a writer may. */
	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.fromHierarchy("ROLE_ADMIN > ROLE_EDITOR\nROLE_EDITOR > ROLE_WRITER");
	}

}
