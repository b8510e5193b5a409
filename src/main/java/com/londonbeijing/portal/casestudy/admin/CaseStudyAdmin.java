package com.londonbeijing.portal.casestudy.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.londonbeijing.portal.area.AreaService;
import com.londonbeijing.portal.area.CooperationArea;
import com.londonbeijing.portal.area.CooperationAreaRepository;
import com.londonbeijing.portal.casestudy.CaseStudy;
import com.londonbeijing.portal.casestudy.CaseStudyRepository;
import com.londonbeijing.portal.editing.ContentEditor;
import com.londonbeijing.portal.editing.ContentLinks;
import com.londonbeijing.portal.editing.ItemLink;
import com.londonbeijing.portal.editing.LastKnown;
import com.londonbeijing.portal.editing.LinkGroup;
import com.londonbeijing.portal.editing.SlugCheck;
import com.londonbeijing.portal.history.History;
import com.londonbeijing.portal.support.ContentStatus;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.Errors;

/**
 * Editing case studies.
 */
@Service
public class CaseStudyAdmin extends ContentEditor<CaseStudy, CaseStudyForm> {

	/** Case studies per admin list page. */
	public static final int PAGE_SIZE = 25;

	private final CaseStudyRepository caseStudies;

	private final AreaService areas;

	private final CooperationAreaRepository areaRepository;

	private final ContentLinks links;

	private final LastKnown<List<CooperationArea>> areaChoices;

	CaseStudyAdmin(CaseStudyRepository caseStudies, AreaService areas, CooperationAreaRepository areaRepository,
			ContentLinks links, History history, TransactionTemplate transaction) {
		super(CaseStudy.class, history, transaction);
		this.caseStudies = caseStudies;
		this.areas = areas;
		this.areaChoices = new LastKnown<>(areas::all, List.of());
		this.areaRepository = areaRepository;
		this.links = links;
	}

	/**
	 * What links to a case study, for its delete page: the pages of its areas (which list
	 * it), the case studies that may show it as related, the home page if it is featured,
	 * and the texts linking to its page.
	 */
	public List<LinkGroup> linkedFrom(long id) {
		return this.transaction.execute((status) -> {
			CaseStudy caseStudy = find(id);
			List<LinkGroup> groups = new ArrayList<>();
			groups.add(LinkGroup.of("admin.caseStudies.delete.areas", this.areaRepository.linksOfCaseStudyAreas(id)));
			groups.add(new LinkGroup("admin.caseStudies.delete.related",
					this.caseStudies.countRelated(id, ContentStatus.PUBLISHED),
					this.caseStudies.relatedLinks(id, ContentStatus.PUBLISHED, Limit.of(LinkGroup.SHOWN))));
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
	public Page<CaseStudy> list(String query, Sort sort, int pageIndex) {
		PageRequest request = PageRequest.of(pageIndex, PAGE_SIZE, sort);
		return this.transaction.execute((status) -> (query != null && !query.isBlank())
				? this.caseStudies.search(query.strip(), request) : this.caseStudies.findAll(request));
	}

	/** The areas an editor can choose from. */
	public List<CooperationArea> areaChoices() {
		return this.areaChoices.get();
	}

	/** Checks what Bean Validation cannot: no other case study has the slug. */
	public void validate(CaseStudyForm form, Errors errors) {
		SlugCheck.check(form.getSlug(), form.getId(), errors, this.caseStudies::existsBySlug,
				this.caseStudies::existsBySlugAndIdNot);
	}

	@Override
	protected Optional<CaseStudy> findById(long id) {
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
