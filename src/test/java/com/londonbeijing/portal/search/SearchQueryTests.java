package com.londonbeijing.portal.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchQueryTests {

	@Test
	void missingOrBlankQueryIsBlank() {
		assertThat(SearchQuery.of(null).isBlank()).isTrue();
		assertThat(SearchQuery.of(" \t\n ").isBlank()).isTrue();
		assertThat(SearchQuery.of("\u0000\u0007").isBlank()).isTrue();
	}

	@Test
	void whiteSpaceIsCollapsedAndControlCharactersRemoved() {
		SearchQuery query = SearchQuery.of("  trade \u0000and\u00a0\u3000 finance\n");

		assertThat(query.text()).isEqualTo("trade and finance");
		assertThat(query.shortened()).isFalse();
	}

	@Test
	void highlightMarkersCannotBeTyped() {
		assertThat(SearchQuery.of("a\uE000b\uE001c").text()).isEqualTo("a b c");
	}

	@Test
	void longQueriesAreCutToTwoHundredCharactersAndSaySo() {
		SearchQuery query = SearchQuery.of("x".repeat(1_500));

		assertThat(query.text()).hasSize(SearchQuery.MAX_LENGTH);
		assertThat(query.shortened()).isTrue();
	}

	@Test
	void cuttingNeverSplitsACharacterOutsideTheBasicPlane() {
		SearchQuery query = SearchQuery.of("\uD840\uDC00".repeat(300));

		assertThat(query.text().codePointCount(0, query.text().length())).isEqualTo(SearchQuery.MAX_LENGTH);
		assertThat(query.text()).doesNotContain("?");
		assertThat(Character.isHighSurrogate(query.text().charAt(query.text().length() - 1))).isFalse();
	}

	@Test
	void unpairedSurrogatesAreDropped() {
		assertThat(SearchQuery.of("trade\uD800").text()).isEqualTo("trade");
	}

	@Test
	void likePatternEscapesWildcards() {
		assertThat(SearchQuery.of("100%_a\\b").likePattern()).isEqualTo("%100\\%\\_a\\\\b%");
	}

	@Test
	void substringsAreMatchedOnlyForScriptsWithoutSpacesBetweenWords() {
		assertThat(SearchQuery.of("an").matchesSubstrings()).isFalse();
		assertThat(SearchQuery.of("finance").matchesSubstrings()).isFalse();
		assertThat(SearchQuery.of("the 北京 office").matchesSubstrings()).isTrue();
		assertThat(SearchQuery.of("京").matchesSubstrings()).isTrue();
		assertThat(SearchQuery.of("北京").hasNonLatinLetters()).isTrue();
		assertThat(SearchQuery.of("Café").hasNonLatinLetters()).isFalse();
	}

}
