package com.londonbeijing.portal.trade.admin;

import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.londonbeijing.portal.editing.ContentEditor;
import com.londonbeijing.portal.editing.ItemLink;
import com.londonbeijing.portal.editing.LinkGroup;
import com.londonbeijing.portal.editing.LinkQueries;
import com.londonbeijing.portal.editing.ListSorts;
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
public class TradeFigureAdmin extends ContentEditor<TradeFigure, Long, TradeFigureForm> {

	private static final ListSorts SORTS = new ListSorts("-year",
			Map.of("year", Sort.by("year"), "-year", Sort.by(Sort.Order.desc("year")), "updated",
					Sort.by("updatedAt", "year"), "-updated",
					Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("year"))));

	private final TradeFigureRepository figures;

	private final LinkQueries linkQueries;

	TradeFigureAdmin(TradeFigureRepository figures, LinkQueries linkQueries, History history,
			TransactionTemplate transaction) {
		super(TradeFigure.class, SORTS, history, transaction);
		this.figures = figures;
		this.linkQueries = linkQueries;
	}

	/**
	 * Where a year's figures appear, for its delete page: nothing links to one year, but
	 * the trade page, the home page's summary and the areas showing trade figures lose
	 * it.
	 */
	@Override
	public List<LinkGroup> linkedFrom(Long id) {
		return this.transaction.execute((status) -> List.of(
				LinkGroup.of("admin.trade.delete.pages",
						List.of(ItemLink.page("nav.trade", "/trade"), ItemLink.page("nav.home", "/"))),
				this.linkQueries.areasShowingTrade("admin.trade.delete.areas")));
	}

	/**
	 * One page of all figures, drafts included.
	 * @param yearQuery digits to look for in the year, or {@code null}
	 * @param sort the sort order
	 * @param pageIndex the page, from 0
	 * @return the page
	 */
	@Override
	public Page<TradeFigure> list(String yearQuery, Sort sort, int pageIndex) {
		PageRequest request = page(sort, pageIndex);
		return this.transaction.execute((status) -> (yearQuery != null && yearQuery.matches("\\d{1,4}"))
				? this.figures.findByYearContaining(yearQuery, request) : this.figures.findAll(request));
	}

	@Override
	public TradeFigureForm newForm() {
		return new TradeFigureForm();
	}

	@Override
	public String label(TradeFigureForm form) {
		return String.valueOf(form.getYear());
	}

	/**
	 * Checks what Bean Validation cannot: the year is not in the future and no other
	 * figure has it.
	 */
	@Override
	protected void check(TradeFigureForm form, Errors errors) {
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
	public String kind() {
		return "trade";
	}

	@Override
	protected String publicPath(TradeFigure entity) {
		return "/trade";
	}

	@Override
	protected Optional<TradeFigure> findById(Long id) {
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
