package com.londonbeijing.portal.trade.admin;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.londonbeijing.portal.account.AccountService;
import com.londonbeijing.portal.account.Role;
import com.londonbeijing.portal.test.PortalIntegrationTest;
import com.londonbeijing.portal.test.TestAccounts;
import com.londonbeijing.portal.test.WebSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import as an editor uses it over HTTP: upload, the preview page, confirm; and the
 * messages for files that cannot be imported. Uses the years 1992–1993.
 */
@PortalIntegrationTest
class TradeImportPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountService accountService;

	@Autowired
	JdbcClient jdbcClient;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TradeFigureAdmin admin;

	TestAccounts accounts;

	WebSession editor;

	@BeforeEach
	void signIn() {
		this.accounts = new TestAccounts(this.accountService, this.jdbcClient);
		this.editor = new WebSession(this.port);
		this.accounts.address(this.editor.address());
		this.editor.signIn(this.accounts.create("importer", Role.EDITOR).getUsername(), TestAccounts.PASSWORD);
	}

	@AfterEach
	void deleteTestData() {
		this.accounts.deleteAll();
		this.jdbc.update("DELETE FROM trade_figure WHERE year BETWEEN 1992 AND 1993");
		this.jdbc.update("DELETE FROM trade_revision WHERE year BETWEEN 1992 AND 1993");
	}

	@Test
	void editorPreviewsAndConfirmsAnImport() {
		TradeFigureForm form = new TradeFigureForm();
		form.setYear(1992);
		form.setExports(new BigDecimal("10"));
		form.setImports(new BigDecimal("20"));
		this.admin.save(form);
		this.editor.get("/admin/trade/import");

		HttpResponse<String> upload = this.editor.postFile("/admin/trade/import", "file", "figures.csv",
				("year,uk_exports_to_china_gbp_bn,uk_imports_from_china_gbp_bn\r\n1992,12.5,20\r\n1993,1,2\r\n"
						+ "1994,abc,1\r\n")
					.getBytes(StandardCharsets.UTF_8));

		assertThat(upload.statusCode()).isEqualTo(302);
		String preview = WebSession.location(upload);
		assertThat(preview).startsWith("/admin/trade/import/");
		Document page = Jsoup.parse(this.editor.get(preview).body());
		assertThat(page.select(".import-row--changed td").eachText()).containsExactly("1992", "Changed", "10 → 12.5",
				"20");
		assertThat(page.select(".import-row--new td").eachText()).containsExactly("1993", "New", "1", "2");
		assertThat(page.select(".import-row--refused td").get(1).text()).isEqualTo(
				"Refused: uk_exports_to_china_gbp_bn is not a number (use a full stop for decimals, no separators)");
		assertThat(exports(1992)).isEqualByComparingTo("10");

		HttpResponse<String> confirm = this.editor.post(preview, Map.of("changeNote", "ONS revision"));

		assertThat(WebSession.location(confirm)).isEqualTo("/admin/trade");
		assertThat(exports(1992)).isEqualByComparingTo("12.5");
		assertThat(exports(1993)).isEqualByComparingTo("1");
		assertThat(this.editor.get(preview).statusCode()).isEqualTo(404);
	}

	@Test
	void aFileThatIsNotASpreadsheetGetsAMessageOnTheForm() {
		this.editor.get("/admin/trade/import");

		HttpResponse<String> response = this.editor.postFile("/admin/trade/import", "file", "photo.png",
				new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 1, 2 });

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(response.body()).select(".error-summary li").text())
			.isEqualTo("The file must be a CSV (UTF-8, comma-separated) or an Excel .xlsx file");
	}

	@Test
	void aFileOverTheLimitGetsAMessageOnTheForm() {
		this.editor.get("/admin/trade/import");

		HttpResponse<String> response = this.editor.postFile("/admin/trade/import", "file", "big.csv",
				new byte[TradeImportFile.MAX_BYTES + 10]);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(response.body()).select(".error-summary li").text())
			.isEqualTo("The file must be smaller than 1 MB");
	}

	@Test
	void templateNamesTheDocumentedColumns() {
		HttpResponse<String> template = this.editor.get("/admin/trade/import/template.csv");

		assertThat(template.body()).startsWith("\uFEFFyear,uk_exports_to_china_gbp_bn,uk_imports_from_china_gbp_bn,"
				+ "source_title,source_publisher,source_url,source_retrieved_on,notes\r\n");
	}

	private BigDecimal exports(int year) {
		return this.jdbc.queryForObject("SELECT exports_gbp_bn FROM trade_figure WHERE year = ?", BigDecimal.class,
				year);
	}

}
