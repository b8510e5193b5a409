package com.londonbeijing.portal.test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A page's form as a browser without JavaScript submits it: every field with its current
 * value (hidden ones included, unchecked boxes and buttons left out), to change a few of
 * and send with one of its buttons, as an editor pressing it would.
 */
public final class HtmlForm {

	private final String action;

	private final Map<String, String> fields = new LinkedHashMap<>();

	private HtmlForm(Element form) {
		this.action = form.attr("action");
		for (Element field : form.select("input[name], textarea[name], select[name]")) {
			String type = field.attr("type");
			if (type.equals("submit")
					|| ((type.equals("checkbox") || type.equals("radio")) && !field.hasAttr("checked"))) {
				continue;
			}
			String value = switch (field.tagName()) {
				case "textarea" -> field.wholeText().replaceFirst("^\n", "");
				case "select" -> field.select("option[selected]").stream().findFirst().map(Element::val).orElse("");
				default -> field.val();
			};
			this.fields.put(field.attr("name"), value);
		}
	}

	/** The page's form that posts somewhere (not the search box). */
	public static HtmlForm of(String page) {
		return new HtmlForm(Jsoup.parse(page).selectFirst("main form[method=post]"));
	}

	/** A field's value. */
	public String get(String name) {
		return this.fields.get(name);
	}

	/** Every field with its value, in page order, as a browser would post them. */
	public Map<String, String> fields() {
		return new LinkedHashMap<>(this.fields);
	}

	/** Types a value into a field. */
	public HtmlForm set(String name, String value) {
		this.fields.put(name, value);
		return this;
	}

	/** The names of the fields, in page order, that start with a prefix. */
	public List<String> names(String prefix) {
		return this.fields.keySet().stream().filter((name) -> name.startsWith(prefix)).toList();
	}

	/**
	 * The form sent with a button.
	 * @param button the button's name ({@code action}, {@code edit})
	 * @param value its value ({@code save}, {@code up:benefits:1})
	 * @return the request, to add the signed-in user to
	 */
	public MockHttpServletRequestBuilder press(String button, String value) {
		Map<String, String> sent = new LinkedHashMap<>(this.fields);
		sent.put(button, value);
		return AdminForms.submit(this.action, sent);
	}

}
