package com.londonbeijing.portal.editing;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/**
 * What an editor may leave at the address of a page they delete, on its delete page: a
 * note and a link to a replacement, which the 410 page then shows. Kinds without pages of
 * their own have none of it.
 */
public class DeletionForm {

	/** A site path: starts with one slash, nothing that would lead to another host. */
	private static final Pattern SITE_PATH = Pattern.compile("/(?![/\\\\])[A-Za-z0-9\\-._~!$&'()*+,;=:@/%?#]*");

	@Size(max = 1000)
	private String note;

	@Size(max = 1000)
	private String noteZh;

	@Size(max = 500)
	private String link;

	/**
	 * Rejects a link that is neither a path on this site nor an https address (such as
	 * {@code javascript:…}, {@code //other.example} or text with spaces).
	 * @param errors where the error goes, on field {@code link}
	 */
	void check(Errors errors) {
		String link = link();
		if (link != null && !errors.hasFieldErrors("link") && !isUsable(link)) {
			errors.rejectValue("link", "admin.delete.gone.link.invalid");
		}
	}

	static boolean isUsable(String link) {
		if (link.startsWith("/")) {
			return SITE_PATH.matcher(link).matches() && !link.contains("\\");
		}
		if (!link.regionMatches(true, 0, "https://", 0, 8)) {
			return false;
		}
		try {
			URI uri = new URI(link);
			return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null && uri.getRawUserInfo() == null;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/** The note as stored: stripped, {@code null} if empty. */
	public String note() {
		return blankToNull(this.note);
	}

	/** The Chinese note as stored. */
	public String noteZh() {
		return blankToNull(this.noteZh);
	}

	/** The link as stored. */
	public String link() {
		return blankToNull(this.link);
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public String getNoteZh() {
		return this.noteZh;
	}

	public void setNoteZh(String noteZh) {
		this.noteZh = noteZh;
	}

	public String getLink() {
		return this.link;
	}

	public void setLink(String link) {
		this.link = link;
	}

}
