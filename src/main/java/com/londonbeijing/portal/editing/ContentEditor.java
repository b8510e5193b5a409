package com.londonbeijing.portal.editing;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import com.londonbeijing.portal.address.AddressableContent;
import com.londonbeijing.portal.address.EarlierAddresses;
import com.londonbeijing.portal.database.ContentVersion;
import com.londonbeijing.portal.history.ChangeNote;
import com.londonbeijing.portal.history.History;
import com.londonbeijing.portal.history.LastChange;
import com.londonbeijing.portal.history.RevisionEntry;
import com.londonbeijing.portal.support.Content;
import com.londonbeijing.portal.support.ContentStatus;
import com.londonbeijing.portal.support.EditConflictException;
import com.londonbeijing.portal.support.NotFoundException;
import com.londonbeijing.portal.support.Versioned;
import com.londonbeijing.portal.translation.Translatable;
import com.londonbeijing.portal.translation.Translations;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.Errors;

/**
 * Editing one kind of content, in one place: the admin list, the checks Bean Validation
 * cannot make, saving with optimistic locking, deleting with what links to the item, and
 * the history with restore. {@link ContentAdminController} binds the form and redirects;
 * a subclass says only what differs between kinds: how to find, list, create and remove
 * its items, its checks, its label and what links to an item.
 * <p>
 * Each save runs in its own transaction inside {@link ChangeNote#during} so that the
 * editor's note reaches the revision Envers writes at commit; once it commits, the cached
 * public pages are cleared ({@link ContentVersion}), so the change shows before the
 * editor's request returns.
 *
 * @param <E> the entity
 * @param <K> the type of its identity
 * @param <F> its form
 */
public abstract class ContentEditor<E extends Versioned<K>, K, F extends AbstractContentForm<E, K>> {

	/** Items per admin list page. */
	public static final int PAGE_SIZE = 25;

	private final Class<E> type;

	private final ListSorts sorts;

	private final History history;

	/**
	 * Read-write even where it only reads: the admin forms must show the primary's latest
	 * version (the one a save is checked against), never a read replica's copy.
	 */
	protected final TransactionTemplate transaction;

	private ContentVersion contentVersion;

	private Translations translations;

	private PublishingSchedule schedule;

	private EarlierAddresses earlierAddresses;

