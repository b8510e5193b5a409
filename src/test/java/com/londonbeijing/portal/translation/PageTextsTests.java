package com.londonbeijing.portal.translation;

import java.net.http.HttpResponse;
import java.util.List;

import com.londonbeijing.portal.database.ContentVersion;
import com.londonbeijing.portal.test.PortalIntegrationTest;
import com.londonbeijing.portal.test.StatementWatch;
import com.londonbeijing.portal.test.StatementWatch.Phase;
import com.londonbeijing.portal.test.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages get every text from their controller's model: the Chinese of what a page shows is
 * read before the page renders, in a read-only transaction (so from the read replica
 * where there is one), one query per kind of item; templates run no query at all.
 */
@PortalIntegrationTest
@Import(StatementWatch.class)
class PageTextsTests {

	@LocalServerPort
	int port;

	@Autowired
	StatementWatch watch;

	@Autowired
	ContentVersion contentVersion;

	@ParameterizedTest
	@MethodSource("com.londonbeijing.portal.test.PublicPages#paths")
	void noTemplateRunsAQuery(String path) {
		List<StatementWatch.Statement> statements = statementsFor(path);

		// Spring Session stores a sign-in form's session when the response is committed,
		// which may happen while the page renders; that is no template's doing.
		assertThat(statements).filteredOn((statement) -> statement.phase() == Phase.RENDERING)
			.filteredOn((statement) -> !statement.sql().contains("SPRING_SESSION"))
			.as("statements while rendering " + path)
			.isEmpty();
	}

	@Test
	void theWatchSeesTheStatementsOfAPage() {
		assertThat(statementsFor("/zh/areas")).as("positive control: the page's own reads")
			.anyMatch((statement) -> statement.phase() == Phase.HANDLING && statement.readsTranslations());
	}

	@ParameterizedTest
	@CsvSource({ "/zh, 4", "/zh/areas, 1", "/zh/areas/trade-and-investment, 4", "/zh/areas/education-and-research, 1",
			"/zh/case-studies, 2", "/zh/case-studies/london-shanghai-cooperation, 2", "/zh/meetings, 2",
			"/zh/meetings/2024-10-18-wang-yi-david-lammy, 3" })
	void chinesePagesReadTheirTextsInOneReadOnlyQueryPerKind(String path, int kinds) {
		List<StatementWatch.Statement> translations = statementsFor(path).stream()
			.filter(StatementWatch.Statement::readsTranslations)
			.toList();

		assertThat(translations).as("translation reads of " + path).hasSize(kinds);
		assertThat(translations).allMatch(StatementWatch.Statement::readOnly, "in a read-only transaction");
	}

	@ParameterizedTest
	@CsvSource({ "/", "/areas", "/areas/education-and-research", "/case-studies",
			"/case-studies/london-shanghai-cooperation", "/meetings", "/meetings/2024-10-18-wang-yi-david-lammy" })
	void englishPagesReadNoTranslations(String path) {
		assertThat(statementsFor(path)).as("statements of " + path)
			.isNotEmpty()
			.noneMatch(StatementWatch.Statement::readsTranslations);
	}

	private List<StatementWatch.Statement> statementsFor(String path) {
		this.contentVersion.changed(); // rendered afresh, not from the page cache
		this.watch.clear();
		HttpResponse<String> response = new WebClient(this.port).get(path);
		assertThat(response.statusCode()).as(path).isIn(200, 404);
		return this.watch.statements();
	}

}
