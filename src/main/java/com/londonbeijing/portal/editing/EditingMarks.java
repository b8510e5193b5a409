package com.londonbeijing.portal.editing;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Who has an item's edit form open, so that a second editor is told before typing over
 * the first's work ("alice started editing this 6 minutes ago"). A mark ({@code kind},
 * item, account, time; table {@code editing_mark}) is written when the form is served and
 * deleted when that account saves or discards; one older than {@link #FRESH_FOR} counts
 * for nothing (an editor who closed the tab). No JavaScript is needed: nothing is
 * refreshed while the form is open. The marks only inform: the field-by-field conflict
 * check on save still decides.
 * <p>
 * Marks are a courtesy, not a lock: if the database cannot store or read one, the form is
 * shown without it.
 */
@Service
public class EditingMarks {

	/** How long an opened form counts as being edited. */
	public static final Duration FRESH_FOR = Duration.ofMinutes(15);

	private static final Log logger = LogFactory.getLog(EditingMarks.class);

	private final JdbcClient jdbc;

	EditingMarks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records that an account opened an item's form (keeping the time of a fresh earlier
	 * mark: the editor started then) and tells who else has it open.
	 * @param kind the kind's admin path, e.g. {@code /admin/areas}
	 * @param id the item
	 * @param username the account opening it
	 * @return the other accounts' fresh marks, earliest first
	 */
	public List<EditingMark> opened(String kind, Object id, String username) {
		try {
			deleteStale();
			this.jdbc.sql("""
					INSERT INTO editing_mark (kind, item_id, account_id)
					SELECT :kind, :item, id FROM account WHERE lower(username) = lower(:username)
					ON CONFLICT (kind, item_id, account_id) DO NOTHING""")
				.param("kind", kind)
				.param("item", String.valueOf(id))
				.param("username", username)
				.update();
			return this.jdbc.sql("""
					SELECT a.username, floor(extract(epoch FROM now() - m.opened_at) / 60)::bigint AS minutes
					FROM editing_mark m JOIN account a ON a.id = m.account_id
					WHERE m.kind = :kind AND m.item_id = :item AND lower(a.username) <> lower(:username)
					  AND m.opened_at > now() - :seconds * interval '1 second'
					ORDER BY m.opened_at, a.username""")
				.param("kind", kind)
				.param("item", String.valueOf(id))
				.param("username", username)
				.param("seconds", FRESH_FOR.toSeconds())
				.query((row, number) -> new EditingMark(row.getString("username"), Math.max(0, row.getLong("minutes"))))
				.list();
		}
		catch (DataAccessException ex) {
			logger.warn("Could not record who is editing " + kind + "/" + id + ": " + ex.getMessage());
			return List.of();
		}
	}

	/**
	 * Deletes an account's mark on an item: it saved or discarded its changes.
	 * @param kind the kind's admin path
	 * @param id the item
	 * @param username the account
	 */
	public void closed(String kind, Object id, String username) {
		try {
			this.jdbc.sql("""
					DELETE FROM editing_mark WHERE kind = :kind AND item_id = :item
					AND account_id IN (SELECT id FROM account WHERE lower(username) = lower(:username))""")
				.param("kind", kind)
				.param("item", String.valueOf(id))
				.param("username", username)
				.update();
		}
		catch (DataAccessException ex) {
			logger.warn("Could not clear the editing mark on " + kind + "/" + id + ": " + ex.getMessage());
		}
	}

	/**
	 * Deletes every mark on an item that no longer exists.
	 * @param kind the kind's admin path
	 * @param id the deleted item
	 */
	public void deleted(String kind, Object id) {
		try {
			this.jdbc.sql("DELETE FROM editing_mark WHERE kind = :kind AND item_id = :item")
				.param("kind", kind)
				.param("item", String.valueOf(id))
				.update();
		}
		catch (DataAccessException ex) {
			logger.warn("Could not clear the editing marks on " + kind + "/" + id + ": " + ex.getMessage());
		}
	}

	/** Deletes stale marks when nobody opens a form, on every instance. */
	@Scheduled(fixedDelay = 10, initialDelay = 10, timeUnit = TimeUnit.MINUTES)
	void cleanUp() {
		try {
			deleteStale();
		}
		catch (DataAccessException ex) {
			logger.debug("Could not delete stale editing marks: " + ex.getMessage());
		}
	}

	private void deleteStale() {
		this.jdbc.sql("DELETE FROM editing_mark WHERE opened_at <= now() - :seconds * interval '1 second'")
			.param("seconds", FRESH_FOR.toSeconds())
			.update();
	}

	/**
	 * Another account's open form.
	 *
	 * @param username who opened it
	 * @param minutes how many whole minutes ago
	 */
	public record EditingMark(String username, long minutes) {

	}

}
