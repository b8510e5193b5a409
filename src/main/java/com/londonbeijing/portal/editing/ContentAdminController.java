package com.londonbeijing.portal.editing;

import java.util.Map;

import com.londonbeijing.portal.database.DatabaseOutage;
import com.londonbeijing.portal.history.History;
import com.londonbeijing.portal.support.Content;
import com.londonbeijing.portal.support.ContentStatus;
import com.londonbeijing.portal.support.EditConflictException;
import com.londonbeijing.portal.support.FlashMessage;
import com.londonbeijing.portal.support.PageNumber;
import com.londonbeijing.portal.support.Pagination;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The editing steps every kind of content shares, under the subclass's
 * {@code @RequestMapping} (for example {@code /admin/areas}): add ({@code /new}), edit
 * ({@code /{id}/edit}), delete with a confirmation page, history, and restore. Saving
 * follows POST-redirect-GET; validation errors, edit conflicts and an unreachable
 * database show the form again with the editor's input. The form is always the model
 * attribute {@code form}.
 * <p>
 * The list passes its own address (search, sort, page) to the form and delete pages as
 * the {@code back} parameter; they carry it on (model attribute {@code back}, a hidden
 * field in {@code admin/conflict :: buttons}) so that saving or deleting returns to the
 * list as the editor left it. See {@link ListLocation} for why that is safe.
 *
 * @param <E> the entity
 * @param <F> its form
 */
public abstract class ContentAdminController<E extends Content, F extends AbstractContentForm<E>> {

	private static final Log logger = LogFactory.getLog(ContentAdminController.class);

	private final ContentEditor<E, F> editor;

	private final String path;

	private final String views;

	private final String messages;

	/**
	 * Sets up the shared steps for one kind of content.
	 * @param editor the kind's editing service
	 * @param path the URL prefix, e.g. {@code /admin/areas}
	 * @param views the template folder, e.g. {@code admin/areas}
	 * @param messages the message key prefix, e.g. {@code admin.areas}
	 */
	protected ContentAdminController(ContentEditor<E, F> editor, String path, String views, String messages) {
		this.editor = editor;
		this.path = path;
		this.views = views;
		this.messages = messages;
	}

	/** An empty form for a new item. */
	protected abstract F newForm();

	/** Checks what Bean Validation cannot (uniqueness, dates relative to today…). */
	protected abstract void validate(F form, Errors errors);

	/** How the flash message names the item, e.g. its name or year. */
	protected abstract String label(F form);

	/**
	 * Shows one page of the kind's admin list: a search, a sort chosen from {@code sorts}
	 * by key, and pagination links keeping both. The page is the model attribute
	 * {@code items}.
	 * @param sorts the sort orders by key (the key goes in the URL)
	 * @param defaultSort the key used when none (or an unknown one) is asked for
	 * @param q the search, may be {@code null}
	 * @param sort the sort key asked for, may be {@code null}
	 * @param page the page number asked for, may be anything
	 * @param finder finds a page of items for a search, sort and page index
	 * @param model the model
	 * @param <T> the item type
	 * @return the list view
	 */
	protected <T extends Content> String list(Map<String, Sort> sorts, String defaultSort, String q, String sort,
			String page, Finder<T> finder, Model model) {
		String sortKey = (sort != null && sorts.containsKey(sort)) ? sort : defaultSort;
		String query = (q != null && !q.isBlank()) ? q.strip() : null;
		Page<T> items = finder.find(query, sorts.get(sortKey), PageNumber.index(page));
		UriComponentsBuilder base = UriComponentsBuilder.fromPath(this.path).queryParam("sort", sortKey);
		if (query != null) {
			base.queryParam("q", query);
		}
		model.addAttribute("items", items);
		model.addAttribute("q", query);
		model.addAttribute("sort", sortKey);
		model.addAttribute("pagination", Pagination.of(items, base));
		model.addAttribute("lastChanges", this.editor.lastChanges(items.map(Content::getId).getContent()));
		model.addAttribute("here", ListLocation.here(this.path, query, sortKey, items.getNumber() + 1));
		return this.views + "/list";
	}

	@ModelAttribute("statuses")
	ContentStatus[] statuses() {
		return ContentStatus.values();
	}

	@ModelAttribute("adminPath")
	String adminPath() {
		return this.path;
	}

