package com.londonbeijing.portal.trade.admin;

import java.math.BigDecimal;
import java.util.List;

import com.londonbeijing.portal.test.AdminControllerSlice;
import com.londonbeijing.portal.trade.admin.TradeImportPreview.Outcome;
import com.londonbeijing.portal.trade.admin.TradeImportPreview.Row;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The trade import's upload, preview and confirm steps with the import mocked: missing,
 * oversized and unreadable files are refused on the form with a message, the preview
 * lives only in the uploading session under its token, an over-long note is shown again,
 * and nothing is stored unless an editor confirms with the form's CSRF token.
 */
@WithMockUser(roles = "EDITOR")
@AdminControllerSlice(TradeImportController.class)
class TradeImportControllerSliceTests {

	private static final String TOKEN = "0123456789abcdef";

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	TradeImport imports;

	@Test
	void theUploadFormSaysWhatTheFileMayHold() {
		MvcTestResult result = this.mvc.get().uri("/admin/trade/import").exchange();

		assertThat(result).hasStatusOk().hasViewName("admin/trade/import");
		assertThat(result).model()
			.containsEntry("maxMegabytes", 1)
			.containsEntry("maxRows", 500)
			.doesNotContainKey("errorCode");
	}

	@Test
	void theTemplateIsACsvDownloadWithTheRequiredColumns() {
		MvcTestResult result = this.mvc.get().uri("/admin/trade/import/template.csv").exchange();

		assertThat(result).hasStatusOk().hasContentType("text/csv;charset=UTF-8");
		assertThat(result).headers()
			.hasValue("Content-Disposition", "attachment; filename=\"trade-figures-template.csv\"");
		assertThat(result).bodyText().startsWith("\uFEFF" + String.join(",", TradeImportFile.REQUIRED));
	}

	@Test
	void anUploadWithoutAFileIsRefusedOnTheForm() {
		MvcTestResult result = this.mvc.post().with(csrf()).uri("/admin/trade/import").multipart().exchange();

		assertThat(result).hasStatusOk().hasViewName("admin/trade/import");
		assertThat(result).model().containsEntry("errorCode", "trade.import.file.none");
		assertThat(result).bodyText().contains("error-summary");
		then(this.imports).shouldHaveNoInteractions();
	}

	@Test
	void aFileOverTheLimitIsRefusedWithoutBeingRead() {
		byte[] content = new byte[TradeImportFile.MAX_BYTES + 1];

		MvcTestResult result = this.mvc.post()
			.with(csrf())
			.uri("/admin/trade/import")
			.multipart()
			.file(new MockMultipartFile("file", "big.csv", "text/csv", content))
			.exchange();

		assertThat(result).hasStatusOk().hasViewName("admin/trade/import");
		assertThat(result).model().containsEntry("errorCode", "trade.import.file.tooLarge");
		then(this.imports).shouldHaveNoInteractions();
	}

	@Test
	void anUnreadableFileIsRefusedOnTheFormWithTheImportsReason() throws Exception {
		given(this.imports.preview(anyString(), any()))
			.willThrow(new TradeImportFile.Refused("trade.import.file.notSpreadsheet"));

		MvcTestResult result = this.mvc.post()
			.with(csrf())
			.uri("/admin/trade/import")
			.multipart()
			.file(new MockMultipartFile("file", "<img src=x onerror=alert(1)>.csv", "text/csv", new byte[] { 0, 1, 2 }))
			.exchange();

		assertThat(result).hasStatusOk().hasViewName("admin/trade/import");
		assertThat(result).model().containsEntry("errorCode", "trade.import.file.notSpreadsheet");
		assertThat(result).bodyText().doesNotContain("<img src=x");
	}

	@Test
	void aReadableFileIsPreviewedInTheUploadingSessionOnly() throws Exception {
		given(this.imports.preview(eq("figures.csv"), any())).willReturn(preview());
		MockHttpSession session = new MockHttpSession();

		MvcTestResult upload = this.mvc.post()
			.with(csrf())
			.uri("/admin/trade/import")
			.multipart()
			.file(new MockMultipartFile("file", "figures.csv", "text/csv", "year,exports,imports\n".getBytes()))
			.session(session)
			.exchange();

		assertThat(upload).hasStatus3xxRedirection().hasRedirectedUrl("/admin/trade/import/" + TOKEN);
		MvcTestResult shown = this.mvc.get().uri("/admin/trade/import/" + TOKEN).session(session).exchange();
		assertThat(shown).hasStatusOk().hasViewName("admin/trade/import-preview");
		assertThat(shown).bodyText().contains("figures.csv").contains("2023");
		assertThat(this.mvc.get().uri("/admin/trade/import/" + TOKEN)).hasStatus(404);
		then(this.imports).should(never()).apply(any(), any(), anyBoolean());
	}

