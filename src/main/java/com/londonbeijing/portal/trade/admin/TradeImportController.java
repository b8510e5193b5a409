package com.londonbeijing.portal.trade.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.londonbeijing.portal.support.FlashMessage;
import com.londonbeijing.portal.support.NotFoundException;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Importing trade figures from a CSV or Excel file: upload, preview, confirm. The preview
 * is kept in the editor's session under a random token (the parsed rows, never the file)
 * and nothing is stored until the editor confirms.
 */
@Controller
@RequestMapping("/admin/trade/import")
class TradeImportController {

	private static final String SESSION_PREFIX = "tradeImport.";

	private static final String TEMPLATE = "\uFEFF" + String.join(",", TradeImportFile.REQUIRED) + ","
			+ String.join(",", TradeImportFile.OPTIONAL) + "\r\n"
			+ "2022,19.0,60.5,UK trade in goods and services with China,Office for National Statistics,"
			+ "https://www.ons.gov.uk/,2026-11-30,\r\n";

	private final TradeImport imports;

	TradeImportController(TradeImport imports) {
		this.imports = imports;
	}

	@GetMapping
	String showForm(Model model) {
		model.addAttribute("maxMegabytes", TradeImportFile.MAX_BYTES / 1024 / 1024);
		model.addAttribute("maxRows", TradeImportFile.MAX_ROWS);
		model.addAttribute("required", TradeImportFile.REQUIRED);
		model.addAttribute("optional", TradeImportFile.OPTIONAL);
		return "admin/trade/import";
	}

	@GetMapping("/template.csv")
	ResponseEntity<String> template() {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("trade-figures-template.csv").build().toString())
			.body(TEMPLATE);
	}

	@PostMapping
	String upload(@RequestParam(required = false) MultipartFile file, HttpSession session, Model model)
			throws IOException {
		TradeImportPreview preview;
		try {
			if (file == null || file.isEmpty()) {
				throw new TradeImportFile.Refused("trade.import.file.none");
			}
			if (file.getSize() > TradeImportFile.MAX_BYTES) {
				throw new TradeImportFile.Refused("trade.import.file.tooLarge",
						TradeImportFile.MAX_BYTES / 1024 / 1024);
			}
			preview = this.imports.preview(file.getOriginalFilename(), file.getBytes());
		}
		catch (TradeImportFile.Refused ex) {
			model.addAttribute("errorCode", ex.code());
			model.addAttribute("errorArguments", ex.arguments());
			return showForm(model);
		}
		session.setAttribute(SESSION_PREFIX + preview.token(), preview);
		return "redirect:/admin/trade/import/" + preview.token();
	}

	@GetMapping("/{token}")
	String preview(@PathVariable String token, HttpSession session, Model model) {
		model.addAttribute("preview", find(token, session));
		return "admin/trade/import-preview";
	}

	@PostMapping("/{token}")
	String confirm(@PathVariable String token, @RequestParam(required = false) String changeNote,
			@RequestParam(defaultValue = "false") boolean changeNotePublic,
			@RequestParam(required = false) String cancel, HttpSession session, Model model,
			RedirectAttributes redirect) {
		TradeImportPreview preview = find(token, session);
		if (cancel != null) {
			session.removeAttribute(SESSION_PREFIX + token);
			FlashMessage.add(redirect, "trade.import.cancelled");
			return "redirect:/admin/trade";
		}
		if (changeNote != null && changeNote.length() > 500) {
			model.addAttribute("preview", preview);
			model.addAttribute("noteError", true);
			model.addAttribute("changeNote", changeNote);
			return "admin/trade/import-preview";
		}
		try {
			this.imports.apply(preview, changeNote, changeNotePublic);
		}
		catch (TradeImport.ChangedMeanwhileException ex) {
			session.removeAttribute(SESSION_PREFIX + token);
			model.addAttribute("errorCode", "trade.import.changedMeanwhile");
			model.addAttribute("errorArguments", new Object[0]);
			return showForm(model);
		}
		session.removeAttribute(SESSION_PREFIX + token);
		FlashMessage.add(redirect, "trade.import.done", preview.count(TradeImportPreview.Outcome.NEW),
				preview.count(TradeImportPreview.Outcome.CHANGED));
		return "redirect:/admin/trade";
	}

	private static TradeImportPreview find(String token, HttpSession session) {
		if (session.getAttribute(SESSION_PREFIX + token) instanceof TradeImportPreview preview) {
			return preview;
		}
		throw new NotFoundException("Import preview");
	}

}