	@ModelAttribute("adminMessages")
	String adminMessages() {
		return this.messages;
	}

	/** The list as the editor left it, to return to; see {@link ListLocation}. */
	@ModelAttribute("back")
	String back(@RequestParam(name = "back", required = false) String back) {
		return ListLocation.of(this.path, back);
	}

	@GetMapping("/new")
	String showNewForm(Model model) {
		model.addAttribute("form", newForm());
		return this.views + "/form";
	}

	@GetMapping("/{id}/edit")
	String showEditForm(@PathVariable long id, Model model) {
		model.addAttribute("form", this.editor.form(id));
		return this.views + "/form";
	}

	@PostMapping({ "/new", "/{id}/edit" })
	String save(@PathVariable(required = false) Long id, @Valid @ModelAttribute("form") F form, BindingResult result,
			@RequestParam(defaultValue = "save") String action, @RequestParam(required = false) String edit,
			@RequestParam(name = "back", required = false) String backParameter, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		form.setId(id);
		String back = ListLocation.of(this.path, backParameter);
		if (edit != null && form.editList(edit)) {
			// Adding or moving a row is not a save: show the form again without errors.
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", new BeanPropertyBindingResult(form, "form"));
			return this.views + "/form";
		}
		long saved;
		try {
			form.suggestSlug();
			validate(form, result); // may ask the database whether a value is taken
			if (form.isChangeNotePublic() && (form.getChangeNote() == null || form.getChangeNote().isBlank())) {
				result.rejectValue("changeNote", "admin.form.changeNote.publicEmpty");
			}
			if (result.hasErrors()) {
				return this.views + "/form";
			}
			saved = this.editor.save(form);
		}
		catch (EditConflictException ex) {
			result.reject("admin.conflict");
			model.addAttribute("conflict", History.diff(this.editor.currentFields(id), form.fields()));
			model.addAttribute("currentVersion", this.editor.currentVersion(id));
			return this.views + "/form";
		}
		catch (ContentEditor.DuplicateContentException ex) {
			result.reject("admin.duplicate");
			return this.views + "/form";
		}
		catch (RuntimeException ex) {
			if (!DatabaseOutage.isOutage(ex)) {
				throw ex;
			}
			return databaseUnavailable(result, response, ex);
		}
		FlashMessage.add(redirect, this.messages + ((id != null) ? ".updated" : ".created"), label(form));
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
	String confirmDelete(@PathVariable long id, Model model) {
		model.addAttribute("form", this.editor.form(id));
		addDeleteDetails(id, model);
		return this.views + "/delete";
	}

	/** Adds what the delete page says will go or what links to the item. */
	protected void addDeleteDetails(long id, Model model) {
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, @RequestParam(required = false) String back, RedirectAttributes redirect) {
		F form = this.editor.form(id);
		this.editor.delete(id);
		FlashMessage.add(redirect, this.messages + ".deleted", label(form));
		return "redirect:" + ListLocation.of(this.path, back);
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

	@GetMapping("/{id}/history")
	String history(@PathVariable long id, Model model) {
		F form = this.editor.form(id);
		model.addAttribute("form", form);
		model.addAttribute("label", label(form));
		model.addAttribute("revisions", this.editor.history(id));
		return "admin/history";
	}

	@GetMapping("/{id}/history/{revision}")
	String showRevision(@PathVariable long id, @PathVariable int revision, Model model) {
		F form = this.editor.form(id);
		model.addAttribute("form", form);
		model.addAttribute("label", label(form));
		model.addAttribute("revision", revision);
		model.addAttribute("fields", this.editor.atRevision(id, revision).fields());
		return "admin/revision";
	}

	@PostMapping("/{id}/history/{revision}/restore")
	String restore(@PathVariable long id, @PathVariable int revision, RedirectAttributes redirect) {
		this.editor.restore(id, revision, null);
		FlashMessage.add(redirect, "admin.history.restored", revision);
		return "redirect:" + this.path + "/" + id + "/history";
	}

	/**
	 * Finds a page of a kind's items for the admin list.
	 *
	 * @param <T> the item type
	 */
	@FunctionalInterface
	protected interface Finder<T> {

		Page<T> find(String query, Sort sort, int pageIndex);

	}

}
