package com.londonbeijing.portal.trade.admin;

import java.time.Year;
import java.util.List;
import java.util.Map;

import com.londonbeijing.portal.history.ChangeNote;
import com.londonbeijing.portal.history.History;
import com.londonbeijing.portal.history.RevisionEntry;
import com.londonbeijing.portal.support.EditConflictException;
import com.londonbeijing.portal.support.NotFoundException;
import com.londonbeijing.portal.trade.TradeFigure;
import com.londonbeijing.portal.trade.TradeFigureRepository;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.Errors;

/**
 * Editing yearly trade figures: listing, saving with optimistic locking, deleting, and
 * the history with restore. Saves run in their own transaction so that the change note
 * reaches the revision Envers writes at commit.
 */
@Service
public class TradeFigureAdmin {

	/** Figures per admin list page. */
	public static final int PAGE_SIZE = 25;

	private final TradeFigureRepository figures;

	private final History history;

	private final TransactionTemplate transaction;

	TradeFigureAdmin(TradeFigureRepository figures, History history, TransactionTemplate transaction) {
		this.figures = figures;
		this.history = history;
		this.transaction = transaction;
	}

	/**
	 * One page of all figures, drafts included.
	 * @param yearQuery digits to look for in the year, or {@code null}
	 * @param sort the sort order
	 * @param pageIndex the page, from 0
	 * @return the page
	 */
	public Page<TradeFigure> list(String yearQuery, Sort sort, int pageIndex) {
		PageRequest request = PageRequest.of(pageIndex, PAGE_SIZE, sort);
		return this.transaction.execute((status) -> (yearQuery != null && yearQuery.matches("\\d{1,4}"))
				? this.figures.findByYearContaining(yearQuery, request) : this.figures.findAll(request));
	}

	/** The form for an existing figure. */
	public TradeFigureForm form(long id) {
		return TradeFigureForm.of(find(id));
	}

	/**
	 * Checks what Bean Validation cannot: the year is not in the future and no other
	 * figure has it.
	 */
	public void validate(TradeFigureForm form, Errors errors) {
		if (form.getYear() == null || errors.hasFieldErrors("year")) {
			return;
		}
		if (form.getYear() > Year.now().getValue()) {
			errors.rejectValue("year", "trade.form.year.future", new Object[] { Year.now().getValue() }, null);
		}
		else if ((form.getId() == null) ? this.figures.existsByYear(form.getYear())
				: this.figures.existsByYearAndIdNot(form.getYear(), form.getId())) {
			errors.rejectValue("year", "trade.form.year.taken", new Object[] { form.getYear().toString() }, null);
		}
	}

	/**
	 * Saves a new figure or changes to an existing one.
	 * @param form the editor's values, already validated
	 * @return the figure's id
	 * @throws EditConflictException if someone else saved the figure since the form was
	 * opened
	 * @throws DuplicateYearException if another figure took the year meanwhile
	 */
	public long save(TradeFigureForm form) {
		try {
			return ChangeNote.during(form.getChangeNote(), () -> this.transaction.execute((status) -> {
				if (form.getId() == null) {
					return this.figures.save(form.toNewFigure()).getId();
				}
				TradeFigure figure = find(form.getId());
				if (form.getVersion() == null || figure.getVersion() != form.getVersion()) {
					throw new EditConflictException();
				}
				form.applyTo(figure);
				return figure.getId();
			}));
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new EditConflictException();
		}
		catch (DataIntegrityViolationException ex) {
			throw new DuplicateYearException();
		}
	}

	/** Deletes a figure. */
	public void delete(long id) {
		this.transaction.executeWithoutResult((status) -> this.figures.delete(find(id)));
	}

	/** A figure's revisions, newest first, with the fields each one changed. */
	public List<RevisionEntry> history(long id) {
		return this.history.of(TradeFigure.class, id, (figure) -> TradeFigureForm.of(figure).fields());
	}

	/** The figure as it was at a revision, as a form. */
	public TradeFigureForm atRevision(long id, int revision) {
		TradeFigureForm form = this.history.at(TradeFigure.class, id, revision, TradeFigureForm::of);
		if (form == null) {
			throw new NotFoundException("Revision");
		}
		return form;
	}

	/**
	 * Makes a past revision the current one. The restore is itself a new revision.
	 * @param id the figure
	 * @param revision the revision to bring back
	 * @param note the change note, defaults to saying which revision was restored
	 */
	public void restore(long id, int revision, String note) {
		TradeFigureForm old = atRevision(id, revision);
		TradeFigure current = this.transaction.execute((status) -> find(id));
		old.setId(id);
		old.setVersion(current.getVersion());
		old.setChangeNote(note);
		save(old);
	}

	/** The stored figure's values by field, to show beside the editor's in a conflict. */
	public Map<String, String> currentFields(long id) {
		return this.transaction.execute((status) -> TradeFigureForm.of(find(id)).fields());
	}

	private TradeFigure find(long id) {
		return this.figures.findById(id).orElseThrow(() -> new NotFoundException("Trade figure"));
	}

	/** Another figure has the year this save asked for. */
	public static class DuplicateYearException extends RuntimeException {

		DuplicateYearException() {
			super("Year already has figures");
		}

	}

}
