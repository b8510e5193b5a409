package com.londonbeijing.portal.casestudy;

import java.util.List;

import com.londonbeijing.portal.address.AddressKind;
import com.londonbeijing.portal.address.EarlierAddresses;
import com.londonbeijing.portal.area.CooperationArea;
import com.londonbeijing.portal.support.ContentStatus;
import com.londonbeijing.portal.support.NotFoundException;
import com.londonbeijing.portal.support.Visibility;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads published case studies for the public pages.
 */
@Service
@Transactional(readOnly = true)
public class CaseStudyService {

	/** Case studies per list page. */
	public static final int PAGE_SIZE = 10;

	private static final int RELATED = 6;

	private static final Sort ORDER = Sort.by("sortOrder", "id");

	private final CaseStudyRepository caseStudies;

	private final EarlierAddresses earlierAddresses;

	CaseStudyService(CaseStudyRepository caseStudies, EarlierAddresses earlierAddresses) {
		this.caseStudies = caseStudies;
		this.earlierAddresses = earlierAddresses;
	}

	/**
	 * One page of published case studies, optionally only those in one area. A page past
	 * the end gives the last page.
	 * @param areaSlug the area's slug, or {@code null} for all
	 * @param pageIndex the page, from 0
	 * @return the page, with areas loaded
	 */
	public Page<CaseStudy> list(String areaSlug, int pageIndex) {
		return list(areaSlug, pageIndex, PAGE_SIZE);
	}

	/**
	 * One page of published case studies of the given size, for the API, whose callers
	 * choose how many they want at once. A page past the end gives the last page.
	 * @param areaSlug the area's slug, or {@code null} for all
	 * @param pageIndex the page, from 0
	 * @param size the most case studies on a page
	 * @return the page, with areas loaded
	 */
	public Page<CaseStudy> list(String areaSlug, int pageIndex, int size) {
		Page<CaseStudy> page = find(areaSlug, pageIndex, size);
		if (page.getContent().isEmpty() && pageIndex > 0 && page.getTotalPages() > 0) {
			page = find(areaSlug, page.getTotalPages() - 1, size);
		}
		page.getContent().forEach((caseStudy) -> caseStudy.getAreas().size());
		return page;
	}

	private Page<CaseStudy> find(String areaSlug, int pageIndex, int size) {
		PageRequest request = PageRequest.of(pageIndex, size, ORDER);
		return (areaSlug != null) ? this.caseStudies.findByStatusAndAreaSlug(ContentStatus.PUBLISHED, areaSlug, request)
				: this.caseStudies.findByStatus(ContentStatus.PUBLISHED, request);
	}

	/** The featured published case studies, for the home page. */
	public List<CaseStudy> featured() {
		List<CaseStudy> featured = this.caseStudies
			.findByStatusAndFeaturedTrueOrderBySortOrderAscIdAsc(ContentStatus.PUBLISHED);
		featured.forEach((caseStudy) -> caseStudy.getAreas().size());
		return featured;
	}

	/**
	 * A published case study with everything its page shows.
	 * @param slug the case study's slug
	 * @param visibility what the user may see
	 * @return the case study
	 * @throws NotFoundException if no visible case study has that slug
	 */
	public CaseStudy show(String slug, Visibility visibility) {
		CaseStudy caseStudy = this.caseStudies.findBySlugAndStatusIn(slug, visibility.statuses())
			.orElseThrow(
					() -> this.earlierAddresses.notFound(AddressKind.CASE_STUDIES, slug, visibility, "Case study"));
		caseStudy.getOutcomes().size();
		caseStudy.getMetrics().size();
		return caseStudy;
	}

	/** Other published case studies that share an area with this one. */
	public List<CaseStudy> related(CaseStudy caseStudy) {
		List<Long> areaIds = caseStudy.getAreas().stream().map(CooperationArea::getId).toList();
		if (areaIds.isEmpty()) {
			return List.of();
		}
		List<CaseStudy> related = this.caseStudies.findRelated(ContentStatus.PUBLISHED, caseStudy.getId(), areaIds,
				PageRequest.of(0, RELATED));
		related.forEach((other) -> other.getAreas().size());
		return related;
	}

	/** The first page of published case studies in an area, for the area's page. */
	public List<CaseStudy> inArea(CooperationArea area) {
		return list(area.getSlug(), 0).getContent();
	}

}