	@Test
	void anUnknownOrHostileTokenIsNotFound() {
		assertThat(this.mvc.get().uri("/admin/trade/import/{token}", "nope").session(withPreview())).hasStatus(404);
		assertThat(this.mvc.get().uri("/admin/trade/import/{token}", "<script>\u0007").session(withPreview()))
			.hasStatus(404);
		assertThat(this.mvc.post().with(csrf()).uri("/admin/trade/import/{token}", "nope").session(withPreview()))
			.hasStatus(404);
	}

	@Test
	void confirmingAppliesThePreviewWithItsNoteAndForgetsIt() {
		MockHttpSession session = withPreview();

		MvcTestResult result = this.mvc.post()
			.with(csrf())
			.uri("/admin/trade/import/" + TOKEN)
			.param("changeNote", "2023 figures")
			.param("changeNotePublic", "true")
			.session(session)
			.exchange();

		assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/admin/trade");
		then(this.imports).should().apply(preview(), "2023 figures", true);
		assertThat(session.getAttribute("tradeImport." + TOKEN)).isNull();
	}

	@Test
	void anOverlongNoteIsShownAgainAndNothingIsApplied() {
		MockHttpSession session = withPreview();

		MvcTestResult result = this.mvc.post()
			.with(csrf())
			.uri("/admin/trade/import/" + TOKEN)
			.param("changeNote", "x".repeat(501))
			.session(session)
			.exchange();

		assertThat(result).hasStatusOk().hasViewName("admin/trade/import-preview");
		assertThat(result).model().containsEntry("noteError", true).containsEntry("changeNote", "x".repeat(501));
		assertThat(result).bodyText().contains("changeNote-error");
		assertThat(session.getAttribute("tradeImport." + TOKEN)).isNotNull();
		then(this.imports).should(never()).apply(any(), any(), anyBoolean());
	}

	@Test
	void aMalformedCheckboxValueIsABadRequestAndNothingIsApplied() {
		MvcTestResult result = this.mvc.post()
			.with(csrf())
			.uri("/admin/trade/import/" + TOKEN)
			.param("changeNotePublic", "perhaps")
			.session(withPreview())
			.exchange();

		assertThat(result).hasStatus(400);
		then(this.imports).should(never()).apply(any(), any(), anyBoolean());
	}

	@Test
	void cancellingForgetsThePreviewAndStoresNothing() {
		MockHttpSession session = withPreview();

		MvcTestResult result = this.mvc.post()
			.with(csrf())
			.uri("/admin/trade/import/" + TOKEN)
			.param("cancel", "")
			.session(session)
			.exchange();

		assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/admin/trade");
		assertThat(session.getAttribute("tradeImport." + TOKEN)).isNull();
		then(this.imports).should(never()).apply(any(), any(), anyBoolean());
	}

	@Test
	void figuresChangedMeanwhileSendTheEditorBackToTheUploadWithAMessage() {
		willThrow(new TradeImport.ChangedMeanwhileException()).given(this.imports).apply(any(), any(), anyBoolean());

		MvcTestResult result = this.mvc.post()
			.with(csrf())
			.uri("/admin/trade/import/" + TOKEN)
			.session(withPreview())
			.exchange();

		assertThat(result).hasStatusOk().hasViewName("admin/trade/import");
		assertThat(result).model().containsEntry("errorCode", "trade.import.changedMeanwhile");
	}

	@Test
	@WithAnonymousUser
	void visitorsAreSentToSignIn() {
		MvcTestResult result = this.mvc.get().uri("/admin/trade/import").exchange();

		assertThat(result).hasStatus(302);
		assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
	}

	@Test
	@WithMockUser(roles = "VISITOR")
	void anAccountWithoutTheEditorRoleIsRefused() {
		assertThat(this.mvc.get().uri("/admin/trade/import")).hasStatus(403);
		assertThat(this.mvc.post().with(csrf()).uri("/admin/trade/import/" + TOKEN).session(withPreview()))
			.hasStatus(403);
		then(this.imports).shouldHaveNoInteractions();
	}

	@Test
	void postsWithoutTheCsrfTokenAreRefused() {
		assertThat(this.mvc.post()
			.uri("/admin/trade/import")
			.multipart()
			.file(new MockMultipartFile("file", "figures.csv", "text/csv", new byte[] { 1 }))).hasStatus(403);
		assertThat(this.mvc.post().uri("/admin/trade/import/" + TOKEN).session(withPreview())).hasStatus(403);
		then(this.imports).shouldHaveNoInteractions();
	}

	private static TradeImportPreview preview() {
		Row row = new Row(2, 2023, new BigDecimal("20.5"), new BigDecimal("61.0"), null, Outcome.NEW, null, null, null,
				null);
		return new TradeImportPreview(TOKEN, "figures.csv", List.of(row));
	}

	private static MockHttpSession withPreview() {
		MockHttpSession session = new MockHttpSession();
		session.setAttribute("tradeImport." + TOKEN, preview());
		return session;
	}

}
