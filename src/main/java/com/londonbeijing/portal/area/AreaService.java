package com.londonbeijing.portal.area;

import java.util.List;

import com.londonbeijing.portal.support.ContentStatus;
import com.londonbeijing.portal.support.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the published cooperation areas for the public pages.
 */
@Service
@Transactional(readOnly = true)
public class AreaService {

	private final CooperationAreaRepository areas;

	AreaService(CooperationAreaRepository areas) {
		this.areas = areas;
	}

	/** The published areas in navigation order. */
	public List<CooperationArea> published() {
		return this.areas.findAllByStatus(ContentStatus.PUBLISHED);
	}

	/**
	 * A published area with its benefits.
	 * @param slug the area's slug
	 * @return the area
	 * @throws NotFoundException if no published area has that slug
	 */
	public CooperationArea published(String slug) {
		return this.areas.findBySlugAndStatus(slug, ContentStatus.PUBLISHED)
			.orElseThrow(() -> new NotFoundException("Area"));
	}

}
