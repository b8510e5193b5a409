package com.londonbeijing.portal.support;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SlugsTests {

	@ParameterizedTest
	@CsvSource(
			value = { "Trade and Investment|trade-and-investment", "Trade & Investment — 2024|trade-investment-2024",
					"  Café Déjà Vu  |cafe-deja-vu", "The London-Shanghai Cooperation|the-london-shanghai-cooperation",
					"<script>alert(1)</script>|script-alert-1-script", "北京|", "NULL|" },
			delimiter = '|', nullValues = "NULL")
	void suggestsSlugsFromTitles(String title, String slug) {
		assertThat(Slugs.suggest(title)).isEqualTo((slug != null) ? slug : "");
	}

	@ParameterizedTest
	@CsvSource({ "trade-and-investment, true", "2024-10-18-wang-yi, true", "Trade, false", "a--b, false", "-a, false",
			"a-, false", "a b, false" })
	void suggestionsMatchTheSlugRule(String slug, boolean valid) {
		assertThat(slug.matches(Slugs.PATTERN)).isEqualTo(valid);
	}

}
