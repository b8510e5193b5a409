package com.londonbeijing.portal.api;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.londonbeijing.portal.PortalProperties;
import com.londonbeijing.portal.web.request.FilterOrder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Asks a client address that calls the API more than
 * {@code PORTAL_API_REQUESTS_PER_MINUTE} times in a calendar minute to wait until the
 * next: {@code 429} with {@code Retry-After} and problem details. A fixed window per
 * address is enough to keep one program from crowding out the rest; the counts live in a
 * Caffeine cache bounded in size, so many addresses cannot exhaust memory (an address
 * pushed out simply starts counting again). Behind a proxy the address is the client's
 * once {@code PORTAL_TRUSTED_PROXIES} names the proxy.
 */
@Component
@Order(FilterOrder.API_RATE_LIMIT)
class ApiRateLimit extends OncePerRequestFilter {

	private static final String PREFIX = ApiController.BASE + "/";

	private final int limit;

	private final Clock clock;

	private final JsonMapper json;

	private final Cache<String, AtomicInteger> counts = Caffeine.newBuilder()
		.maximumSize(100_000)
		.expireAfterWrite(Duration.ofMinutes(2))
		.build();

	ApiRateLimit(PortalProperties properties, JsonMapper json) {
		this.limit = properties.api().requestsPerMinute();
		this.clock = Clock.systemUTC();
		this.json = json;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return this.limit <= 0 || !(path.startsWith(PREFIX) || path.equals(ApiController.BASE));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long now = this.clock.millis();
		long minute = now / 60_000;
		AtomicInteger count = this.counts.get(request.getRemoteAddr() + " " + minute, (key) -> new AtomicInteger());
		if (count.incrementAndGet() <= this.limit) {
			chain.doFilter(request, response);
			return;
		}
		long retryAfter = Math.max(1, ((minute + 1) * 60_000 - now + 999) / 1000);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
				"This address made more than " + this.limit + " API requests this minute. Please wait " + retryAfter
						+ " seconds.");
		problem.setTitle("Too many requests");
		problem.setInstance(URI.create(request.getRequestURI()));
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(this.json.writeValueAsString(problem));
	}

}
