package com.londonbeijing.portal.sitetext.admin;

import java.util.LinkedHashMap;
import java.util.Map;

import com.londonbeijing.portal.editing.AbstractContentForm;
import com.londonbeijing.portal.sitetext.SiteText;
import jakarta.validation.constraints.Size;

/**
 * What an editor types for one of the site's free-standing texts; its id is the text's
 * key.
 */
public class SiteTextForm extends AbstractContentForm<SiteText, String> {

	@Size(max = 200)
	private String title;

	@Size(max = 100000)
	private String body;

	static SiteTextForm of(SiteText text) {
		SiteTextForm form = new SiteTextForm();
		form.setId(text.getKey());
		form.setVersion(text.getVersion());
		form.title = text.getTitle();
		form.body = text.getBody();
		return form;
	}

	@Override
	public void applyTo(SiteText text) {
		text.setTitle(blankToNull(this.title));
		text.setBody(blankToNull(this.body));
	}

	@Override
	public Map<String, String> fields() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("admin.texts.form.title", this.title);
		fields.put("admin.form.body", this.body);
		return fields;
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

}