	/**
	 * Sets up editing one kind.
	 * @param type the entity's class
	 * @param sorts the orders its admin list offers
	 * @param history the history of every kind
	 * @param transaction the read-write transactions
	 */
	protected ContentEditor(Class<E> type, ListSorts sorts, History history, TransactionTemplate transaction) {
		this.type = type;
		this.sorts = sorts;
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

	/**
	 * Lets deleting a page leave a note at its address. Set by Spring rather than through
	 * the constructor, so that kinds without pages of their own need not know about it.
	 */
	@Autowired
	void setEarlierAddresses(EarlierAddresses earlierAddresses) {
		this.earlierAddresses = earlierAddresses;
	}

	/** Set by Spring, like {@link #setTranslations}: kinds without a status ignore it. */
	@Autowired
	void setSchedule(PublishingSchedule schedule) {
		this.schedule = schedule;
	}

	/** Looks an item up by id. */
	protected abstract Optional<E> findById(K id);

	/** A form holding an item's values, with its collections read. */
	protected abstract F toForm(E entity);

	/** An empty form for a new item. */
	public abstract F newForm();

	/** How messages and page titles name the item, e.g. its name or year. */
	public abstract String label(F form);

	/**
	 * One page of the admin list, drafts included.
	 * @param query what to look for, stripped, or {@code null} for every item
	 * @param sort the order, one of {@link #sorts()}
	 * @param pageIndex the page, from 0
	 * @return the page
	 */
	public abstract Page<E> list(String query, Sort sort, int pageIndex);

	/**
	 * What links to an item or shows it, for its delete page: those pages lose it.
	 * @param id the item
	 * @return one group per kind of page
	 */
	public abstract List<LinkGroup> linkedFrom(K id);

	/** Checks what Bean Validation cannot (uniqueness, dates relative to today…). */
	protected abstract void check(F form, Errors errors);

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

	/**
	 * Whether editors add and delete items of this kind; site texts, whose keys the
	 * templates fix, are only edited.
	 */
	public boolean addsAndDeletes() {
		return true;
	}

	/** The orders the admin list offers. */
	public ListSorts sorts() {
		return this.sorts;
	}

	/** The page request for one page of the admin list. */
	protected static PageRequest page(Sort sort, int pageIndex) {
		return PageRequest.of(pageIndex, PAGE_SIZE, sort);
	}

	/**
	 * Checks a bound form before it is saved: the kind's own checks, then that a note
	 * shown to visitors says something. Reads, never writes, the form.
	 * @param form the form, its slug already suggested ({@link F#suggestSlug()})
	 * @param errors where Bean Validation put its errors, and where these go
	 */
	public void validate(F form, Errors errors) {
		check(form, errors);
		if (form.isChangeNotePublic() && (form.getChangeNote() == null || form.getChangeNote().isBlank())) {
			errors.rejectValue("changeNote", "admin.form.changeNote.publicEmpty");
		}
	}

	/** The form for an existing item. */
	public F form(K id) {
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
	public K save(F form) {
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
							// An edited item is not published until scheduled again: the
							// editor may not mean the new text to go out at the old time.
							if (schedulable()) {
								this.schedule.cancel(kind(), (Long) form.getId(), ScheduledChange.Action.PUBLISH);
							}
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
	public void delete(K id) {
		delete(id, null);
	}

	/**
	 * Deletes an item; its history stays. The addresses of a page that visitors could see
	 * answer 410 Gone from then on (the database's trigger marks them), with the note and
	 * link given here.
	 * @param id the item
	 * @param farewell what its addresses show, or {@code null} for nothing
	 */
	public void delete(K id, DeletionForm farewell) {
		this.transaction.executeWithoutResult((status) -> {
			this.contentVersion.changing();
			if (schedulable()) {
				this.schedule.cancelAll(kind(), (Long) id);
			}
			E entity = find(id);
			remove(entity);
			if (farewell != null && entity instanceof AddressableContent page) {
				this.earlierAddresses.farewell(page.addressKind(), page.getId(), farewell.note(), farewell.noteZh(),
						farewell.link());
			}
		});
	}

	/** Checks the note and link of a deletion: the link must be a site path or https. */
	public void validateFarewell(DeletionForm farewell, Errors errors) {
		farewell.check(errors);
	}

	/**
	 * Whether items of this kind have pages of their own: their earlier addresses are
	 * kept, a deleted one answers 410 and a published one can be withdrawn.
	 */
	public boolean hasPages() {
		return AddressableContent.class.isAssignableFrom(this.type);
	}

	/**
	 * An item with a page of its own, for its withdraw page.
	 * @throws NotFoundException if there is none with the id, or the kind has no pages
	 */
	public AddressableContent page(K id) {
		return this.transaction.execute((status) -> {
			if (find(id) instanceof AddressableContent page) {
				return page;
			}
			throw new NotFoundException("Page");
		});
	}

	/**
	 * Withdraws a published item: its page stays with a dated notice and the reason (also
	 * the revision's change note), and it leaves every list.
	 * @return whether it was published, and so is now withdrawn
	 */
	public boolean withdraw(K id, WithdrawalForm form) {
		return changeStatus(id, form.getReason().strip(), (page) -> {
			if (!page.isPublished()) {
				return false;
			}
			page.withdraw(form.getReason().strip(), form.reasonZhOrNull(), Instant.now());
			return true;
		});
	}

	/**
	 * Brings a withdrawn item back: published, in every list again, without the notice.
	 * @return whether it was withdrawn, and so is now published
	 */
	public boolean unwithdraw(K id) {
		return changeStatus(id, null, (page) -> {
			if (!page.isWithdrawn()) {
				return false;
			}
			page.unwithdraw();
			return true;
		});
	}

	private boolean changeStatus(K id, String note, Predicate<AddressableContent> change) {
		Boolean changed = ChangeNote.during(note, () -> this.transaction.execute((status) -> {
			this.contentVersion.changing();
			return change.test(page(id));
		}));
		return Boolean.TRUE.equals(changed);
	}

	/** The kind's name in the schedule: its entity's simple name. */
	public String kind() {
		return this.type.getSimpleName();
	}

	/** Whether items of this kind have a status, so can be scheduled. */
	public boolean schedulable() {
		return Content.class.isAssignableFrom(this.type);
	}

	/** The item's scheduled publication or unpublication, if any. */
	public Optional<ScheduledChange> scheduled(K id) {
		return schedulable() ? this.schedule.of(kind(), (Long) id) : Optional.empty();
	}

	/** The scheduled changes of the items on a list page, by id. */
	@SuppressWarnings("unchecked")
	public Map<Long, ScheduledChange> scheduled(Collection<K> ids) {
		return schedulable() ? this.schedule.of(kind(), (Collection<Long>) ids) : Map.of();
	}

	/**
	 * Schedules a draft's publication or a published item's unpublication.
	 * @param id the item
	 * @param at when, in the future
	 * @param username who schedules it
	 * @return what was scheduled
	 * @throws NotFoundException if the kind has no status or the item does not exist
	 */
	public ScheduledChange schedule(K id, Instant at, String username) {
		if (!schedulable()) {
			throw new NotFoundException("Schedule");
		}
		return this.transaction.execute((status) -> {
			Content item = (Content) find(id);
			if (!canSchedule(item)) {
				throw new NotFoundException("Schedule");
			}
			ScheduledChange.Action action = item.isPublished() ? ScheduledChange.Action.UNPUBLISH
					: ScheduledChange.Action.PUBLISH;
			this.schedule.cancelAll(kind(), (Long) id);
			ScheduledChange change = new ScheduledChange(kind(), (Long) id, action, at, username);
			this.schedule.schedule(change);
			return change;
		});
	}

	/**
	 * Whether the item can be scheduled: a draft (to publish) or a published item (to
	 * unpublish); a withdrawn one is brought back or deleted instead.
	 */
	public boolean canSchedule(K id) {
		return schedulable() && this.transaction.execute((status) -> canSchedule((Content) find(id)));
	}

	private static boolean canSchedule(Content item) {
		return item.getStatus() == ContentStatus.DRAFT || item.getStatus() == ContentStatus.PUBLISHED;
	}

	/**
	 * Cancels an item's scheduled change.
	 * @return whether there was one
	 */
	public boolean cancelSchedule(K id) {
		if (!schedulable()) {
			return false;
		}
		return this.transaction.execute((status) -> {
			boolean had = this.schedule.of(kind(), (Long) id).isPresent();
			this.schedule.cancelAll(kind(), (Long) id);
			return had;
		});
	}

	/**
	 * Applies a scheduled change that has come due. Runs inside the transaction that took
	 * the change from the schedule (see {@link ScheduledPublishing}), which sets the
	 * revision's note and author.
	 * @return whether the item was there to change
	 */
	boolean applyScheduled(ScheduledChange change) {
		@SuppressWarnings("unchecked")
		K id = (K) Long.valueOf(change.itemId());
		Optional<E> found = findById(id);
		if (found.isEmpty() || !(found.get() instanceof Content item)) {
			return false;
		}
		this.contentVersion.changing();
		item.setStatus(
				(change.action() == ScheduledChange.Action.PUBLISH) ? ContentStatus.PUBLISHED : ContentStatus.DRAFT);
		return true;
	}

	/** An item's revisions, newest first, with the fields each one changed. */
	public List<RevisionEntry> history(K id) {
		return this.history.of(this.type, id, (entity) -> toForm(entity).fields());
	}

	/**
	 * Corrects the wording of a change note shown to visitors, on the public pages at
	 * once; the old wording stays in the history.
	 * @param id the item
	 * @param revision the revision whose note is corrected
	 * @param note the new wording
	 * @param username who corrects it
	 * @throws NotFoundException if the revision has no public note on this item
	 */
	public void correctNote(K id, int revision, String note, String username) {
		this.transaction.executeWithoutResult((status) -> {
			find(id);
			this.contentVersion.changing();
			try {
				this.history.correctNote(this.type, id, revision, note, username);
			}
			catch (IllegalArgumentException ex) {
				throw new NotFoundException("Revision");
			}
		});
	}

	/**
	 * The latest change to each of some items, for a page of the admin list.
	 * @param ids the items on the page
	 * @return the latest change by id (items without history are missing)
	 */
	public Map<Object, LastChange> lastChanges(Collection<K> ids) {
		return this.history.lastChanges(this.type, ids);
	}

	/** The item as it was at a revision, as a form. */
	public F atRevision(K id, int revision) {
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
	 */
	public void restore(K id, int revision) {
		F old = atRevision(id, revision);
		old.setId(id);
		old.setVersion(currentVersion(id));
		save(old);
	}

	/** The stored item's values by field, to show beside the editor's in a conflict. */
	public Map<String, String> currentFields(K id) {
		return this.transaction.execute((status) -> toForm(find(id)).fields());
	}

	/** The stored item's version, so an editor can knowingly save over it. */
	public long currentVersion(K id) {
		return this.transaction.execute((status) -> find(id).getVersion());
	}

	protected E find(K id) {
		return findById(id).orElseThrow(() -> new NotFoundException(this.type.getSimpleName()));
	}

	/** The database refused a save because a unique value (a year, a slug) is taken. */
	public static class DuplicateContentException extends RuntimeException {

		DuplicateContentException(Throwable cause) {
			super("A unique value is already taken", cause);
		}

	}

}
