package com.londonbeijing.portal.web;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

class FiguresTests {

	private final Figures figures = new Figures();

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void englishKeepsBillionsAsGiven() {
		LocaleContextHolder.setLocale(Locale.UK);
		assertThat(this.figures.billions(new BigDecimal("27.5"))).isEqualTo("27.5");
		assertThat(this.figures.billions(new BigDecimal("27.50"))).isEqualTo("27.50");
	}

	@Test
	void chineseCountsInHundredMillions() {
		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
		assertThat(this.figures.billions(new BigDecimal("27.5"))).isEqualTo("275");
		assertThat(this.figures.billions(new BigDecimal("27.50"))).isEqualTo("275");
		assertThat(this.figures.billions(new BigDecimal("5.25"))).isEqualTo("52.5");
		assertThat(this.figures.billions(new BigDecimal("10"))).isEqualTo("100");
		assertThat(this.figures.billions(BigDecimal.ZERO)).isEqualTo("0");
	}

}
