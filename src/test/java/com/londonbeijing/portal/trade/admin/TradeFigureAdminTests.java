package com.londonbeijing.portal.trade.admin;

import java.math.BigDecimal;
import java.util.List;

import com.londonbeijing.portal.history.FieldChange;
import com.londonbeijing.portal.history.RevisionEntry;
import com.londonbeijing.portal.support.EditConflictException;
import com.londonbeijing.portal.test.PortalIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PortalIntegrationTest
class TradeFigureAdminTests {

	@Autowired
	TradeFigureAdmin admin;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void removeTestYears() {
		this.jdbc.update("DELETE FROM trade_figure WHERE year BETWEEN 1990 AND 1999");
	}

	@Test
	void savesANewFigureAndChangesToIt() {
		long id = this.admin.save(form(1995, "10.5", "20.25"));

		TradeFigureForm edit = this.admin.form(id);
		edit.setExports(new BigDecimal("11.75"));
		this.admin.publish(edit);

		assertThat(
				this.jdbc.queryForObject("SELECT exports_gbp_bn FROM trade_figure WHERE id = ?", BigDecimal.class, id))
			.isEqualByComparingTo("11.75");
	}

	@Test
	void refusesToOverwriteAnEditSavedMeanwhile() {
		long id = this.admin.save(form(1996, "1", "2"));
		TradeFigureForm mine = this.admin.form(id);
		TradeFigureForm theirs = this.admin.form(id);
		theirs.setImports(new BigDecimal("3"));
		this.admin.publish(theirs);

		mine.setExports(new BigDecimal("9"));

		assertThatThrownBy(() -> this.admin.publish(mine)).isInstanceOf(EditConflictException.class);
		assertThat(this.admin.currentFields(id)).containsEntry("trade.form.imports", "3")
			.containsEntry("trade.form.exports", "1");
	}

	@Test
	void recordsWhoChangedWhichFieldsWithTheNoteAndRestoresOldRevisions() {
		long id = this.admin.save(form(1997, "5", "6"));
		TradeFigureForm edit = this.admin.form(id);
		edit.setExports(new BigDecimal("7.5"));
		edit.setChangeNote("Corrected from the ONS release");
		this.admin.publish(edit);

		List<RevisionEntry> history = this.admin.history(id);

		assertThat(history).hasSize(2);
		RevisionEntry latest = history.get(0);
		assertThat(latest.kind()).isEqualTo(RevisionEntry.Kind.CHANGED);
		assertThat(latest.changeNote()).isEqualTo("Corrected from the ONS release");
		assertThat(latest.username()).isEqualTo("system");
		assertThat(latest.changes()).containsExactly(new FieldChange("trade.form.exports", "5", "7.5"));

		int first = history.get(1).number();
		this.admin.restore(id, first);

		assertThat(this.admin.form(id).getExports()).isEqualByComparingTo("5");
		assertThat(this.admin.history(id)).hasSize(3);
		assertThat(this.admin.history(id).get(0).changes())
			.containsExactly(new FieldChange("trade.form.exports", "7.5", "5"));
	}

	@Test
	void deletedFiguresLeaveTheirHistory() {
		long id = this.admin.save(form(1998, "1", "1"));

		this.admin.delete(id);

		assertThat(this.admin.history(id)).extracting(RevisionEntry::kind)
			.containsExactly(RevisionEntry.Kind.DELETED, RevisionEntry.Kind.CREATED);
	}

	private static TradeFigureForm form(int year, String exports, String imports) {
		TradeFigureForm form = new TradeFigureForm();
		form.setYear(year);
		form.setExports(new BigDecimal(exports));
		form.setImports(new BigDecimal(imports));
		return form;
	}

}
