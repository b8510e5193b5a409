package com.londonbeijing.portal.trade.admin;

import java.util.List;

import com.londonbeijing.portal.editing.ItemLink;

/**
 * Pages of other features that show the trade figures (an area's page, say), for a year's
 * delete page. Those features implement it, so that trade, which they show, needs to know
 * none of them.
 */
public interface PagesShowingTrade {

	/**
	 * The pages that show the trade figures.
	 * @return links to them, in the order they are listed; read inside the caller's
	 * transaction
	 */
	List<ItemLink> pagesShowingTrade();

}
