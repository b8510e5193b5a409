package com.londonbeijing.portal.web;

import com.londonbeijing.portal.test.PortalDataJpaTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The database refuses bad content on its own, whatever path tries to store it.
 */
@PortalDataJpaTest
class ContentConstraintsTests {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void seedTradeFiguresAreStoredAsExactDecimals() {
		assertThat(this.jdbc.queryForList(
				"SELECT year || ' ' || exports_gbp_bn || ' ' || imports_gbp_bn " + "FROM trade_figure ORDER BY year",
				String.class))
			.containsExactly("2019 23.70 49.50", "2020 21.10 45.30", "2021 27.50 55.70");
	}

	@Test
	void rejectsASecondFigureForTheSameYear() {
		assertThatThrownBy(() -> this.jdbc
			.update("INSERT INTO trade_figure (year, exports_gbp_bn, imports_gbp_bn) VALUES (2019, 1, 1)"))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@ParameterizedTest
	@ValueSource(strings = { "(2030, -1, 1)", "(2030, 1, -0.01)", "(1949, 1, 1)" })
	void rejectsNegativeAmountsAndImpossibleYears(String values) {
		assertThatThrownBy(() -> this.jdbc
			.update("INSERT INTO trade_figure (year, exports_gbp_bn, imports_gbp_bn) VALUES " + values))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void rejectsSourceLinksThatAreNotWebAddresses() {
		assertThatThrownBy(() -> this.jdbc.update("INSERT INTO trade_figure (year, exports_gbp_bn, imports_gbp_bn, "
				+ "source_url) VALUES (2030, 1, 1, 'javascript:alert(1)')"))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Upper-Case", "spaces here", "-leading", "trailing-", "double--hyphen", "" })
	void rejectsMalformedSlugs(String slug) {
		assertThatThrownBy(() -> this.jdbc
			.update("INSERT INTO case_study (slug, title, summary) VALUES (?, 'Title', 'Summary')", slug))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void rejectsBlankTitles() {
		assertThatThrownBy(() -> this.jdbc
			.update("INSERT INTO case_study (slug, title, summary) VALUES ('ok-slug', '   ', 'Summary')"))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void rejectsParticipantsFromNeitherSide() {
		assertThatThrownBy(() -> this.jdbc.update("""
				INSERT INTO meeting_participant (meeting_id, position, name, office, side)
				SELECT id, 9, 'Name', 'Office', 'FRANCE' FROM meeting LIMIT 1"""))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

}
