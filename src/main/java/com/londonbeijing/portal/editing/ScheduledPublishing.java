package com.londonbeijing.portal.editing;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.londonbeijing.portal.account.Role;
import com.londonbeijing.portal.history.ChangeNote;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes and unpublishes what editors scheduled, every {@value #CHECK_SECONDS} seconds
 * on every instance, so within a minute of the time. Each change is taken in its own
 * transaction with a row lock that other instances skip, applied through the kind's
 * editor (which clears the cached pages of every instance) and deleted, so it happens
 * exactly once. Nothing is held in memory: a restart loses nothing, and a change due
 * while every instance was down happens at the next check.
 */
@Component
public class ScheduledPublishing {

	static final int CHECK_SECONDS = 15;

	private static final Log logger = LogFactory.getLog(ScheduledPublishing.class);

	private final PublishingSchedule schedule;

	private final Map<String, ContentEditor<?, ?, ?>> editors;

	private final TransactionTemplate transaction;

	ScheduledPublishing(PublishingSchedule schedule, List<ContentEditor<?, ?, ?>> editors,
			TransactionTemplate transaction) {
		this.schedule = schedule;
		this.editors = editors.stream()
			.filter(ContentEditor::schedulable)
			.collect(Collectors.toMap(ContentEditor::kind, Function.identity()));
		this.transaction = transaction;
	}

	/**
	 * Applies every change due now.
	 * @return how many this instance applied
	 */
	@Scheduled(fixedDelay = CHECK_SECONDS * 1000, initialDelay = CHECK_SECONDS * 1000)
	public int applyDue() {
		int applied = 0;
		try {
			for (ScheduledChange change : this.schedule.due(100)) {
				if (apply(change)) {
					applied++;
				}
			}
		}
		catch (RuntimeException ex) {
			// the database may be briefly unreachable: the next check tries again
			logger.warn("Could not apply the scheduled changes: " + ex.getMessage());
		}
		return applied;
	}

	private boolean apply(ScheduledChange change) {
		ContentEditor<?, ?, ?> editor = this.editors.get(change.kind());
		if (editor == null) {
			return false;
		}
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext asScheduler = SecurityContextHolder.createEmptyContext();
		// Whoever scheduled it could publish then (ContentEditor.schedule checks it).
		asScheduler.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(change.scheduledBy(), null,
				List.of(new SimpleGrantedAuthority(Role.EDITOR.authority()))));
		SecurityContextHolder.setContext(asScheduler); // the revision's author
		try {
			ScheduledChange.Note note = editor.noteFor(change);
			return Boolean.TRUE.equals(
					ChangeNote.during(note.text(), note.shownToVisitors(), () -> this.transaction.execute((status) -> {
						if (!this.schedule.take(change)) {
							return false; // taken by another instance, cancelled or moved
						}
						this.schedule.done(change);
						return editor.applyScheduled(change);
					})));
		}
		catch (RuntimeException ex) {
			// A draft that no longer passes its checks, or that review does not let this
			// account publish: the schedule goes, and the editor finds the draft as it
			// was.
			logger.warn("Could not apply the scheduled " + change + ": " + ex.getMessage());
			this.transaction.executeWithoutResult((status) -> this.schedule.done(change));
			return false;
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

}
