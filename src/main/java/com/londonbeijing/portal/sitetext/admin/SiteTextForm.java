package com.londonbeijing.portal.sitetext.admin;

import java.util.LinkedHashMap;
import java.util.Map;

import com.londonbeijing.portal.sitetext.SiteText;
import jakarta.validation.constraints.Size;

/**
 * What an editor types for one of the site's free-standing texts.
 */
public class SiteTextForm {

	private String key;

	private Long version;

	@Size(max = 200)
	private String title;

	@Size(max = 100000)
	private String body;

	@Size(max = 500)
	private String changeNote;

	static SiteTextForm of(SiteText text) {
		SiteTextForm form = new SiteTextForm();
		form.key = text.getKey();
		form.version = text.getVersion();
		form.title = text.getTitle();
		form.body = text.getBody();
		return form;
	}

	void applyTo(SiteText text) {
		text.setTitle(blankToNull(this.title));
		text.setBody(blankToNull(this.body));
	}

	Map<String, String> fields() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("admin.texts.form.title", this.title);
		fields.put("admin.form.body", this.body);
		return fields;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	public String getKey() {
		return this.key;
	}

	public void setKey(String key) {
		this.key = key;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public String getChangeNote() {
		return this.changeNote;
	}

	public void setChangeNote(String changeNote) {
		this.changeNote = changeNote;
	}

}
