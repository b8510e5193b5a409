package com.londonbeijing.portal.casestudy.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.londonbeijing.portal.address.AddressKind;
import com.londonbeijing.portal.address.EarlierAddresses;
import com.londonbeijing.portal.area.AreaService;
import com.londonbeijing.portal.area.CooperationArea;
import com.londonbeijing.portal.casestudy.CaseStudy;
import com.londonbeijing.portal.casestudy.CaseStudyRepository;
import com.londonbeijing.portal.database.DatabaseAvailability;
import com.londonbeijing.portal.editing.ContentEditor;
import com.londonbeijing.portal.editing.ContentLinks;
import com.londonbeijing.portal.editing.ItemLink;
import com.londonbeijing.portal.editing.LastKnown;
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
 * Editing case studies.
 */
@Service
public class CaseStudyAdmin extends ContentEditor<CaseStudy, Long, CaseStudyForm> {

	private static final ListSorts SORTS = new ListSorts("order",
			Map.of("order", Sort.by("sortOrder", "id"), "title", Sort.by("title"), "-title",
					Sort.by(Sort.Order.desc("title")), "-updated", Sort.by(Sort.Order.desc("updatedAt")), "updated",
					Sort.by("updatedAt")));

	private final CaseStudyRepository caseStudies;

	private final EarlierAddresses earlierAddresses;

	private final AreaService areas;

	private final ContentLinks links;

	private final LinkQueries linkQueries;

	private final LastKnown<List<CooperationArea>> areaChoices;

	CaseStudyAdmin(CaseStudyRepository caseStudies, AreaService areas, ContentLinks links, LinkQueries linkQueries,
			History history, TransactionTemplate transaction, DatabaseAvailability database,
			EarlierAddresses earlierAddresses) {
		super(CaseStudy.class, SORTS, history, transaction);
		this.caseStudies = caseStudies;
		this.earlierAddresses = earlierAddresses;
		this.areas = areas;
		this.areaChoices = new LastKnown<>(database, areas::all, List.of());
		this.links = links;
		this.linkQueries = linkQueries;
	}

	/**
	 * What links to a case study, for its delete page: the pages of its areas (which list
	 * it), the case studies that may show it as related, the home page if it is featured,
	 * and the texts linking to its page.
	 */
	@Override
	public List<LinkGroup> linkedFrom(Long id) {
		return this.transaction.execute((status) -> {
			CaseStudy caseStudy = find(id);
			List<LinkGroup> groups = new ArrayList<>();
			groups.add(this.linkQueries.areasOfCaseStudy("admin.caseStudies.delete.areas", id));
			groups.add(this.linkQueries.relatedCaseStudies("admin.caseStudies.delete.related", id));
			if (caseStudy.isFeatured()) {
				groups.add(LinkGroup.of("admin.caseStudies.delete.home", List.of(ItemLink.page("nav.home", "/"))));
			}
			groups.add(this.links.textsLinkingTo("/case-studies/" + caseStudy.getSlug()));
			return groups;
		});
	}

	/**
	 * One page of all case studies, drafts included, optionally those whose title
	 * matches.
	 */
	@Override
	public Page<CaseStudy> list(String query, Sort sort, int pageIndex) {
		return this.transaction
			.execute((status) -> (query != null) ? this.caseStudies.search(query, page(sort, pageIndex))
					: this.caseStudies.findAll(page(sort, pageIndex)));
	}

	@Override
	public CaseStudyForm newForm() {
		return new CaseStudyForm();
	}

	@Override
	public String label(CaseStudyForm form) {
		return form.getTitle();
	}

	/** The areas an editor can choose from. */
	public List<CooperationArea> areaChoices() {
		return this.areaChoices.get();
	}

	/**
	 * Checks what Bean Validation cannot: no other case study has the slug, now or as an
	 * earlier address.
	 */
	@Override
	protected void check(CaseStudyForm form, Errors errors) {
		SlugCheck.check(form.getSlug(), form.getId(), errors, this.caseStudies::existsBySlug,
				this.caseStudies::existsBySlugAndIdNot,
				(slug, id) -> this.earlierAddresses.leadsElsewhere(AddressKind.CASE_STUDIES, slug, id));
	}

	@Override
	public String kind() {
		return "case-studies";
	}

	@Override
	protected String publicPath(CaseStudy entity) {
		return "/case-studies/" + entity.getSlug();
	}

	@Override
	protected Optional<CaseStudy> findById(Long id) {
		return this.caseStudies.findById(id);
	}

	@Override
	protected CaseStudyForm toForm(CaseStudy caseStudy) {
		return CaseStudyForm.of(caseStudy);
	}

	@Override
	protected CaseStudy create(CaseStudyForm form) {
		CaseStudy caseStudy = new CaseStudy(form.getSlug(), form.getTitle(), form.getSummary());
		apply(form, caseStudy);
		return this.caseStudies.save(caseStudy);
	}

	@Override
	protected void apply(CaseStudyForm form, CaseStudy caseStudy) {
		form.applyTo(caseStudy);
		caseStudy.getAreas().clear();
		caseStudy.getAreas().addAll(this.areas.byIds(form.getAreaIds()));
	}

	@Override
	protected void remove(CaseStudy caseStudy) {
		this.caseStudies.delete(caseStudy);
	}

}
