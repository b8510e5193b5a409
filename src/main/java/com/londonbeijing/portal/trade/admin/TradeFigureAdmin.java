package com.londonbeijing.portal.trade.admin;

import java.time.Year;
import java.util.List;
import java.util.Optional;

import com.londonbeijing.portal.editing.ContentEditor;
import com.londonbeijing.portal.editing.ItemLink;
import com.londonbeijing.portal.editing.LinkGroup;
import com.londonbeijing.portal.history.History;
import com.londonbeijing.portal.trade.TradeFigure;
import com.londonbeijing.portal.trade.TradeFigureRepository;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.Errors;

/**
 * Editing yearly trade figures.
 */
@Service
public class TradeFigureAdmin extends ContentEditor<TradeFigure, TradeFigureForm> {

	/** Figures per admin list page. */
	public static final int PAGE_SIZE = 25;

	private final TradeFigureRepository figures;

	private final List<PagesShowingTrade> pagesShowingTrade;

	TradeFigureAdmin(TradeFigureRepository figures, List<PagesShowingTrade> pagesShowingTrade, History history,
			TransactionTemplate transaction) {
		super(TradeFigure.class, history, transaction);
		this.figures = figures;
		this.pagesShowingTrade = pagesShowingTrade;
	}

	/**
	 * Where a year's figures appear, for its delete page: nothing links to one year, but
	 * the trade page, the home page's summary and the pages showing trade figures (of
	 * areas: {@link PagesShowingTrade}) lose it.
	 */
	public List<LinkGroup> linkedFrom() {
		return this.transaction.execute((status) -> List.of(
				LinkGroup.of("admin.trade.delete.pages",
						List.of(ItemLink.page("nav.trade", "/trade"), ItemLink.page("nav.home", "/"))),
				LinkGroup.of("admin.trade.delete.areas",
						this.pagesShowingTrade.stream()
							.flatMap((pages) -> pages.pagesShowingTrade().stream())
							.toList())));
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

	@Override
	protected Optional<TradeFigure> findById(long id) {
		return this.figures.findById(id);
	}

	@Override
	protected TradeFigureForm toForm(TradeFigure figure) {
		return TradeFigureForm.of(figure);
	}

	@Override
	protected TradeFigure create(TradeFigureForm form) {
		return this.figures.save(form.toNewFigure());
	}

	@Override
	protected void remove(TradeFigure figure) {
		this.figures.delete(figure);
	}

}
