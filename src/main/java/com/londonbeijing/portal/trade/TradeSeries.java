package com.londonbeijing.portal.trade;

/**
 * The two published series of trade figures, as revisions name them.
 */
public enum TradeSeries {

	/** UK exports to China. */
	EXPORTS,

	/** UK imports from China. */
	IMPORTS

}
