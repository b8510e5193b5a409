package com.londonbeijing.portal.area;

import java.util.Collection;
import java.util.List;

import com.londonbeijing.portal.address.AddressKind;
import com.londonbeijing.portal.address.EarlierAddresses;
import com.londonbeijing.portal.support.ContentStatus;
import com.londonbeijing.portal.support.NotFoundException;
import com.londonbeijing.portal.support.Visibility;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the published cooperation areas for the public pages.
 */
@Service
@Transactional(readOnly = true)
public class AreaService {

	private final CooperationAreaRepository areas;

	private final EarlierAddresses earlierAddresses;

	AreaService(CooperationAreaRepository areas, EarlierAddresses earlierAddresses) {
		this.areas = areas;
		this.earlierAddresses = earlierAddresses;
	}

	/** Every area, drafts included, in navigation order (for editors' choices). */
	public List<CooperationArea> all() {
		return this.areas.findAllByOrderByNavOrderAscNameAsc();
	}

	/** The areas with these ids. */
	public List<CooperationArea> byIds(Collection<Long> ids) {
		return (ids == null || ids.isEmpty()) ? List.of() : this.areas.findByIdIn(ids);
	}

	/** The published areas in navigation order. */
	public List<CooperationArea> published() {
		return this.areas.findAllByStatus(ContentStatus.PUBLISHED);
	}

	/**
	 * An area with its benefits, if the visibility allows it.
	 * @param slug the area's slug
	 * @param visibility what the user may see
	 * @return the area
	 * @throws NotFoundException if no visible area has that slug (a subclass if it is an
	 * earlier address, see {@link EarlierAddresses#notFound})
	 */
	public CooperationArea show(String slug, Visibility visibility) {
		return this.areas.findBySlugAndStatusIn(slug, visibility.statuses())
			.orElseThrow(() -> this.earlierAddresses.notFound(AddressKind.AREAS, slug, visibility, "Area"));
	}

}
