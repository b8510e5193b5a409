package com.londonbeijing.portal.audit.admin;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.londonbeijing.portal.audit.SecurityEvent;
import com.londonbeijing.portal.audit.SecurityLog;
import com.londonbeijing.portal.support.PageNumber;
import com.londonbeijing.portal.support.Pagination;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /admin/security-log}: the security audit log, newest first, 50 a page, filtered
 * by account, event and dates. ADMIN only. Any filter value gives a page: one that cannot
 * be read is ignored and the page says so.
 */
@Controller
@RequestMapping("/admin/security-log")
class SecurityLogController {

	private static final int MAX_ACCOUNT = 100;

	private final SecurityLog log;

	SecurityLogController(SecurityLog log) {
		this.log = log;
	}

	@GetMapping
	String list(@RequestParam(required = false) String account, @RequestParam(required = false) String event,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String page, Model model) {
		List<String> problems = new ArrayList<>();
		String accountFilter = StringUtils.hasText(account) ? clean(account) : null;
		SecurityEvent eventFilter = null;
		if (StringUtils.hasText(event)) {
			eventFilter = Arrays.stream(SecurityEvent.values())
				.filter((candidate) -> candidate.name().equals(event))
				.findFirst()
				.orElse(null);
			if (eventFilter == null) {
				problems.add("admin.securityLog.badEvent");
			}
		}
		LocalDate fromDate = date(from, problems);
		LocalDate toDate = date(to, problems);
		SecurityLog.Filter filter = new SecurityLog.Filter(accountFilter, eventFilter, fromDate, toDate);
		Page<SecurityLog.Entry> entries = this.log.find(filter, PageNumber.index(page));
		UriComponentsBuilder base = UriComponentsBuilder.fromPath("/admin/security-log");
		if (accountFilter != null) {
			base.queryParam("account", accountFilter);
		}
		if (eventFilter != null) {
			base.queryParam("event", eventFilter.name());
		}
		if (fromDate != null) {
			base.queryParam("from", fromDate);
		}
		if (toDate != null) {
			base.queryParam("to", toDate);
		}
		model.addAttribute("entries", entries);
		model.addAttribute("pagination", Pagination.of(entries, base));
		model.addAttribute("events", SecurityEvent.values());
		model.addAttribute("account", accountFilter);
		model.addAttribute("event", (eventFilter != null) ? eventFilter.name() : "");
		model.addAttribute("from", fromDate);
		model.addAttribute("to", toDate);
		model.addAttribute("problems", problems);
		return "admin/security-log/list";
	}

	private static LocalDate date(String value, List<String> problems) {
		if (!StringUtils.hasText(value)) {
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(value.strip());
			return (date.getYear() < 2000 || date.getYear() > 9999) ? null : date;
		}
		catch (DateTimeParseException ex) {
			if (!problems.contains("admin.securityLog.badDate")) {
				problems.add("admin.securityLog.badDate");
			}
			return null;
		}
	}

	private static String clean(String text) {
		String stripped = text.strip().replaceAll("\\p{Cntrl}", "");
		return (stripped.length() > MAX_ACCOUNT) ? stripped.substring(0, MAX_ACCOUNT) : stripped;
	}

}
