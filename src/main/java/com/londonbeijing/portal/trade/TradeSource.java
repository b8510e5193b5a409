package com.londonbeijing.portal.trade;

import java.time.LocalDate;

/**
 * Where published trade figures come from, as recorded with them. Any field may be
 * {@code null}.
 *
 * @param title the title of the source document or table
 * @param publisher who published it
 * @param url where to read it ({@code http} or {@code https})
 * @param retrievedOn when the figures were taken from it
 * @param notes how the figures relate to the source
 */
public record TradeSource(String title, String publisher, String url, LocalDate retrievedOn, String notes) {

	static TradeSource of(TradeFigure figure) {
		return new TradeSource(figure.getSourceTitle(), figure.getSourcePublisher(), figure.getSourceUrl(),
				figure.getSourceRetrievedOn(), figure.getNotes());
	}

	boolean isEmpty() {
		return this.title == null && this.publisher == null && this.url == null && this.retrievedOn == null
				&& this.notes == null;
	}

}
