package com.londonbeijing.portal.web;

import com.londonbeijing.portal.test.PortalDataJpaTest;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.postgresql.util.PSQLException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The database refuses bad content on its own, whatever path tries to store it. Each
 * refusal names the constraint that made it (PostgreSQL's names, such as
 * {@code trade_figure_year_check} and {@code trade_figure_year_key}), so that a row
 * refused for another reason (a typo in the test's SQL, a missing column) does not pass;
 * a well-formed row shows what is accepted.
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
	void acceptsWellFormedRows() {
		assertThat(this.jdbc.update("INSERT INTO trade_figure (year, exports_gbp_bn, imports_gbp_bn, source_url) "
				+ "VALUES (2030, 0, 0.01, 'https://www.ons.gov.uk/')"))
			.isOne();
		assertThat(this.jdbc
			.update("INSERT INTO case_study (slug, title, summary) VALUES ('well-formed-2030', 'Title', 'Summary')"))
			.isOne();
		assertThat(this.jdbc.update("""
				INSERT INTO meeting_participant (meeting_id, position, name, office, side)
				SELECT id, 90, 'Name', 'Office', 'CHINA' FROM meeting ORDER BY id LIMIT 1""")).isOne();
	}

	@Test
	void rejectsASecondFigureForTheSameYear() {
		assertThat(refusal(() -> this.jdbc
			.update("INSERT INTO trade_figure (year, exports_gbp_bn, imports_gbp_bn) VALUES (2019, 1, 1)")))
			.isEqualTo("trade_figure_year_key");
	}

	@ParameterizedTest
	@CsvSource({ "'(2030, -1, 1)', trade_figure_exports_gbp_bn_check",
			"'(2030, 1, -0.01)', trade_figure_imports_gbp_bn_check", "'(1949, 1, 1)', trade_figure_year_check",
			"'(2201, 1, 1)', trade_figure_year_check" })
	void rejectsNegativeAmountsAndImpossibleYears(String values, String constraint) {
		assertThat(refusal(() -> this.jdbc
			.update("INSERT INTO trade_figure (year, exports_gbp_bn, imports_gbp_bn) VALUES " + values)))
			.isEqualTo(constraint);
	}

	@Test
	void rejectsSourceLinksThatAreNotWebAddresses() {
		assertThat(refusal(() -> this.jdbc.update("INSERT INTO trade_figure (year, exports_gbp_bn, imports_gbp_bn, "
				+ "source_url) VALUES (2030, 1, 1, 'javascript:alert(1)')")))
			.isEqualTo("trade_figure_source_url_check");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Upper-Case", "spaces here", "-leading", "trailing-", "double--hyphen", "" })
	void rejectsMalformedSlugs(String slug) {
		assertThat(refusal(() -> this.jdbc
			.update("INSERT INTO case_study (slug, title, summary) VALUES (?, 'Title', 'Summary')", slug)))
			.isEqualTo("case_study_slug_check");
	}

	@Test
	void rejectsBlankTitles() {
		assertThat(refusal(() -> this.jdbc
			.update("INSERT INTO case_study (slug, title, summary) VALUES ('ok-slug', '   ', 'Summary')")))
			.isEqualTo("case_study_title_check");
	}

	@Test
	void rejectsParticipantsFromNeitherSide() {
		assertThat(refusal(() -> this.jdbc.update("""
				INSERT INTO meeting_participant (meeting_id, position, name, office, side)
				SELECT id, 9, 'Name', 'Office', 'FRANCE' FROM meeting LIMIT 1""")))
			.isEqualTo("meeting_participant_side_check");
	}

	/**
	 * Runs a statement the database must refuse.
	 * @return the name of the constraint that refused it
	 */
	private static String refusal(ThrowingCallable statement) {
		Throwable refused = catchThrowable(statement);
		assertThat(refused).isInstanceOf(DataIntegrityViolationException.class);
		PSQLException cause = (PSQLException) NestedExceptionUtils.getMostSpecificCause(refused);
		assertThat(cause.getServerErrorMessage()).as("the server's error message").isNotNull();
		return cause.getServerErrorMessage().getConstraint();
	}

}
