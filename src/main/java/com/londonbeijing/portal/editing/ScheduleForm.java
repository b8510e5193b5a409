package com.londonbeijing.portal.editing;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import org.springframework.validation.Errors;

/**
 * When to publish or unpublish an item, as typed: a date and a time of day in London.
 * Kept as text so that what the editor typed comes back beside its error.
 */
public class ScheduleForm {

	static final ZoneId LONDON = ZoneId.of("Europe/London");

	/** As the admin shows a scheduled time: "3 Dec 2026 09:30". */
	static final DateTimeFormatter LONDON_FORMAT = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK)
		.withZone(LONDON);

	/** Further ahead than this is surely a typo in the year. */
	private static final long MOST_DAYS_AHEAD = 5 * 366;

	private String date;

	private String time;

	/** A form proposing tomorrow at 09:00, London time. */
	static ScheduleForm tomorrowMorning() {
		ScheduleForm form = new ScheduleForm();
		form.date = LocalDate.now(LONDON).plusDays(1).toString();
		form.time = "09:00";
		return form;
	}

	/**
	 * The moment the form names, after checking it: a real date and time, one that exists
	 * in London that day (not in the hour the clocks skip in spring), in the future and
	 * within five years.
	 * @param now the current moment
	 * @param errors where refusals go
	 * @return the moment in UTC, or {@code null} if refused
	 */
	Instant dueAt(Instant now, Errors errors) {
		LocalDate day = null;
		LocalTime clock = null;
		if (this.date == null || this.date.isBlank()) {
			errors.rejectValue("date", "admin.schedule.date.blank");
		}
		else {
			try {
				day = LocalDate.parse(this.date.strip());
			}
			catch (DateTimeParseException ex) {
				errors.rejectValue("date", "admin.schedule.date.invalid");
			}
		}
		if (this.time == null || this.time.isBlank()) {
			errors.rejectValue("time", "admin.schedule.time.blank");
		}
		else {
			try {
				clock = LocalTime.parse(this.time.strip());
			}
			catch (DateTimeParseException ex) {
				errors.rejectValue("time", "admin.schedule.time.invalid");
			}
		}
		if (day == null || clock == null) {
			return null;
		}
		LocalDateTime local = LocalDateTime.of(day, clock.truncatedTo(ChronoUnit.MINUTES));
		ZonedDateTime zoned;
		try {
			zoned = ZonedDateTime.ofStrict(local, LONDON.getRules().getOffset(local), LONDON);
		}
		catch (DateTimeException ex) {
			errors.rejectValue("time", "admin.schedule.time.skipped");
			return null;
		}
		Instant due = zoned.toInstant();
		if (!due.isAfter(now)) {
			errors.rejectValue("date", "admin.schedule.past");
			return null;
		}
		if (due.isAfter(now.plus(MOST_DAYS_AHEAD, ChronoUnit.DAYS))) {
			errors.rejectValue("date", "admin.schedule.tooFar");
			return null;
		}
		return due;
	}

	public String getDate() {
		return this.date;
	}

	public void setDate(String date) {
		this.date = date;
	}

	public String getTime() {
		return this.time;
	}

	public void setTime(String time) {
		this.time = time;
	}

}
