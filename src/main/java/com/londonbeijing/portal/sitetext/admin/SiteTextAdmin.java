package com.londonbeijing.portal.sitetext.admin;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.londonbeijing.portal.editing.ContentEditor;
import com.londonbeijing.portal.editing.LinkGroup;
import com.londonbeijing.portal.editing.ListSorts;
import com.londonbeijing.portal.history.History;
import com.londonbeijing.portal.sitetext.SiteText;
import com.londonbeijing.portal.sitetext.SiteTextRepository;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.Errors;

/**
 * Editing the site's free-standing texts (the home introduction, section introductions)
 * like the other content (optimistic locking, history, cached pages cleared on commit).
 * Their keys are fixed by the templates that show them, so texts are edited, never added
 * or deleted, and the few there are fit on one list page.
 */
@Service
public class SiteTextAdmin extends ContentEditor<SiteText, String, SiteTextForm> {

	private static final ListSorts SORTS = new ListSorts("key", Map.of("key", Sort.by("key")));

	private final SiteTextRepository texts;

	SiteTextAdmin(SiteTextRepository texts, History history, TransactionTemplate transaction) {
		super(SiteText.class, SORTS, history, transaction);
		this.texts = texts;
	}

	@Override
	public boolean addsAndDeletes() {
		return false;
	}

	/** Every text, by key, on one page; there is nothing to search or sort. */
	@Override
	public Page<SiteText> list(String query, Sort sort, int pageIndex) {
		return new PageImpl<>(this.transaction.execute((status) -> this.texts.findAllByOrderByKeyAsc()));
	}

	@Override
	public SiteTextForm newForm() {
		throw new UnsupportedOperationException("Site texts are fixed by the templates");
	}

	@Override
	public String label(SiteTextForm form) {
		return form.getId();
	}

	@Override
	public List<LinkGroup> linkedFrom(String key) {
		return List.of();
	}

	/** Any title and body (Bean Validation limits their length) will do. */
	@Override
	protected void check(SiteTextForm form, Errors errors) {
	}

	@Override
	public String kind() {
		return "texts";
	}

	/**
	 * The page showing a text: the key's first part names its section
	 * ({@code areas.intro} is on {@code /areas}); the headline and the home texts are on
	 * the home page.
	 */
	@Override
	protected String publicPath(SiteText text) {
		String section = text.getKey().substring(0, Math.max(text.getKey().indexOf('.'), 0));
		return (section.isEmpty() || section.equals("home") || section.equals("site")) ? "/" : "/" + section;
	}

	@Override
	protected Optional<SiteText> findById(String key) {
		return this.texts.findById(key);
	}

	@Override
	protected SiteTextForm toForm(SiteText text) {
		return SiteTextForm.of(text);
	}

	@Override
	protected SiteText create(SiteTextForm form) {
		throw new UnsupportedOperationException("Site texts are fixed by the templates");
	}

	@Override
	protected void remove(SiteText text) {
		throw new UnsupportedOperationException("Site texts are fixed by the templates");
	}

}
