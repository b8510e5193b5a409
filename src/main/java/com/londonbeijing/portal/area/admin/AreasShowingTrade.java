package com.londonbeijing.portal.area.admin;

import java.util.List;

import com.londonbeijing.portal.area.CooperationAreaRepository;
import com.londonbeijing.portal.editing.ItemLink;
import com.londonbeijing.portal.trade.admin.PagesShowingTrade;

import org.springframework.stereotype.Component;

/**
 * The areas whose pages show the trade figures, for a year's delete page.
 */
@Component
class AreasShowingTrade implements PagesShowingTrade {

	private final CooperationAreaRepository areas;

	AreasShowingTrade(CooperationAreaRepository areas) {
		this.areas = areas;
	}

	@Override
	public List<ItemLink> pagesShowingTrade() {
		return this.areas.linksOfAreasShowingTrade();
	}

}
