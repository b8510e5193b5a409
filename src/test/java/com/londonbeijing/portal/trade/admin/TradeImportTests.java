package com.londonbeijing.portal.trade.admin;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.londonbeijing.portal.test.PortalIntegrationTest;
import com.londonbeijing.portal.trade.admin.TradeImportPreview.Outcome;
import com.londonbeijing.portal.trade.admin.TradeImportPreview.Row;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Importing figures from a file: the preview says what each row would do and stores
 * nothing; confirming stores the new and changed rows at once, with revisions and one new
 * version. Uses the years 1992–1994, which the seed does not have.
 */
@PortalIntegrationTest
class TradeImportTests {

	private static final String HEADER = "year,uk_exports_to_china_gbp_bn,uk_imports_from_china_gbp_bn,source_title\r\n";

	@Autowired
	TradeImport imports;

	@Autowired
	TradeFigureAdmin admin;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void removeTestYears() {
		this.jdbc.update("DELETE FROM trade_figure WHERE year BETWEEN 1992 AND 1994");
		this.jdbc.update("DELETE FROM trade_revision WHERE year BETWEEN 1992 AND 1994");
	}

	@Test
	void previewListsChangedNewUnchangedAndRefusedRowsAndStoresNothing() throws Exception {
		this.admin.save(form(1992, "10", "20"));
		this.admin.save(form(1994, "1", "2"));
		int version = currentVersion();

		TradeImportPreview preview = this.imports.preview("figures.csv",
				csv(HEADER + "1992,12.5,20,\r\n" + "1993,5.25,6,New source\r\n" + "1994,1.00,2.0,\r\n"
						+ "1995,27;5,5,x\r\n" + "1993,1,1,\r\n" + "1996,1.234,1,\r\n" + "2999,1,1,\r\n"
						+ "1997,-1,1,\r\n"));

		assertThat(preview.rows()).extracting(Row::outcome)
			.containsExactly(Outcome.CHANGED, Outcome.NEW, Outcome.UNCHANGED, Outcome.REFUSED, Outcome.REFUSED,
					Outcome.REFUSED, Outcome.REFUSED, Outcome.REFUSED);
		Row changed = preview.rows().get(0);
		assertThat(changed.oldExports()).isEqualByComparingTo("10");
		assertThat(changed.exports()).isEqualByComparingTo("12.5");
		assertThat(changed.exportsChanged()).isTrue();
		assertThat(changed.importsChanged()).isFalse();
		assertThat(preview.rows().subList(3, 8)).extracting(Row::reason)
			.containsExactly("trade.import.refused.number", "trade.import.refused.duplicate",
					"trade.import.refused.decimals", "trade.import.refused.year", "trade.import.refused.range");
		assertThat(preview.rows().get(4).argument()).isEqualTo("3");
		assertThat(exports(1992)).isEqualByComparingTo("10");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM trade_figure WHERE year = 1993", Integer.class))
			.isZero();
		assertThat(currentVersion()).isEqualTo(version);
	}

	@Test
	void confirmingStoresNewAndChangedRowsInOneVersionWithTheNote() throws Exception {
		this.admin.save(form(1992, "10", "20"));
		int version = currentVersion();
		TradeImportPreview preview = this.imports.preview("figures.csv",
				csv(HEADER + "1992,12.5,20,\r\n1993,5.25,6,New source\r\n1994,x,1,\r\n"));

		this.imports.apply(preview, "ONS revision", true);

		assertThat(exports(1992)).isEqualByComparingTo("12.5");
		assertThat(exports(1993)).isEqualByComparingTo("5.25");
		assertThat(this.jdbc.queryForObject("SELECT source_title FROM trade_figure WHERE year = 1993", String.class))
			.isEqualTo("New source");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM trade_figure WHERE year = 1994", Integer.class))
			.isZero();
		assertThat(currentVersion()).isEqualTo(version + 1);
		assertThat(this.jdbc.queryForList("SELECT series || ' ' || old_value || ' ' || new_value || ' ' || note"
				+ " FROM trade_revision WHERE year = 1992", String.class))
			.containsExactly("EXPORTS 10.00 12.50 ONS revision");
	}

	@Test
	void confirmingAfterSomeoneChangedTheFiguresStoresNothing() throws Exception {
		long id = this.admin.save(form(1992, "10", "20"));
		TradeImportPreview preview = this.imports.preview("figures.csv",
				csv(HEADER + "1992,12.5,20,\r\n1993,1,1,\r\n"));
		TradeFigureForm edit = this.admin.form(id);
		edit.setExports(new BigDecimal("11"));
		this.admin.publish(edit);

		assertThatThrownBy(() -> this.imports.apply(preview, null, false))
			.isInstanceOf(TradeImport.ChangedMeanwhileException.class);
		assertThat(exports(1992)).isEqualByComparingTo("11");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM trade_figure WHERE year = 1993", Integer.class))
			.isZero();
	}

	@Test
	void readsExcelFilesAndRefusesRowsWithFormulas() throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (Workbook workbook = new Workbook(bytes, "test", "1.0")) {
			Worksheet sheet = workbook.newWorksheet("Figures");
			List<String> header = List.of("year", "uk_exports_to_china_gbp_bn", "uk_imports_from_china_gbp_bn");
			for (int i = 0; i < header.size(); i++) {
				sheet.value(0, i, header.get(i));
			}
			sheet.value(1, 0, 1993);
			sheet.value(1, 1, 5.25);
			sheet.value(1, 2, 6);
			sheet.value(2, 0, 1994);
			sheet.formula(2, 1, "1+1");
			sheet.value(2, 2, 1);
		}

		TradeImportPreview preview = this.imports.preview("figures.xlsx", bytes.toByteArray());

		assertThat(preview.rows()).extracting(Row::outcome).containsExactly(Outcome.NEW, Outcome.REFUSED);
		assertThat(preview.rows().get(0).exports()).isEqualByComparingTo("5.25");
		assertThat(preview.rows().get(1).reason()).isEqualTo("trade.import.refused.formula");
	}

	@Test
	void refusesFilesThatAreNotSpreadsheetsOrLackAColumn() {
		assertThatThrownBy(() -> this.imports.preview("x.png", new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0 }))
			.hasMessage("trade.import.file.notSpreadsheet");
		assertThatThrownBy(() -> this.imports.preview("x.csv", csv("year,uk_exports_to_china_gbp_bn\r\n2020,1\r\n")))
			.hasMessage("trade.import.file.missingColumn");
		assertThatThrownBy(() -> this.imports.preview("x.csv", new byte[0])).hasMessage("trade.import.file.empty");
		assertThatThrownBy(() -> this.imports.preview("x.xlsx", new byte[] { 'P', 'K', 3, 4, 1, 2 }))
			.hasMessage("trade.import.file.badXlsx");
	}

	private int currentVersion() {
		return this.jdbc.queryForObject("SELECT max(number) FROM trade_dataset_version", Integer.class);
	}

	private BigDecimal exports(int year) {
		return this.jdbc.queryForObject("SELECT exports_gbp_bn FROM trade_figure WHERE year = ?", BigDecimal.class,
				year);
	}

	private static byte[] csv(String text) {
		return ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
	}

	private static TradeFigureForm form(int year, String exports, String imports) {
		TradeFigureForm form = new TradeFigureForm();
		form.setYear(year);
		form.setExports(new BigDecimal(exports));
		form.setImports(new BigDecimal(imports));
		return form;
	}

}
