package com.londonbeijing.portal.web.cache;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The log that keeps a page rendered during an invalidation from being kept: a page is
 * dropped if an invalidation since its rendering began matches it, or if so many happened
 * since that the log no longer tells.
 */
class InvalidationsTests {

	PublicPageCache.Invalidations invalidations = new PublicPageCache.Invalidations();

	@Test
	void aPageRenderedBeforeAMatchingInvalidationIsDropped() {
		long renderingBegan = this.invalidations.latest();
		this.invalidations.log((key) -> key.contains("/meetings/a"));

		assertThat(this.invalidations.dropsSince(renderingBegan, "en-GB /meetings/a")).isTrue();
		assertThat(this.invalidations.dropsSince(renderingBegan, "en-GB /meetings/b")).isFalse();
		assertThat(this.invalidations.dropsSince(this.invalidations.latest(), "en-GB /meetings/a"))
			.as("rendered after it")
			.isFalse();
	}

	@Test
	void aPageRenderedBeforeTheOldestInvalidationKeptIsDropped() {
		long renderingBegan = this.invalidations.latest();
		for (int i = 0; i < 300; i++) {
			this.invalidations.log((key) -> false);
		}

		assertThat(this.invalidations.dropsSince(renderingBegan, "en-GB /meetings/b")).isTrue();
		assertThat(this.invalidations.dropsSince(this.invalidations.latest() - 10, "en-GB /meetings/b")).isFalse();
	}

}
