package com.londonbeijing.portal.editing;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import com.londonbeijing.portal.database.ContentVersion;
import com.londonbeijing.portal.history.ChangeNote;
import com.londonbeijing.portal.history.History;
import com.londonbeijing.portal.history.LastChange;
import com.londonbeijing.portal.history.RevisionEntry;
import com.londonbeijing.portal.support.Content;
import com.londonbeijing.portal.support.EditConflictException;
import com.londonbeijing.portal.support.NotFoundException;
import com.londonbeijing.portal.translation.Translatable;
import com.londonbeijing.portal.translation.Translations;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What editing any kind of content shares: saving with optimistic locking, deleting, and
 * the history with restore. Each save runs in its own transaction inside
 * {@link ChangeNote#during} so that the editor's note reaches the revision Envers writes
 * at commit; once it commits, the cached public pages are cleared
 * ({@link ContentVersion}), so the change shows before the editor's request returns.
 *
 * @param <E> the entity
 * @param <F> its form
 */
public abstract class ContentEditor<E extends Content, F extends AbstractContentForm<E>> {

	private final Class<E> type;

	private final History history;

	/**
	 * Read-write even where it only reads: the admin forms must show the primary's latest
	 * version (the one a save is checked against), never a read replica's copy.
	 */
	protected final TransactionTemplate transaction;

	private ContentVersion contentVersion;

	private Translations translations;

	protected ContentEditor(Class<E> type, History history, TransactionTemplate transaction) {
		this.type = type;
		this.history = history;
		this.transaction = transaction;
	}

	/**
	 * Injected by a method rather than the constructor, so that every kind of content
	 * clears the public caches without passing it on.
	 */
	@Autowired
	void setContentVersion(ContentVersion contentVersion) {
		this.contentVersion = contentVersion;
	}

	/**
	 * Lets forms that are {@link TranslatableForm}s carry the Chinese with the English.
	 * Set by Spring rather than through the constructor, so that kinds without
	 * translations need not know about them.
	 */
	@Autowired
	void setTranslations(Translations translations) {
		this.translations = translations;
	}

	/** Looks an item up by id. */
	protected abstract Optional<E> findById(long id);

	/** A form holding an item's values, with its collections read. */
	protected abstract F toForm(E entity);

	/** Stores a new item made from a form and returns it. */
	protected abstract E create(F form);

	/** Removes an item. */
	protected abstract void remove(E entity);

	/**
	 * Copies a form onto a stored item. Kinds whose forms refer to other items by id
	 * (areas, topics) resolve them here.
	 */
	protected void apply(F form, E entity) {
		form.applyTo(entity);
	}

	/** The form for an existing item. */
	public F form(long id) {
		return this.transaction.execute((status) -> {
			E entity = find(id);
			F form = toForm(entity);
			if (form instanceof TranslatableForm translatable && entity instanceof Translatable item) {
				translatable.setChinese(this.translations.chinese(item));
				translatable.setChineseStatus(this.translations.status(item));
			}
			return form;
		});
	}

	/**
	 * Saves a new item or changes to an existing one.
	 * @param form the editor's values, already validated
	 * @return the item's id
	 * @throws EditConflictException if someone else saved the item since the form was
	 * opened
	 * @throws DuplicateContentException if the database refused the values as taken
	 */
	public long save(F form) {
		try {
			return ChangeNote.during(form.getChangeNote(), form.isChangeNotePublic(),
					() -> this.transaction.execute((status) -> {
						this.contentVersion.changing();
						E entity;
						if (form.getId() == null) {
							entity = create(form);
						}
						else {
							entity = find(form.getId());
							if (form.getVersion() == null || entity.getVersion() != form.getVersion()) {
								throw new EditConflictException();
							}
							apply(form, entity);
						}
						saveTranslations(form, entity);
						return entity.getId();
					}));
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new EditConflictException();
		}
		catch (DataIntegrityViolationException ex) {
			throw new DuplicateContentException(ex);
		}
	}

	/**
	 * Saves the Chinese typed beside the English, hashed against the English as stored. A
	 * form that carried no Chinese (a restore of an old revision) leaves it as it is.
	 */
	private void saveTranslations(F form, E entity) {
		if (form instanceof TranslatableForm translatable && translatable.getChinese() != null
				&& entity instanceof Translatable item) {
			this.translations.save(item, translatable.englishTexts(), translatable.getChinese());
		}
	}

	/** Deletes an item; its history stays. */
	public void delete(long id) {
		this.transaction.executeWithoutResult((status) -> {
			this.contentVersion.changing();
			remove(find(id));
		});
	}

	/** An item's revisions, newest first, with the fields each one changed. */
	public List<RevisionEntry> history(long id) {
		return this.history.of(this.type, id, (entity) -> toForm(entity).fields());
	}

	/**
	 * The latest change to each of some items, for a page of the admin list.
	 * @param ids the items on the page
	 * @return the latest change by id (items without history are missing)
	 */
	public Map<Object, LastChange> lastChanges(Collection<Long> ids) {
		return this.history.lastChanges(this.type, ids);
	}

	/** The item as it was at a revision, as a form. */
	public F atRevision(long id, int revision) {
		F form = this.history.at(this.type, id, revision, this::toForm);
		if (form == null) {
			throw new NotFoundException("Revision");
		}
		return form;
	}

	/**
	 * Makes a past revision the current one; the restore is itself a new revision.
	 * @param id the item
	 * @param revision the revision to bring back
	 * @param note the change note, may be {@code null}
	 */
	public void restore(long id, int revision, String note) {
		F old = atRevision(id, revision);
		old.setId(id);
		old.setVersion(this.transaction.execute((status) -> find(id).getVersion()));
		old.setChangeNote(note);
		save(old);
	}

	/** The stored item's values by field, to show beside the editor's in a conflict. */
	public Map<String, String> currentFields(long id) {
		return this.transaction.execute((status) -> toForm(find(id)).fields());
	}

	/** The stored item's version, so an editor can knowingly save over it. */
	public long currentVersion(long id) {
		return this.transaction.execute((status) -> find(id).getVersion());
	}

	/** Reads something about an item inside a transaction. */
	public <R> R read(long id, Function<E, R> reader) {
		return this.transaction.execute((status) -> reader.apply(find(id)));
	}

	protected E find(long id) {
		return findById(id).orElseThrow(() -> new NotFoundException(this.type.getSimpleName()));
	}

	/** The database refused a save because a unique value (a year, a slug) is taken. */
	public static class DuplicateContentException extends RuntimeException {

		DuplicateContentException(Throwable cause) {
			super("A unique value is already taken", cause);
		}

	}

}
