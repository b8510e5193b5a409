package com.londonbeijing.portal.area.admin;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.londonbeijing.portal.address.AddressKind;
import com.londonbeijing.portal.address.EarlierAddresses;
import com.londonbeijing.portal.area.CooperationArea;
import com.londonbeijing.portal.area.CooperationAreaRepository;
import com.londonbeijing.portal.editing.ContentEditor;
import com.londonbeijing.portal.editing.ContentLinks;
import com.londonbeijing.portal.editing.LinkGroup;
import com.londonbeijing.portal.editing.LinkQueries;
import com.londonbeijing.portal.editing.ListSorts;
import com.londonbeijing.portal.editing.SlugCheck;
import com.londonbeijing.portal.history.History;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.Errors;

/**
 * Editing cooperation areas.
 */
@Service
public class AreaAdmin extends ContentEditor<CooperationArea, Long, AreaForm> {

	private static final ListSorts SORTS = new ListSorts("order",
			Map.of("order", Sort.by("navOrder", "name"), "name", Sort.by("name"), "-name",
					Sort.by(Sort.Order.desc("name")), "-updated", Sort.by(Sort.Order.desc("updatedAt")), "updated",
					Sort.by("updatedAt")));

	private final CooperationAreaRepository areas;

	private final ContentLinks links;

	private final LinkQueries linkQueries;

	private final EarlierAddresses earlierAddresses;

	AreaAdmin(CooperationAreaRepository areas, ContentLinks links, LinkQueries linkQueries, History history,
			TransactionTemplate transaction, EarlierAddresses earlierAddresses) {
		super(CooperationArea.class, SORTS, history, transaction);
		this.areas = areas;
		this.links = links;
		this.linkQueries = linkQueries;
		this.earlierAddresses = earlierAddresses;
	}

	@Override
	public AreaForm newForm() {
		return new AreaForm();
	}

	@Override
	public String label(AreaForm form) {
		return form.getName();
	}

	/** One page of all areas, drafts included, optionally those whose name matches. */
	@Override
	public Page<CooperationArea> list(String query, Sort sort, int pageIndex) {
		return this.transaction.execute((status) -> (query != null) ? this.areas.search(query, page(sort, pageIndex))
				: this.areas.findAll(page(sort, pageIndex)));
	}

	/**
	 * Checks what Bean Validation cannot: no other area has the slug, now or as an
	 * earlier address.
	 */
	@Override
	protected void check(AreaForm form, Errors errors) {
		SlugCheck.check(form.getSlug(), form.getId(), errors, this.areas::existsBySlug,
				this.areas::existsBySlugAndIdNot,
				(slug, id) -> this.earlierAddresses.leadsElsewhere(AddressKind.AREAS, slug, id));
	}

	/**
	 * What links to an area, for its delete page: the case studies and meetings tagged
	 * with it (their pages link to it and it lists them) and the texts linking to its
	 * page.
	 */
	@Override
	public List<LinkGroup> linkedFrom(Long id) {
		return this.transaction.execute((status) -> {
			CooperationArea area = find(id);
			return List.of(this.linkQueries.caseStudiesOfArea("admin.areas.delete.caseStudies", id),
					this.linkQueries.meetingsOfArea("admin.areas.delete.meetings", id),
					this.links.textsLinkingTo("/areas/" + area.getSlug()));
		});
	}

	@Override
	public String kind() {
		return "areas";
	}

	@Override
	protected String publicPath(CooperationArea entity) {
		return "/areas/" + entity.getSlug();
	}

	@Override
	protected Optional<CooperationArea> findById(Long id) {
		return this.areas.findById(id);
	}

	@Override
	protected AreaForm toForm(CooperationArea area) {
		return AreaForm.of(area);
	}

	@Override
	protected CooperationArea create(AreaForm form) {
		CooperationArea area = new CooperationArea(form.getSlug(), form.getName());
		form.applyTo(area);
		return this.areas.save(area);
	}

	@Override
	protected void remove(CooperationArea area) {
		this.areas.delete(area);
	}

}
