package com.londonbeijing.portal.editing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;

import com.londonbeijing.portal.database.DatabaseOutage;
import com.londonbeijing.portal.history.History;
import com.londonbeijing.portal.history.RevisionEntry;
import com.londonbeijing.portal.security.CurrentUser;
import com.londonbeijing.portal.support.ContentStatus;
import com.londonbeijing.portal.support.EditConflictException;
import com.londonbeijing.portal.support.FlashMessage;
import com.londonbeijing.portal.support.NotFoundException;
import com.londonbeijing.portal.support.PageNumber;
import com.londonbeijing.portal.support.Pagination;
import com.londonbeijing.portal.support.Versioned;
import com.londonbeijing.portal.web.language.Language;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The editing steps of every kind of content, under the subclass's
 * {@code @RequestMapping} (for example {@code /admin/areas}): the list (search, sort,
 * page), add ({@code /new}), edit ({@code /{id}/edit}), delete with a confirmation page,
 * history, and restore. The controller binds and redirects; the kind's
 * {@link ContentEditor} validates, saves and records history, so a save reads top to
 * bottom in {@link #save} and the editor. Saving follows POST-redirect-GET; validation
 * errors, edit conflicts and an unreachable database show the form again with the
 * editor's input. The form is always the model attribute {@code form}.
 * <p>
 * The list passes its own address (search, sort, page) to the form and delete pages as
 * the {@code back} parameter; they carry it on (model attribute {@code back}, a hidden
 * field in {@code fragments/editing :: buttons}) so that saving or deleting returns to
 * the list as the editor left it. See {@link ListLocation} for why that is safe.
 * <p>
 * Opening an item's form records who is editing it, and shows who else opened it lately
 * ({@link EditingMarks}, model attribute {@code othersEditing}); saving or the Discard
 * button ({@code /{id}/discard}) clears the mark. A form whose POST came after the
 * session or its token expired comes back after signing in again with the input kept
 * ({@link KeptInputs}, model attribute {@code keptInput}: the differences from the stored
 * item).
 * <p>
 * Saving an item visitors see stores a draft beside it; the draft's page
 * ({@code /{id}/draft}) shows its differences from the live version and links to its
 * preview, and publishes it, sends it back to its author with a comment, or discards it.
 * The form's buttons also publish at once ({@code action=publish}) or submit for review
 * ({@code action=submit}, with the optional {@code reviewNote}).
 *
 * @param <E> the entity
 * @param <K> the type of its identity
 * @param <F> its form
 */
public abstract class ContentAdminController<E extends Versioned<K>, K, F extends AbstractContentForm<E, K>> {

	private static final Log logger = LogFactory.getLog(ContentAdminController.class);

	/** The longest note for the reviewer or comment for the author, in characters. */
	private static final int REVIEW_NOTE_LENGTH = 500;

	private static final int REVIEW_COMMENT_LENGTH = 2000;

	private final ContentEditor<E, K, F> editor;

	private final String path;

	private final String views;

	private final String messages;

	private EditingMarks marks;

	private Editorial editorial;

	/**
	 * Sets up the shared steps for one kind of content.
	 * @param editor the kind's editing service
	 * @param path the URL prefix, e.g. {@code /admin/areas}
	 * @param views the template folder, e.g. {@code admin/areas}
	 * @param messages the message key prefix, e.g. {@code admin.areas}
	 */
	protected ContentAdminController(ContentEditor<E, K, F> editor, String path, String views, String messages) {
		this.editor = editor;
		this.path = path;
		this.views = views;
		this.messages = messages;
	}

	/**
	 * Injected by a method rather than the constructor, so that every kind records who is
	 * editing without passing it on.
	 */
	@Autowired
	void setEditingMarks(EditingMarks marks) {
		this.marks = marks;
	}

	/**
	 * Whether a path is this kind's add or edit form, whose input {@link KeptInputs}
	 * keeps when the session expired before the save.
	 */
	boolean servesForm(String path) {
		if (!path.startsWith(this.path + "/")) {
			return false;
		}
		String rest = path.substring(this.path.length() + 1);
		return (rest.equals("new") && this.editor.addsAndDeletes()) || rest.matches("[^/]+/edit");
	}

	/**
	 * Set by Spring, so that the kinds' controllers need not pass it on.
	 */
	@Autowired
	void setEditorial(Editorial editorial) {
		this.editorial = editorial;
	}

	/**
	 * Shows one page of the kind's admin list: a search, a sort chosen by key from the
	 * editor's {@link ContentEditor#sorts()}, and pagination links keeping both. The page
	 * is the model attribute {@code items}.
	 */
	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String page, Model model) {
		ListSorts sorts = this.editor.sorts();
		String sortKey = sorts.key(sort);
		String query = (q != null && !q.isBlank()) ? q.strip() : null;
		Page<E> items = this.editor.list(query, sorts.sort(sortKey), PageNumber.index(page));
		UriComponentsBuilder base = UriComponentsBuilder.fromPath(this.path).queryParam("sort", sortKey);
		if (query != null) {
			base.queryParam("q", query);
		}
		model.addAttribute("items", items);
		model.addAttribute("q", query);
		model.addAttribute("sort", sortKey);
		model.addAttribute("pagination", Pagination.of(items, base));
		model.addAttribute("lastChanges", this.editor.lastChanges(items.map(Versioned::getId).getContent()));
		model.addAttribute("schedules", this.editor.scheduled(items.map(Versioned::getId).getContent()));
		model.addAttribute("drafts", this.editor.drafts(items.map(Versioned::getId).getContent()));
		model.addAttribute("here", ListLocation.here(this.path, query, sortKey, items.getNumber() + 1));
		return this.views + "/list";
	}

	/** The statuses the form offers: writers only save drafts of unpublished items. */
	@ModelAttribute("statuses")
	ContentStatus[] statuses() {
		return this.editorial.mayPublish() ? ContentStatus.values() : new ContentStatus[] { ContentStatus.DRAFT };
	}

	@ModelAttribute("mayPublish")
	boolean mayPublish() {
		return this.editorial.mayPublish();
	}

	@ModelAttribute("adminPath")
	String adminPath() {
		return this.path;
	}

	/** The list as the editor left it, to return to; see {@link ListLocation}. */
	@ModelAttribute("back")
	String back(@RequestParam(name = "back", required = false) String back) {
		return ListLocation.of(this.path, back);
	}

	/**
	 * The form for a new item; or, after signing in again, the one whose POST came too
	 * late, with the kept input ({@link KeptInputs}) bound to {@code typed} as a save
	 * binds it. Otherwise {@code typed} is an empty form, replaced (with its binding
	 * result: the model drops a result whose object is replaced) by the editor's.
	 */
	@GetMapping("/new")
	String showNewForm(@ModelAttribute("form") F typed, BindingResult typedResult, Model model,
			HttpServletRequest request) {
		requireAddsAndDeletes();
		if (KeptInputs.handedBack(request)) {
			typed.setId(null);
			return showKeptInput(this.editor.newForm().fields(), typed, model);
		}
		model.addAttribute("form", this.editor.newForm());
		return this.views + "/form";
	}

	/**
	 * The form for an item, recording that this account opened it and telling who else
	 * did lately ({@link EditingMarks}); or the kept input, as for {@link #showNewForm}.
	 */
	@GetMapping("/{id}/edit")
	String showEditForm(@PathVariable K id, @ModelAttribute("form") F typed, BindingResult typedResult, Model model,
			HttpServletRequest request) {
		String view;
		if (KeptInputs.handedBack(request)) {
			typed.setId(id);
			view = showKeptInput(this.editor.currentFields(id), typed, model);
		}
		else {
			model.addAttribute("form", this.editor.form(id));
			view = this.views + "/form";
		}
		addDraftState(id, model);
		this.editor.scheduled(id).ifPresent((change) -> model.addAttribute("scheduled", change));
		model.addAttribute("scheduleAction", this.editor.scheduleAction(id));
		CurrentUser.name()
			.ifPresent((username) -> model.addAttribute("othersEditing", this.marks.opened(this.path, id, username)));
		return view;
	}

	/**
	 * The form with the input kept while the editor signed in again, the fields where it
	 * differs from the stored item marked, and a message to check and save: nothing is
	 * saved until they do. The version stays the one the editor started from, so a save
	 * by someone else meanwhile still shows the edit conflict.
	 */
	private String showKeptInput(Map<String, String> stored, F typed, Model model) {
		model.addAttribute("keptInput", History.diff(stored, typed.fields()));
		return this.views + "/form";
	}

	/**
	 * Closes the form without saving: the editor's mark goes, so nobody is told any more
	 * that they are editing it. Posted by the form's Discard button, with the form's
	 * fields, which are ignored.
	 */
	@PostMapping("/{id}/discard")
	String discard(@PathVariable K id, @RequestParam(name = "back", required = false) String back) {
		CurrentUser.name().ifPresent((username) -> this.marks.closed(this.path, id, username));
		return "redirect:" + ListLocation.of(this.path, back);
	}

	/**
	 * What the form says about the item's draft: the banner (model attribute
	 * {@code draft}, or none), whether Save goes to a draft ({@code live}) and the
	 * buttons the user may press. Never fails the page: when the database is unreachable
	 * the form is shown as for an item without a draft.
	 */
	private void addDraftState(K id, Model model) {
		Editorial editorial = this.editorial;
		model.addAttribute("mayPublishDirectly", editorial.mayPublishDirectly());
		if (id == null) {
			return;
		}
		try {
			boolean live = this.editor.goesToDraft(id);
			model.addAttribute("live", live);
			model.addAttribute("itemLive", this.editor.isLive(id));
			this.editor.draft(id).ifPresent((draft) -> {
				model.addAttribute("draft", draft);
				model.addAttribute("mayPublishDraft", editorial.mayPublish(draft));
			});
			if (live) {
				// A writer's draft of a published item may propose either status.
				model.addAttribute("statuses", ContentStatus.values());
			}
		}
		catch (RuntimeException ex) {
			if (!DatabaseOutage.isOutage(ex)) {
				throw ex;
			}
		}
	}

	/**
	 * Saves the form: the editor's list commands (add, move, remove a row) only change
	 * the form; otherwise the slug is suggested, the editor validates and saves, and the
	 * editor goes back to the list, the form or a new form as the button asked.
	 */
	@PostMapping({ "/new", "/{id}/edit" })
	String save(@PathVariable(required = false) K id, @Valid @ModelAttribute("form") F form, BindingResult result,
			@RequestParam(defaultValue = "save") String action, @RequestParam(required = false) String edit,
			@RequestParam(name = "back", required = false) String backParameter,
			@RequestParam(required = false) String reviewNote, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		if (id == null) {
			requireAddsAndDeletes();
		}
		form.setId(id);
		String back = ListLocation.of(this.path, backParameter);
		model.addAttribute("reviewNote", reviewNote);
		addDraftState(id, model);
		if (edit != null && form.editList(edit)) {
			// Adding or moving a row is not a save: show the form again without errors.
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", new BeanPropertyBindingResult(form, "form"));
			return this.views + "/form";
		}
		K saved;
		boolean publicationScheduled = false;
		boolean toDraft;
		try {
			form.suggestSlug();
			this.editor.validate(form, result); // may ask the database whether a value is
												// taken
			if (reviewNote != null && reviewNote.length() > REVIEW_NOTE_LENGTH) {
				result.reject("admin.drafts.reviewNote.tooLong", new Object[] { REVIEW_NOTE_LENGTH }, null);
			}
			if (result.hasErrors()) {
				return this.views + "/form";
			}
			publicationScheduled = id != null && this.editor.scheduled(id)
				.filter((change) -> change.action() == ScheduledChange.Action.PUBLISH)
				.isPresent();
			toDraft = id != null && this.editor.goesToDraft(id);
			saved = switch (action) {
				case "publish" -> this.editor.publish(form);
				case "submit" -> this.editor.submit(form, reviewNote);
				default -> this.editor.save(form);
			};
		}
		catch (EditConflictException ex) {
			result.reject("admin.conflict");
			model.addAttribute("conflict", History.diff(this.editor.savedFields(id), form.fields()));
			model.addAttribute("currentVersion", this.editor.currentVersion(id));
			addDraftState(id, model);
			// Saving again knowingly overwrites the draft as it is now.
			this.editor.draft(id).ifPresent((draft) -> model.addAttribute("currentDraftVersion", draft.getVersion()));
			return this.views + "/form";
		}
		catch (ContentEditor.DuplicateContentException ex) {
			result.reject("admin.duplicate");
			return this.views + "/form";
		}
		catch (ContentEditor.PublishRefusedException ex) {
			result.rejectValue("status", "admin.drafts.writerCannotPublish");
			return this.views + "/form";
		}
		catch (ContentEditor.ReviewRequiredException ex) {
			result.reject("admin.drafts.reviewRequired");
			return this.views + "/form";
		}
		catch (RuntimeException ex) {
			if (!DatabaseOutage.isOutage(ex)) {
				throw ex;
			}
			return databaseUnavailable(result, response, ex);
		}
		if (id != null) {
			CurrentUser.name().ifPresent((username) -> this.marks.closed(this.path, id, username));
		}
		if (action.equals("submit")) {
			FlashMessage.add(redirect, "admin.drafts.submitted", this.editor.label(form));
		}
		else if (toDraft && !action.equals("publish")) {
			FlashMessage.add(redirect, "admin.drafts.saved", this.editor.label(form));
		}
		else {
			FlashMessage.add(redirect, this.messages + ((id != null) ? ".updated" : ".created"),
					this.editor.label(form));
		}
		if (publicationScheduled) {
			FlashMessage.add(redirect, "admin.schedule.cancelledByEdit", this.editor.label(form));
		}
		return switch (action) {
			case "continue" -> redirectKeepingBack(this.path + "/" + saved + "/edit", back);
			case "another" -> redirectKeepingBack(this.path + "/new", back);
			default -> "redirect:" + back;
		};
	}

	/**
	 * Shows the form again with the editor's input and a message saying nothing was
	 * saved, as a 503: saving again once the database is back loses nothing.
	 */
	private String databaseUnavailable(BindingResult result, HttpServletResponse response, RuntimeException ex) {
		logger.warn("Could not save " + this.path + ", the database is unreachable: " + ex.getMessage());
		result.reject("admin.databaseUnavailable");
		DatabaseOutage.markUnavailable(response);
		return this.views + "/form";
	}

	@GetMapping("/{id}/delete")
	String confirmDelete(@PathVariable K id, Model model) {
		requireAddsAndDeletes();
		model.addAttribute("form", this.editor.form(id));
		model.addAttribute("linkedFrom", this.editor.linkedFrom(id));
		if (this.editor.hasPages()) {
			model.addAttribute("farewell", new DeletionForm());
		}
		return this.views + "/delete";
	}

	/**
	 * Deletes the item; for kinds with pages, with the note and link its address shows
	 * from then on (a bad link shows the delete page again, with what was typed).
	 */
	@PostMapping("/{id}/delete")
	String delete(@PathVariable K id, @Valid @ModelAttribute("farewell") DeletionForm farewell, BindingResult result,
			@RequestParam(required = false) String back, Model model, RedirectAttributes redirect) {
		requireAddsAndDeletes();
		F form = this.editor.form(id);
		if (!this.editor.hasPages()) {
			this.editor.delete(id);
		}
		else {
			this.editor.validateFarewell(farewell, result);
			if (result.hasErrors()) {
				model.addAttribute("form", form);
				model.addAttribute("linkedFrom", this.editor.linkedFrom(id));
				return this.views + "/delete";
			}
			this.editor.delete(id, farewell);
		}
		this.marks.deleted(this.path, id);
		FlashMessage.add(redirect, this.messages + ".deleted", this.editor.label(form));
		return "redirect:" + ListLocation.of(this.path, back);
	}

	/** Whether the kind's items have pages, which can be withdrawn. */
	@ModelAttribute("hasPages")
	boolean hasPages() {
		return this.editor.hasPages();
	}

	/**
	 * The withdraw page: for a published item the reason to give, for a withdrawn one its
	 * notice and the button bringing it back.
	 */
	@GetMapping("/{id}/withdraw")
	String showWithdrawal(@PathVariable K id, Model model) {
		return withdrawalPage(id, new WithdrawalForm(), model);
	}

	@PostMapping("/{id}/withdraw")
	String withdraw(@PathVariable K id, @Valid @ModelAttribute("withdrawal") WithdrawalForm withdrawal,
			BindingResult result, @RequestParam(required = false) String back, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return withdrawalPage(id, withdrawal, model);
		}
		if (!this.editor.withdraw(id, withdrawal)) {
			// Withdrawn, unpublished or brought back meanwhile: show what it is now.
			return "redirect:" + this.path + "/" + id + "/withdraw";
		}
		FlashMessage.add(redirect, "admin.withdraw.done", this.editor.label(this.editor.form(id)));
		return "redirect:" + ListLocation.of(this.path, back);
	}

	@PostMapping("/{id}/unwithdraw")
	String unwithdraw(@PathVariable K id, @RequestParam(required = false) String back, RedirectAttributes redirect) {
		if (!this.editor.unwithdraw(id)) {
			return "redirect:" + this.path + "/" + id + "/withdraw";
		}
		FlashMessage.add(redirect, "admin.unwithdraw.done", this.editor.label(this.editor.form(id)));
		return "redirect:" + ListLocation.of(this.path, back);
	}

	private String withdrawalPage(K id, WithdrawalForm withdrawal, Model model) {
		F form = this.editor.form(id);
		model.addAttribute("form", form);
		model.addAttribute("label", this.editor.label(form));
		model.addAttribute("page", this.editor.page(id));
		model.addAttribute("withdrawal", withdrawal);
		return "admin/withdraw";
	}

	private void requireAddsAndDeletes() {
		if (!this.editor.addsAndDeletes()) {
			throw new NotFoundException("Page");
		}
	}

	private String redirectKeepingBack(String target, String back) {
		if (back.equals(this.path)) {
			return "redirect:" + target;
		}
		return "redirect:" + UriComponentsBuilder.fromPath(target)
			.queryParam("back", "{back}")
			.encode()
			.buildAndExpand(back)
			.toUriString();
	}

	/** The page to schedule the item's publication (a draft) or unpublication. */
	@GetMapping("/{id}/schedule")
	String showSchedule(@PathVariable K id, Model model) {
		return schedulePage(id, ScheduleForm.tomorrowMorning(), model);
	}

	/**
	 * Schedules the item for the date and time given in London; a refused time comes back
	 * with the editor's input.
	 */
	@PostMapping("/{id}/schedule")
	String schedule(@PathVariable K id, @ModelAttribute("schedule") ScheduleForm schedule, BindingResult result,
			Authentication authentication, Model model, RedirectAttributes redirect) {
		Instant due = schedule.dueAt(Instant.now(), result);
		if (due == null) {
			return schedulePage(id, schedule, model);
		}
		ScheduledChange change = this.editor.schedule(id, due, authentication.getName());
		FlashMessage.add(redirect, "admin.schedule.set." + change.action(),
				ScheduleForm.LONDON_FORMAT.format(change.dueAt()));
		return "redirect:" + this.path + "/" + id + "/edit";
	}

	@PostMapping("/{id}/schedule/cancel")
	String cancelSchedule(@PathVariable K id, RedirectAttributes redirect) {
		requireSchedulable();
		if (this.editor.cancelSchedule(id)) {
			FlashMessage.add(redirect, "admin.schedule.cancelled");
		}
		return "redirect:" + this.path + "/" + id + "/edit";
	}

	private String schedulePage(K id, ScheduleForm schedule, Model model) {
		requireSchedulable();
		if (!this.editor.canSchedule(id)) {
			throw new NotFoundException("Page");
		}
		F form = this.editor.form(id);
		model.addAttribute("form", form);
		model.addAttribute("label", this.editor.label(form));
		model.addAttribute("schedule", schedule);
		this.editor.scheduled(id).ifPresent((change) -> model.addAttribute("scheduled", change));
		model.addAttribute("scheduleAction", this.editor.scheduleAction(id));
		return "admin/schedule";
	}

	private void requireSchedulable() {
		if (!this.editor.schedulable()) {
			throw new NotFoundException("Page");
		}
	}

	@GetMapping("/{id}/history")
	String history(@PathVariable K id, Model model) {
		return historyPage(id, model);
	}

	/** The form to correct the wording of a change note shown to visitors. */
	@GetMapping("/{id}/history/{revision}/note")
	String showNoteCorrection(@PathVariable K id, @PathVariable int revision, Model model) {
		RevisionEntry entry = publicNoteOf(id, revision);
		NoteCorrectionForm correction = new NoteCorrectionForm();
		correction.setNote(entry.changeNote());
		model.addAttribute("correction", correction);
		return noteCorrectionPage(id, entry, model);
	}

	/**
	 * Corrects the wording of a public change note; a refused wording comes back on the
	 * same page, as typed.
	 */
	@PostMapping("/{id}/history/{revision}/note")
	String correctNote(@PathVariable K id, @PathVariable int revision,
			@Valid @ModelAttribute("correction") NoteCorrectionForm correction, BindingResult result,
			Authentication authentication, Model model, RedirectAttributes redirect) {
		RevisionEntry entry = publicNoteOf(id, revision);
		if (result.hasErrors()) {
			return noteCorrectionPage(id, entry, model);
		}
		this.editor.correctNote(id, revision, correction.getNote(), authentication.getName());
		FlashMessage.add(redirect, "admin.history.corrected", revision);
		return "redirect:" + this.path + "/" + id + "/history";
	}

	private RevisionEntry publicNoteOf(K id, int revision) {
		return this.editor.history(id)
			.stream()
			.filter((entry) -> entry.number() == revision && entry.publicNote() && entry.changeNote() != null)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Revision"));
	}

	private String noteCorrectionPage(K id, RevisionEntry entry, Model model) {
		F form = this.editor.form(id);
		model.addAttribute("form", form);
		model.addAttribute("label", this.editor.label(form));
		model.addAttribute("entry", entry);
		return "admin/note";
	}

	private String historyPage(K id, Model model) {
		F form = this.editor.form(id);
		model.addAttribute("form", form);
		model.addAttribute("label", this.editor.label(form));
		model.addAttribute("revisions", this.editor.history(id));
		model.addAttribute("draftEvents", this.editor.draftEvents(id));
		this.editor.draft(id).ifPresent((draft) -> model.addAttribute("draft", draft));
		return "admin/history";
	}

	/**
	 * The draft's page, where a reviewer decides: who saved and submitted it, its
	 * differences from the live version, the preview links, and Publish, Send back and
	 * Discard.
	 */
	@GetMapping("/{id}/draft")
	String showDraft(@PathVariable K id, Model model) {
		ContentDraft draft = this.editor.draft(id).orElseThrow(() -> new NotFoundException("Draft"));
		return draftPage(id, draft, model);
	}

	private String draftPage(K id, ContentDraft draft, Model model) {
		model.addAttribute("draft", draft);
		model.addAttribute("itemId", id);
		model.addAttribute("changes", this.editor.draftChanges(id));
		model.addAttribute("mayPublishDraft", this.editorial.mayPublish(draft));
		model.addAttribute("reviewRequired", this.editorial.reviewRequired());
		return "admin/draft";
	}

	/**
	 * The item's public page as visitors will see it once the draft is published, in
	 * English or ({@code lang=zh}) Chinese: the kind's own public page, rendered from the
	 * draft inside a transaction that is rolled back (see {@link ContentEditor#preview}),
	 * with a banner saying it is a preview. Never stored: {@code no-store},
	 * {@code noindex}, and as an admin address it never enters the public page cache.
	 */
	@GetMapping("/{id}/draft/preview")
	void preview(@PathVariable K id, @RequestParam(required = false) String lang, HttpServletRequest request,
			HttpServletResponse response) {
		Language language = "zh".equals(lang) ? Language.CHINESE : Language.ENGLISH;
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setHeader("X-Robots-Tag", "noindex, nofollow");
		request.setAttribute(Language.ATTRIBUTE, language);
		request.setAttribute("draftPreview",
				new DraftPreview(this.path + "/" + id, language.isChinese(), this.editor.draft(id).isPresent()));
		this.editor.preview(id, (page) -> {
			try {
				request.getRequestDispatcher(page).forward(request, response);
			}
			catch (ServletException ex) {
				throw new IllegalStateException("Could not render the preview of " + page, ex);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	@PostMapping("/{id}/draft/publish")
	String publishDraft(@PathVariable K id, @RequestParam(required = false) Long draftVersion, Model model,
			RedirectAttributes redirect) {
		ContentDraft draft = this.editor.draft(id).orElseThrow(() -> new NotFoundException("Draft"));
		try {
			this.editor.publishDraft(id, draftVersion);
		}
		catch (ContentEditor.InvalidDraftException ex) {
			// The same form and messages as a save with these values.
			model.addAttribute("form", ex.errors().getTarget());
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", ex.errors());
			addDraftState(id, model);
			return this.views + "/form";
		}
		catch (EditConflictException ex) {
			FlashMessage.add(redirect, "admin.drafts.conflict");
			return "redirect:" + this.path + "/" + id + "/edit";
		}
		catch (ContentEditor.DuplicateContentException ex) {
			FlashMessage.add(redirect, "admin.duplicate");
			return "redirect:" + this.path + "/" + id + "/edit";
		}
		catch (ContentEditor.DraftChangedException ex) {
			model.addAttribute("problem", "admin.drafts.changedMeanwhile");
			return draftPage(id, this.editor.draft(id).orElse(draft), model);
		}
		catch (ContentEditor.ReviewRequiredException ex) {
			model.addAttribute("problem", "admin.drafts.reviewRequired");
			return draftPage(id, draft, model);
		}
		FlashMessage.add(redirect, "admin.drafts.published", draft.getLabel());
		return "redirect:" + this.path;
	}

	@PostMapping("/{id}/draft/return")
	String sendBack(@PathVariable K id, @RequestParam(required = false) String comment,
			@RequestParam(required = false) Long draftVersion, Model model, RedirectAttributes redirect) {
		ContentDraft draft = this.editor.draft(id).orElseThrow(() -> new NotFoundException("Draft"));
		if (comment != null && comment.length() > REVIEW_COMMENT_LENGTH) {
			model.addAttribute("problem", "admin.drafts.comment.tooLong");
			model.addAttribute("comment", comment);
			return draftPage(id, draft, model);
		}
		try {
			this.editor.sendBack(id, comment, draftVersion);
		}
		catch (ContentEditor.DraftChangedException ex) {
			model.addAttribute("problem", "admin.drafts.changedMeanwhile");
			model.addAttribute("comment", comment);
			return draftPage(id, this.editor.draft(id).orElse(draft), model);
		}
		FlashMessage.add(redirect, "admin.drafts.returned", draft.getLabel());
		return "redirect:/admin";
	}

	@PostMapping("/{id}/draft/discard")
	String discardDraft(@PathVariable K id, RedirectAttributes redirect) {
		ContentDraft draft = this.editor.draft(id).orElseThrow(() -> new NotFoundException("Draft"));
		this.editor.discardDraft(id);
		FlashMessage.add(redirect, "admin.drafts.discarded", draft.getLabel());
		return "redirect:" + this.path + "/" + id + "/edit";
	}

	@GetMapping("/{id}/history/{revision}")
	String showRevision(@PathVariable K id, @PathVariable int revision, Model model) {
		F form = this.editor.form(id);
		model.addAttribute("form", form);
		model.addAttribute("label", this.editor.label(form));
		model.addAttribute("revision", revision);
		model.addAttribute("fields", this.editor.atRevision(id, revision).fields());
		return "admin/revision";
	}

	@PostMapping("/{id}/history/{revision}/restore")
	String restore(@PathVariable K id, @PathVariable int revision, RedirectAttributes redirect) {
		this.editor.restore(id, revision);
		FlashMessage.add(redirect, "admin.history.restored", revision);
		return "redirect:" + this.path + "/" + id + "/history";
	}

}
