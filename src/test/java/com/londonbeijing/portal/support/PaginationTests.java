package com.londonbeijing.portal.support;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;

class PaginationTests {

	@Test
	void singlePageNeedsNoLinks() {
		Pagination pagination = Pagination.of(new PageImpl<>(List.of("a"), PageRequest.of(0, 10), 1), base());

		assertThat(pagination.isNeeded()).isFalse();
		assertThat(pagination.previous()).isNull();
		assertThat(pagination.next()).isNull();
	}

	@Test
	void linksKeepFiltersAndOmitPageOneFromTheAddress() {
		Pagination pagination = Pagination.of(new PageImpl<>(List.of("a"), PageRequest.of(1, 10), 35), base());

		assertThat(pagination.current()).isEqualTo(2);
		assertThat(pagination.total()).isEqualTo(4);
		assertThat(pagination.previous()).isEqualTo("/meetings?topic=trade");
		assertThat(pagination.next()).isEqualTo("/meetings?topic=trade&page=3");
	}

	@Test
	void longListsShowAWindowWithGaps() {
		Pagination pagination = Pagination.of(new PageImpl<>(List.of("a"), PageRequest.of(9, 10), 200), base());

		assertThat(pagination.pages()).extracting(Pagination.PageLink::number)
			.containsExactly(1, 0, 8, 9, 10, 11, 12, 0, 20);
		assertThat(pagination.pages()).filteredOn(Pagination.PageLink::current)
			.extracting(Pagination.PageLink::number)
			.containsExactly(10);
	}

	@Test
	void encodesFilterValues() {
		UriComponentsBuilder base = UriComponentsBuilder.fromPath("/case-studies").queryParam("area", "a b&c");
		Pagination pagination = Pagination.of(new PageImpl<>(List.of("a"), PageRequest.of(0, 10), 30), base);

		assertThat(pagination.next()).isEqualTo("/case-studies?area=a%20b%26c&page=2");
	}

	private static UriComponentsBuilder base() {
		return UriComponentsBuilder.fromPath("/meetings").queryParam("topic", "trade");
	}

}
