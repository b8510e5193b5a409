package com.londonbeijing.portal.address;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.regex.Pattern;

import com.londonbeijing.portal.support.ContentStatus;
import com.londonbeijing.portal.support.NotFoundException;
import com.londonbeijing.portal.support.Slugs;
import com.londonbeijing.portal.support.Visibility;
import jakarta.persistence.EntityManager;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the earlier addresses of items ({@code earlier_address}, kept by the database's
 * triggers whenever a slug changes or an item is deleted) and writes the note of a
 * deleted item. Runs in the caller's transaction: the public pages' read-only one, or the
 * editor's save.
 */
@Component
public class EarlierAddresses {

	private static final Pattern SLUG = Pattern.compile(Slugs.PATTERN);

	private static final int MAX_SLUG = 160;

	private final JdbcClient jdbc;

	private final EntityManager entityManager;

	EarlierAddresses(JdbcClient jdbc, EntityManager entityManager) {
		this.jdbc = jdbc;
		this.entityManager = entityManager;
	}

	/**
	 * What to answer for an address no visible item has: a redirect to the item that had
	 * it before, 410 if that item was deleted, otherwise 404.
	 * @param kind the kind of page asked for
	 * @param slug the slug asked for, as the visitor typed it
	 * @param visibility what the visitor may see (a redirect to a draft is a 404 for
	 * visitors)
	 * @param what what the 404 says was not found
	 * @return the exception to throw
	 */
	public NotFoundException notFound(AddressKind kind, String slug, Visibility visibility, String what) {
		if (slug == null || slug.length() > MAX_SLUG || !SLUG.matcher(slug).matches()) {
			return new NotFoundException(what); // no item ever had such a slug
		}
		Optional<Earlier> earlier = this.jdbc.sql("""
				SELECT e.gone_at, e.gone_note, e.gone_note_zh, e.gone_link, i.slug AS current_slug, i.status
				FROM earlier_address e LEFT JOIN %s i ON i.id = e.item_id
				WHERE e.kind = ? AND e.slug = ?""".formatted(kind.table()))
			.param(kind.segment())
			.param(slug)
			.query(EarlierAddresses::earlier)
			.optional();
		if (earlier.isEmpty()) {
			return new NotFoundException(what);
		}
		Earlier found = earlier.get();
		if (found.gone() != null) {
			return new AddressGoneException(found.gone());
		}
		if (found.currentSlug() != null && visibility.statuses().contains(found.status())) {
			return new AddressMovedException(kind, found.currentSlug());
		}
		return new NotFoundException(what);
	}

	/**
	 * The page an earlier address of another item leads to, for the editor's slug check:
	 * while it redirects, no other item may take it.
	 * @param kind the kind
	 * @param slug the slug an editor chose
	 * @param itemId the item being edited, {@code null} for a new one
	 * @return the path the slug leads to now, empty if it is free for this item
	 */
	public Optional<String> leadsElsewhere(AddressKind kind, String slug, Long itemId) {
		return this.jdbc.sql("""
				SELECT i.slug FROM earlier_address e JOIN %s i ON i.id = e.item_id
				WHERE e.kind = ? AND e.slug = ? AND e.gone_at IS NULL AND e.item_id <> ?""".formatted(kind.table()))
			.param(kind.segment())
			.param(slug)
			.param((itemId != null) ? itemId : -1L)
			.query(String.class)
			.optional()
			.map(kind::path);
	}

	/**
	 * Stores the note and link that the addresses of a just deleted item show, in the
	 * deleting transaction (after the database's trigger marked them gone).
	 * @param kind the kind
	 * @param itemId the deleted item
	 * @param note the note, or {@code null}
	 * @param noteZh the note in Chinese, or {@code null}
	 * @param link the link, or {@code null}
	 */
	public void farewell(AddressKind kind, long itemId, String note, String noteZh, String link) {
		this.entityManager.flush(); // the DELETE, and with it the trigger, first
		this.jdbc.sql("""
				UPDATE earlier_address SET gone_note = ?, gone_note_zh = ?, gone_link = ?
				WHERE kind = ? AND item_id = ? AND gone_at IS NOT NULL""")
			.param(note)
			.param(noteZh)
			.param(link)
			.param(kind.segment())
			.param(itemId)
			.update();
	}

	private static Earlier earlier(ResultSet row, int number) throws SQLException {
		Timestamp goneAt = row.getTimestamp("gone_at");
		GoneNotice gone = (goneAt != null) ? new GoneNotice(goneAt.toInstant(), row.getString("gone_note"),
				row.getString("gone_note_zh"), row.getString("gone_link")) : null;
		String status = row.getString("status");
		return new Earlier(gone, row.getString("current_slug"),
				(status != null) ? ContentStatus.valueOf(status) : null);
	}

	private record Earlier(GoneNotice gone, String currentSlug, ContentStatus status) {
	}

}
