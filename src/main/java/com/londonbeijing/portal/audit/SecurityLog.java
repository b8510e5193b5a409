package com.londonbeijing.portal.audit;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.londonbeijing.portal.PortalProperties;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The security audit log, in PostgreSQL ({@code security_event}): sign-ins, two-step
 * changes, password and account changes, ended sessions and refused requests, each with
 * the account, who acted, when and from which address. Callers pass what happened and to
 * whom; who acted and the address come from the current request. Never given a password,
 * code or token: {@code detail} is for short facts such as "role EDITOR → ADMIN".
 * <p>
 * Rows older than {@code PORTAL_AUDIT_RETENTION} (400 days) are deleted, at most once an
 * hour per instance, when an event is recorded.
 */
@Service
public class SecurityLog {

	/** Rows shown per page on the admin page. */
	public static final int PAGE_SIZE = 50;

	private static final Duration PRUNE_EVERY = Duration.ofHours(1);

	private static final Log logger = LogFactory.getLog(SecurityLog.class);

	private final JdbcClient jdbc;

	private final Duration retention;

	private final AtomicLong lastPruned = new AtomicLong();

	SecurityLog(JdbcClient jdbc, PortalProperties properties) {
		this.jdbc = jdbc;
		this.retention = properties.audit().retention();
	}

	/**
	 * Records an event. Written in a transaction of its own, so that a refused or
	 * rolled-back change still leaves its trace, and a failure to write never stops what
	 * is being recorded (it is logged instead).
	 * @param event what happened
	 * @param username the account concerned (as stored or as typed), or {@code null}
	 * @param detail a short fact, never a secret, or {@code null}
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void record(SecurityEvent event, String username, String detail) {
		try {
			this.jdbc.sql("""
					INSERT INTO security_event (event, username, actor, client_address, detail)
					VALUES (:event, :username, :actor, :address, :detail)""")
				.param("event", event.name())
				.param("username", cut(username, 100))
				.param("actor", cut(actor(), 100))
				.param("address", cut(address(), 64))
				.param("detail", cut(detail, 300))
				.update();
			prune();
		}
		catch (RuntimeException ex) {
			logger.warn("Could not record " + event + " in the security log: " + ex.getMessage());
		}
	}

	/**
	 * One page of events, newest first.
	 * @param filter which events
	 * @param page the page, from 0
	 * @return the page
	 */
	@Transactional(readOnly = true)
	public Page<Entry> find(Filter filter, int page) {
		StringBuilder where = new StringBuilder(" WHERE true");
		List<Object> params = new ArrayList<>();
		if (filter.account() != null) {
			where.append(" AND lower(username) = lower(?)");
			params.add(filter.account());
		}
		if (filter.event() != null) {
			where.append(" AND event = ?");
			params.add(filter.event().name());
		}
		if (filter.from() != null) {
			where.append(" AND occurred_at >= ?");
			params.add(filter.from().atStartOfDay().atOffset(ZoneOffset.UTC));
		}
		if (filter.to() != null) {
			where.append(" AND occurred_at < ?");
			params.add(filter.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
		}
		long total = this.jdbc.sql("SELECT count(*) FROM security_event" + where)
			.params(params)
			.query(Long.class)
			.single();
		List<Object> pageParams = new ArrayList<>(params);
		pageParams.add(PAGE_SIZE);
		pageParams.add((long) page * PAGE_SIZE);
		List<Entry> entries = this.jdbc
			.sql("SELECT occurred_at, event, username, actor, client_address, detail FROM security_event" + where
					+ " ORDER BY occurred_at DESC, id DESC LIMIT ? OFFSET ?")
			.params(pageParams)
			.query((rs, row) -> new Entry(rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
					SecurityEvent.valueOf(rs.getString("event")), rs.getString("username"), rs.getString("actor"),
					rs.getString("client_address"), rs.getString("detail")))
			.list();
		return new PageImpl<>(entries, PageRequest.of(page, PAGE_SIZE), total);
	}

	private void prune() {
		long now = System.currentTimeMillis();
		long last = this.lastPruned.get();
		if (now - last < PRUNE_EVERY.toMillis() || !this.lastPruned.compareAndSet(last, now)) {
			return;
		}
		this.jdbc.sql("DELETE FROM security_event WHERE occurred_at < now() - :seconds * interval '1 second'")
			.param("seconds", this.retention.toSeconds())
			.update();
	}

	private static String actor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated()) {
			return null;
		}
		return authentication.getName();
	}

	private static String address() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

	private static String cut(String text, int max) {
		if (text == null) {
			return null;
		}
		String clean = text.replaceAll("\\p{Cntrl}", "?");
		return (clean.length() > max) ? clean.substring(0, max) : clean;
	}

	/**
	 * Which events the admin page lists; {@code null} parts do not filter.
	 *
	 * @param account the account's username, any case
	 * @param event the kind of event
	 * @param from the first day (UTC)
	 * @param to the last day (UTC)
	 */
	public record Filter(String account, SecurityEvent event, LocalDate from, LocalDate to) {

	}

	/**
	 * One recorded event.
	 *
	 * @param occurredAt when
	 * @param event what
	 * @param username the account concerned
	 * @param actor who acted, if signed in
	 * @param address the client's address
	 * @param detail a short fact
	 */
	public record Entry(Instant occurredAt, SecurityEvent event, String username, String actor, String address,
			String detail) {

	}

}
