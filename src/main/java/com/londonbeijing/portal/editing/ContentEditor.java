package com.londonbeijing.portal.editing;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import com.londonbeijing.portal.address.AddressableContent;
import com.londonbeijing.portal.address.EarlierAddresses;
import com.londonbeijing.portal.database.ContentVersion;
import com.londonbeijing.portal.history.ChangeNote;
import com.londonbeijing.portal.history.FieldChange;
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
import jakarta.validation.Validator;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ResolvableType;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

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
 * <p>
 * An item visitors can see is never changed by Save: the form goes to its pending
 * {@link ContentDraft} instead, which can be previewed, submitted for review, sent back,
 * published (through the same save, validation and conflict check) or discarded. Who may
 * publish is {@link Editorial}'s to say, checked here whatever request asked.
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

	private Editorial editorial;

	private ContentDraftRepository drafts;

	private DraftEvents draftEvents;

	private JsonMapper json;

	private SpringValidatorAdapter validator;

	/** The class of the kind's form, to read drafts back into. */
	private final Class<F> formType;

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
		this.formType = formType(getClass());
	}

	@SuppressWarnings("unchecked")
	private static <F> Class<F> formType(Class<?> editor) {
		return (Class<F>) ResolvableType.forClass(editor).as(ContentEditor.class).getGeneric(2).resolve();
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

	/**
	 * What drafts and review need, set by Spring like the above so that the kinds need
	 * not pass it on.
	 */
	@Autowired
	void setDrafting(Editorial editorial, ContentDraftRepository drafts, DraftEvents draftEvents, JsonMapper json,
			Validator validator) {
		this.editorial = editorial;
		this.drafts = drafts;
		this.draftEvents = draftEvents;
		// Forms read back after a release that renamed a field keep the rest.
		this.json = json.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
		this.validator = new SpringValidatorAdapter(validator);
	}

	/**
	 * The kind's admin path segment ({@code areas}, {@code trade}…), as drafts and the
	 * dashboard name kinds.
	 */
	public abstract String kind();

	/**
	 * The public page that shows an item, where a preview of its draft is rendered.
	 * @param entity the item, with the draft's values
	 * @return the site path, e.g. {@code /areas/health}
	 */
	protected abstract String publicPath(E entity);

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

	/**
	 * The form for an existing item: its pending draft's values if it has one, otherwise
	 * the stored item's.
	 */
	public F form(K id) {
		Optional<ContentDraft> draft = draft(id);
		return draft.isPresent() ? formOf(draft.get()) : liveForm(id);
	}

	/** The form of the stored item (the live version), its draft aside. */
	public F liveForm(K id) {
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

	public K save(F form) {
		if (form.getId() != null && goesToDraft(form.getId())) {
			return saveDraft(form, false, null);
		}
		refuseWritersPublishing(form);
		return saveLive(form, false);
	}

	/**
	 * Saves a form straight onto the item, published or not (Publish now), and drops the
	 * item's draft, which the form replaces.
	 * @param form the editor's values, already validated
	 * @return the item's id
	 * @throws AccessDeniedException for writers
	 * @throws ReviewRequiredException if changes to published items must be reviewed
	 */
	public K publish(F form) {
		this.editorial.requireMayPublish();
		if (form.getId() != null && goesToDraft(form.getId()) && !this.editorial.mayPublishDirectly()) {
			throw new ReviewRequiredException();
		}
		return saveLive(form, true);
	}

	/**
	 * Saves the form as the item's draft and puts it in the review queue; a new item is
	 * stored first, as a draft.
	 * @param form the editor's values, already validated
	 * @param note what the author tells the reviewer, may be blank
	 * @return the item's id
	 */
	public K submit(F form, String note) {
		if (form.getId() == null) {
			if (form instanceof PublishableForm publishable) {
				publishable.setStatus(ContentStatus.DRAFT);
			}
			K id = saveLive(form, false);
			form.setId(id);
			form.setVersion(currentVersion(id));
		}
		return saveDraft(form, true, blankToNull(note));
	}

	/**
	 * Whether a save of an existing item goes to its draft: the item is live, or already
	 * has a draft (one submitted for review before it was ever published).
	 */
	public boolean goesToDraft(K id) {
		return this.transaction.execute((status) -> isLive(find(id)) || draft(id).isPresent());
	}

	/** Whether visitors see the stored item, whatever its draft. */
	public boolean isLive(K id) {
		return this.transaction.execute((status) -> isLive(find(id)));
	}

	/** Whether visitors see the item: published content, or a site text. */
	protected boolean isLive(E entity) {
		return !(entity instanceof Content content) || content.isPublished();
	}

	private void refuseWritersPublishing(F form) {
		if (!this.editorial.mayPublish() && form instanceof PublishableForm publishable
				&& publishable.getStatus() == ContentStatus.PUBLISHED) {
			throw new PublishRefusedException();
		}
	}

	/**
	 * The normal save: onto the item, under optimistic locking, inside the change note.
	 * @param form the values
	 * @param replacesDraft whether the item's draft (if any) goes, published by this save
	 */
	private K saveLive(F form, boolean replacesDraft) {
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
							if (replacesDraft) {
								draft(form.getId()).ifPresent((draft) -> {
									this.drafts.delete(draft);
									this.draftEvents.record(kind(), draft.getItemKey(), DraftEvents.Type.PUBLISHED,
											this.editorial.username(), form.getChangeNote());
								});
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
			E entity = find(id);
			if (isLive(entity)) {
				this.editorial.requireMayPublish();
			}
			this.contentVersion.changing();
			if (schedulable()) {
				this.schedule.cancelAll(kind(), (Long) id);
			}
			draft(id).ifPresent(this.drafts::delete);
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
		this.editorial.requireMayPublish();
		return this.transaction.execute((status) -> {
			Content item = (Content) find(id);
			if (!canSchedule(item)) {
				throw new NotFoundException("Schedule");
			}
			ScheduledChange.Action action = scheduleAction(item, id);
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

	/**
	 * What scheduling the item would do, or {@code null} if it cannot be scheduled.
	 */
	public ScheduledChange.Action scheduleAction(K id) {
		if (!schedulable()) {
			return null;
		}
		return this.transaction.execute((status) -> {
			Content item = (Content) find(id);
			return canSchedule(item) ? scheduleAction(item, id) : null;
		});
	}

	/**
	 * A draft is published; so is a published item's pending draft; a published item
	 * without one is taken back to draft.
	 */
	private ScheduledChange.Action scheduleAction(Content item, K id) {
		return (item.isPublished() && draft(id).isEmpty()) ? ScheduledChange.Action.UNPUBLISH
				: ScheduledChange.Action.PUBLISH;
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
		if (change.action() == ScheduledChange.Action.PUBLISH && draft(id).isPresent()) {
			publishDraft(id);
			return true;
		}
		this.contentVersion.changing();
		item.setStatus(
				(change.action() == ScheduledChange.Action.PUBLISH) ? ContentStatus.PUBLISHED : ContentStatus.DRAFT);
		return true;
	}

	/**
	 * The note of a scheduled change's revision: a draft's own (which may be meant for
	 * visitors), or "Published as scheduled" / "Unpublished as scheduled".
	 */
	ScheduledChange.Note noteFor(ScheduledChange change) {
		@SuppressWarnings("unchecked")
		K id = (K) Long.valueOf(change.itemId());
		if (change.action() == ScheduledChange.Action.PUBLISH) {
			Optional<ContentDraft> draft = this.transaction.execute((status) -> draft(id));
			if (draft.isPresent()) {
				F form = formOf(draft.get());
				if (form.getChangeNote() != null && !form.getChangeNote().isBlank()) {
					return new ScheduledChange.Note(form.getChangeNote(), form.isChangeNotePublic());
				}
			}
			return new ScheduledChange.Note("Published as scheduled", false);
		}
		return new ScheduledChange.Note("Unpublished as scheduled", false);
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
		// Visitors read the note at once: editors only.
		this.editorial.requireMayPublish();
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
		this.editorial.requireMayPublish();
		F old = atRevision(id, revision);
		old.setId(id);
		old.setVersion(currentVersion(id));
		if (goesToDraft(id) && !this.editorial.mayPublishDirectly()) {
			// With review required, the old values become the draft to review.
			old.setDraftVersion(draft(id).map(ContentDraft::getVersion).orElse(null));
			saveDraft(old, false, null);
		}
		else {
			saveLive(old, false);
		}
	}

	/** The stored item's values by field, to show beside the editor's in a conflict. */
	public Map<String, String> currentFields(K id) {
		return this.transaction.execute((status) -> toForm(find(id)).fields());
	}

	/**
	 * What an editor's save collided with, by field: the item's draft if it has one,
	 * otherwise the stored item.
	 */
	public Map<String, String> savedFields(K id) {
		return draft(id).map((draft) -> formOf(draft).fields()).orElseGet(() -> currentFields(id));
	}

	/** The stored item's version, so an editor can knowingly save over it. */
	public long currentVersion(K id) {
		return this.transaction.execute((status) -> find(id).getVersion());
	}

	/** The item's pending draft, if any. */
	public Optional<ContentDraft> draft(K id) {
		return this.drafts.findByKindAndItemKey(kind(), String.valueOf(id));
	}

	/** The pending drafts of some items (a page of the admin list), by item id. */
	public Map<K, ContentDraft> drafts(Collection<K> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<String, ContentDraft> byKey = this.drafts
			.findByKindAndItemKeyIn(kind(), ids.stream().map(String::valueOf).toList())
			.stream()
			.collect(Collectors.toMap(ContentDraft::getItemKey, (draft) -> draft));
		Map<K, ContentDraft> byId = new HashMap<>();
		ids.forEach((id) -> {
			ContentDraft draft = byKey.get(String.valueOf(id));
			if (draft != null) {
				byId.put(id, draft);
			}
		});
		return byId;
	}

	/** What happened to the item's drafts, newest first. */
	public List<DraftEvents.Event> draftEvents(K id) {
		return this.draftEvents.of(kind(), String.valueOf(id));
	}

	/** The draft's form, its version the live one it was based on. */
	private F formOf(ContentDraft draft) {
		F form;
		try {
			form = this.json.readValue(draft.getForm(), this.formType);
		}
		catch (JacksonException ex) {
			throw new IllegalStateException("Unreadable draft " + draft.getId(), ex);
		}
		form.setVersion(draft.getBaseVersion());
		form.setDraftVersion(draft.getVersion());
		return form;
	}

	/**
	 * Stores the form as the item's draft, checked against the live version it was opened
	 * on, and optionally submits it for review.
	 */
	private K saveDraft(F form, boolean submit, String note) {
		K id = form.getId();
		String username = this.editorial.username();
		return this.transaction.execute((status) -> {
			E entity = find(id);
			if (form.getVersion() == null || entity.getVersion() != form.getVersion()) {
				throw new EditConflictException();
			}
			Optional<ContentDraft> stored = draft(id);
			// Two people editing the same draft: the second is told, as for the item.
			if (stored.isPresent()
					&& (form.getDraftVersion() == null || stored.get().getVersion() != form.getDraftVersion())) {
				throw new EditConflictException();
			}
			ContentDraft draft = stored.orElseGet(() -> new ContentDraft(kind(), String.valueOf(id), username));
			// An edited draft is not published until scheduled again (see save).
			if (schedulable()) {
				this.schedule.cancel(kind(), (Long) id, ScheduledChange.Action.PUBLISH);
			}
			draft.update(abbreviate(label(form), 300), this.json.writeValueAsString(form), entity.getVersion(),
					username);
			if (submit) {
				draft.submit(username, note);
			}
			this.drafts.save(draft);
			this.draftEvents.record(kind(), String.valueOf(id),
					submit ? DraftEvents.Type.SUBMITTED : DraftEvents.Type.SAVED, username,
					submit ? note : blankToNull(form.getChangeNote()));
			return id;
		});
	}

	/**
	 * Publishes the item's draft through the normal save: the same validation, the check
	 * that the live version has not moved since the draft was based on it, the draft's
	 * change note on the revision. An item never published before is published; a live
	 * item's draft keeps the status it proposes. One call, so that a scheduled
	 * publication can make it too (outside a request it runs as the system).
	 * @param id the item
	 * @throws InvalidDraftException if the draft no longer passes validation
	 * @throws DraftChangedException if the draft was saved again since the reviewer saw
	 * it
	 * @throws ReviewRequiredException if review is required and the user may not publish
	 * this one
	 */
	public void publishDraft(K id) {
		publishDraft(id, null);
	}

	/**
	 * Publishes the item's draft as {@link #publishDraft(Object)} does, unless it was
	 * saved again since the reviewer saw it.
	 * @param id the item
	 * @param draftVersion the draft's version the reviewer saw, or {@code null}
	 */
	public void publishDraft(K id, Long draftVersion) {
		this.editorial.requireMayPublish();
		ContentDraft draft = requireDraft(id, draftVersion);
		if (!this.editorial.mayPublish(draft)) {
			throw new ReviewRequiredException();
		}
		F form = formOf(draft);
		form.setId(id);
		// An item submitted before it was ever published is published now; a live item's
		// draft keeps the status it proposes (a draft may propose taking it offline).
		if (form instanceof PublishableForm publishable && !this.transaction.execute((status) -> isLive(find(id)))) {
			publishable.setStatus(ContentStatus.PUBLISHED);
		}
		BindingResult errors = new BeanPropertyBindingResult(form, "form");
		this.validator.validate(form, errors);
		validate(form, errors);
		if (errors.hasErrors()) {
			throw new InvalidDraftException(errors);
		}
		saveLive(form, true);
	}

	/**
	 * Sends a submitted draft back to its author with a comment shown on the item.
	 * @param id the item
	 * @param comment the reviewer's comment, may be blank
	 * @param draftVersion the draft's version the reviewer saw, or {@code null}
	 */
	public void sendBack(K id, String comment, Long draftVersion) {
		this.editorial.requireMayPublish();
		String username = this.editorial.username();
		this.transaction.executeWithoutResult((status) -> {
			ContentDraft draft = requireDraft(id, draftVersion);
			draft.sendBack(username, blankToNull(comment));
			this.drafts.save(draft);
			this.draftEvents.record(kind(), draft.getItemKey(), DraftEvents.Type.RETURNED, username,
					blankToNull(comment));
		});
	}

	/** Deletes the item's draft: visitors go on seeing the live version. */
	public void discardDraft(K id) {
		String username = this.editorial.username();
		this.transaction.executeWithoutResult((status) -> {
			ContentDraft draft = requireDraft(id, null);
			this.drafts.delete(draft);
			this.draftEvents.record(kind(), draft.getItemKey(), DraftEvents.Type.DISCARDED, username, null);
		});
	}

	private ContentDraft requireDraft(K id, Long draftVersion) {
		ContentDraft draft = draft(id).orElseThrow(() -> new NotFoundException("Draft"));
		if (draftVersion != null && draft.getVersion() != draftVersion) {
			throw new DraftChangedException();
		}
		return draft;
	}

	/**
	 * Renders the item as visitors will see it once its draft (or, without one, its
	 * stored values) is published: the values are applied and flushed in a transaction
	 * that is always rolled back, and the page is rendered inside it, so the public page
	 * model comes from the kind's own public controller and services, reading the draft.
	 * Nothing is committed. Anything a service cached meanwhile is forgotten afterwards.
	 * @param id the item
	 * @param render renders the public page at the path it is given, inside the
	 * transaction
	 */
	public void preview(K id, Consumer<String> render) {
		Optional<ContentDraft> draft = draft(id);
		try {
			this.transaction.executeWithoutResult((status) -> {
				status.setRollbackOnly();
				E entity = find(id);
				F form = draft.isPresent() ? formOf(draft.get()) : toForm(entity);
				if (form instanceof PublishableForm publishable) {
					publishable.setStatus(ContentStatus.PUBLISHED);
				}
				apply(form, entity);
				saveTranslations(form, entity);
				status.flush();
				render.accept(publicPath(entity));
			});
		}
		finally {
			this.contentVersion.changed();
		}
	}

	/** The differences between the live version and the draft, field by field. */
	public List<FieldChange> draftChanges(K id) {
		ContentDraft draft = draft(id).orElseThrow(() -> new NotFoundException("Draft"));
		return History.diff(currentFields(id), formOf(draft).fields());
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static String abbreviate(String value, int length) {
		String text = (value != null) ? value : "";
		return (text.length() > length) ? text.substring(0, length) : text;
	}

	protected E find(K id) {
		return findById(id).orElseThrow(() -> new NotFoundException(this.type.getSimpleName()));
	}

	/** A writer's form would have published an item. */
	public static class PublishRefusedException extends RuntimeException {

		PublishRefusedException() {
			super("Only editors publish");
		}

	}

	/**
	 * With {@code PORTAL_REVIEW=required}: the change must be reviewed by someone else
	 * first.
	 */
	public static class ReviewRequiredException extends RuntimeException {

		ReviewRequiredException() {
			super("Someone else must review this change");
		}

	}

	/** The draft was saved again after the reviewer opened it. */
	public static class DraftChangedException extends RuntimeException {

		DraftChangedException() {
			super("The draft changed meanwhile");
		}

	}

	/** A draft that no longer passes the checks (a slug taken meanwhile, say). */
	public static class InvalidDraftException extends RuntimeException {

		private final transient BindingResult errors;

		InvalidDraftException(BindingResult errors) {
			super("The draft does not pass validation");
			this.errors = errors;
		}

		/** The errors, on the draft's form. */
		public BindingResult errors() {
			return this.errors;
		}

	}

	/** The database refused a save because a unique value (a year, a slug) is taken. */
	public static class DuplicateContentException extends RuntimeException {

		DuplicateContentException(Throwable cause) {
			super("A unique value is already taken", cause);
		}

	}

}
