package com.londonbeijing.portal.editing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ListLocationTests {

	@Test
	void keepsTheSearchSortAndPageOfTheKindsList() {
		assertThat(ListLocation.of("/admin/areas", "/admin/areas?q=R%26D%20labs&sort=-name&page=3"))
			.isEqualTo("/admin/areas?q=R%26D%20labs&sort=-name&page=3");
	}

	@Test
	void dropsEveryOtherParameter() {
		assertThat(ListLocation.of("/admin/areas", "/admin/areas?sort=name&next=https://evil.example&page=2"))
			.isEqualTo("/admin/areas?sort=name&page=2");
	}

	@Test
	void acceptsAnAddressTypedWithoutEncoding() {
		assertThat(ListLocation.of("/admin/areas", "/admin/areas?q=a b&sort=name"))
			.isEqualTo("/admin/areas?q=a%20b&sort=name");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "https://evil.example/admin/areas", "//evil.example/admin/areas",
			"/\\evil.example", "javascript:alert(1)", "/admin/trade?q=1", "/admin/areas/../users", "/admin/areasx",
			"/admin/areas/7/edit", "%2F%2Fevil.example" })
	void fallsBackToTheBareListForAnythingElse(String back) {
		assertThat(ListLocation.of("/admin/areas", back)).isEqualTo("/admin/areas");
	}

	@Test
	void fallsBackToTheBareListWithoutAnAddress() {
		assertThat(ListLocation.of("/admin/areas", null)).isEqualTo("/admin/areas");
	}

	@Test
	void encodesTheListsOwnAddress() {
		assertThat(ListLocation.here("/admin/areas", "R&D", "-name", 2))
			.isEqualTo("/admin/areas?q=R%26D&sort=-name&page=2");
		assertThat(ListLocation.here("/admin/areas", null, "order", 1)).isEqualTo("/admin/areas?sort=order");
	}

}
