package com.londonbeijing.portal.history;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import com.londonbeijing.portal.support.Content;
import com.londonbeijing.portal.support.ContentStatus;
import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the revision history that Hibernate Envers keeps for each content item and turns
 * it into field-by-field changes. Each content type says how to show an item as fields (a
 * snapshot); the changes are the differences between consecutive snapshots.
 */
@Service
public class History {

	/** How many updates a public page lists. */
	public static final int PUBLIC_CHANGES_SHOWN = 50;

	private final EntityManager entityManager;

	History(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * The revisions of one item, newest first.
	 * @param type the entity class
	 * @param id the item's id
	 * @param snapshot shows an item as ordered field label → value pairs
	 * @param <T> the entity type
	 * @return its revisions; empty if it never existed
	 */
	@Transactional(readOnly = true)
	public <T> List<RevisionEntry> of(Class<T> type, Object id, Function<T, Map<String, String>> snapshot) {
		List<?> rows = reader().createQuery()
			.forRevisionsOfEntity(type, false, true)
			.add(AuditEntity.id().eq(id))
			.addOrder(AuditEntity.revisionNumber().asc())
			.getResultList();
		List<RevisionEntry> entries = new ArrayList<>(rows.size());
		Map<Integer, List<NoteCorrection>> corrections = corrections(rows);
		Map<String, String> previous = Map.of();
		for (Object row : rows) {
			Object[] columns = (Object[]) row;
			Revision revision = (Revision) columns[1];
			RevisionType revisionType = (RevisionType) columns[2];
			Map<String, String> current = (revisionType == RevisionType.DEL) ? Map.of()
					: snapshot.apply(type.cast(columns[0]));
			entries.add(new RevisionEntry(revision.getId(), revision.getInstant(), revision.getUsername(),
					revision.getChangeNote(), revision.isPublicNote(), kind(revisionType), diff(previous, current),
					corrections.getOrDefault(revision.getId(), List.of())));
			previous = current;
		}
		Collections.reverse(entries);
		return entries;
	}

	/** The note corrections of some revisions, by revision, in one query. */
	private Map<Integer, List<NoteCorrection>> corrections(List<?> rows) {
		List<Integer> revisions = rows.stream().map((row) -> ((Revision) ((Object[]) row)[1]).getId()).toList();
		if (revisions.isEmpty()) {
			return Map.of();
		}
		Map<Integer, List<NoteCorrection>> byRevision = new HashMap<>();
		this.entityManager
			.createQuery("select c from NoteCorrection c where c.revision in :revisions order by c.id",
					NoteCorrection.class)
			.setParameter("revisions", revisions)
			.getResultList()
			.forEach((correction) -> byRevision.computeIfAbsent(correction.getRevision(), (key) -> new ArrayList<>())
				.add(correction));
		return byRevision;
	}

	/**
	 * An item as it was at a revision, with its collections loaded.
	 * @param type the entity class
	 * @param id the item's id
	 * @param revision the revision number
	 * @param load touches what the caller will read, inside the transaction
	 * @param <T> the entity type
	 * @param <R> what the caller makes of it
	 * @return what {@code load} returned, or {@code null} if the item did not exist then
	 */
	@Transactional(readOnly = true)
	public <T, R> R at(Class<T> type, Object id, int revision, Function<T, R> load) {
		T item = reader().find(type, id, revision);
		return (item != null) ? load.apply(item) : null;
	}

	/**
	 * The latest revision of each of some items, for a page of an admin list: one query
	 * whatever the number of items.
	 * @param type the entity class
	 * @param ids the items' ids
	 * @return the latest change by item id; items without any history are missing
	 */
	@Transactional(readOnly = true)
	public Map<Object, LastChange> lastChanges(Class<?> type, Collection<?> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		List<?> rows = reader().createQuery()
			.forRevisionsOfEntity(type, false, true)
			.add(AuditEntity.id().in(ids))
			.add(AuditEntity.revisionNumber().maximize().computeAggregationInInstanceContext())
			.getResultList();
		Map<Object, LastChange> changes = new HashMap<>();
		for (Object row : rows) {
			Object[] columns = (Object[]) row;
			Revision revision = (Revision) columns[1];
			changes.put(idOf(columns[0]),
					new LastChange(revision.getId(), revision.getInstant(), revision.getUsername()));
		}
		return changes;
	}

	/**
	 * The change notes that editors marked for visitors, newest first, among the
	 * revisions that left the items published: a note written while an item was a draft
	 * never shows. A revision that changed several of the items (trade figures saved
	 * together) counts once.
	 * @param type the entity class (a {@link Content} kind)
	 * @param ids the items whose notes count (one item, or all the items a page shows)
	 * @return the notes and when they were saved, at most {@value #PUBLIC_CHANGES_SHOWN}
	 */
	@Transactional(readOnly = true)
	public List<PublicChange> publicChanges(Class<? extends Content> type, Collection<?> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		List<?> rows = reader().createQuery()
			.forRevisionsOfEntity(type, false, false)
			.add(AuditEntity.id().in(ids))
			.add(AuditEntity.revisionProperty("publicNote").eq(true))
			.add(AuditEntity.property("status").eq(ContentStatus.PUBLISHED))
			.addOrder(AuditEntity.revisionNumber().desc())
			.setMaxResults(PUBLIC_CHANGES_SHOWN * 4)
			.getResultList();
		Map<Integer, PublicChange> byRevision = new LinkedHashMap<>();
		for (Object row : rows) {
			Revision revision = (Revision) ((Object[]) row)[1];
			byRevision.putIfAbsent(revision.getId(), new PublicChange(revision.getChangeNote(), revision.getInstant()));
		}
		return byRevision.values().stream().limit(PUBLIC_CHANGES_SHOWN).toList();
	}

	/**
	 * Corrects the wording of a change note shown to visitors, keeping what it said
	 * before: the correction is itself part of the item's history.
	 * @param type the entity class
	 * @param id the item the note belongs to
	 * @param revision the revision whose note is corrected
	 * @param note the new wording
	 * @param username who corrects it
	 * @throws IllegalArgumentException if the revision did not change that item or its
	 * note is not shown to visitors
	 */
	@Transactional
	public void correctNote(Class<?> type, Object id, int revision, String note, String username) {
		List<?> changed = reader().createQuery()
			.forRevisionsOfEntity(type, false, true)
			.add(AuditEntity.id().eq(id))
			.add(AuditEntity.revisionNumber().eq(revision))
			.add(AuditEntity.revisionProperty("publicNote").eq(true))
			.getResultList();
		if (changed.isEmpty()) {
			throw new IllegalArgumentException("Revision " + revision + " has no public note on this item");
		}
		Revision stored = this.entityManager.find(Revision.class, revision);
		this.entityManager.persist(new NoteCorrection(revision, stored.getChangeNote(), note, username));
		stored.setChangeNote(note);
	}

	private Object idOf(Object entity) {
		return this.entityManager.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(entity);
	}

	private AuditReader reader() {
		return AuditReaderFactory.get(this.entityManager);
	}

	/**
	 * The fields whose values differ between two versions of an item, blank and missing
	 * counting as the same.
	 * @param before field label → value of the earlier (or stored) version
	 * @param after field label → value of the later (or submitted) version
	 * @return one change per differing field, in field order
	 */
	public static List<FieldChange> diff(Map<String, String> before, Map<String, String> after) {
		Set<String> fields = new LinkedHashSet<>(after.keySet());
		fields.addAll(before.keySet());
		List<FieldChange> changes = new ArrayList<>();
		for (String field : fields) {
			String old = blankToNull(before.get(field));
			String now = blankToNull(after.get(field));
			if (!Objects.equals(old, now)) {
				changes.add(new FieldChange(field, old, now));
			}
		}
		return changes;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

	private static RevisionEntry.Kind kind(RevisionType type) {
		return switch (type) {
			case ADD -> RevisionEntry.Kind.CREATED;
			case MOD -> RevisionEntry.Kind.CHANGED;
			case DEL -> RevisionEntry.Kind.DELETED;
		};
	}

}
