package com.londonbeijing.portal.area.admin;

import java.util.List;
import java.util.Optional;

import com.londonbeijing.portal.area.CooperationArea;
import com.londonbeijing.portal.area.CooperationAreaRepository;
import com.londonbeijing.portal.editing.ContentEditor;
import com.londonbeijing.portal.editing.ContentLinks;
import com.londonbeijing.portal.editing.LinkGroup;
import com.londonbeijing.portal.editing.SlugCheck;
import com.londonbeijing.portal.history.History;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.Errors;

/**
 * Editing cooperation areas.
 */
@Service
public class AreaAdmin extends ContentEditor<CooperationArea, AreaForm> {

	/** Areas per admin list page. */
	public static final int PAGE_SIZE = 25;

	private final CooperationAreaRepository areas;

	private final ContentLinks links;

	AreaAdmin(CooperationAreaRepository areas, ContentLinks links, History history, TransactionTemplate transaction) {
		super(CooperationArea.class, history, transaction);
		this.areas = areas;
		this.links = links;
	}

	/** One page of all areas, drafts included, optionally those whose name matches. */
	public Page<CooperationArea> list(String query, Sort sort, int pageIndex) {
		PageRequest request = PageRequest.of(pageIndex, PAGE_SIZE, sort);
		return this.transaction.execute((status) -> (query != null && !query.isBlank())
				? this.areas.search(query.strip(), request) : this.areas.findAll(request));
	}

	/** Checks what Bean Validation cannot: no other area has the slug. */
	public void validate(AreaForm form, Errors errors) {
		SlugCheck.check(form.getSlug(), form.getId(), errors, this.areas::existsBySlug,
				this.areas::existsBySlugAndIdNot);
	}

	/**
	 * What links to an area, for its delete page: the case studies and meetings tagged
	 * with it (their pages link to it and it lists them) and the texts linking to its
	 * page.
	 */
	public List<LinkGroup> linkedFrom(long id) {
		return this.transaction.execute((status) -> {
			CooperationArea area = find(id);
			Limit limit = Limit.of(LinkGroup.SHOWN);
			return List.of(
					new LinkGroup("admin.areas.delete.caseStudies", this.areas.countCaseStudies(id),
							this.areas.caseStudyLinks(id, limit)),
					new LinkGroup("admin.areas.delete.meetings", this.areas.countMeetings(id),
							this.areas.meetingLinks(id, limit)),
					this.links.textsLinkingTo("/areas/" + area.getSlug()));
		});
	}

	@Override
	protected Optional<CooperationArea> findById(long id) {
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
