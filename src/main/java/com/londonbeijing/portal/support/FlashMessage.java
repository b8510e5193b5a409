package com.londonbeijing.portal.support;

import java.io.Serializable;
import java.util.Arrays;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A message shown once, on the page a successful POST redirects to (POST-redirect-GET).
 * Both layouts show it in a {@code role="status"} box. It holds a message code and
 * arguments rather than text, so the page renders it in the visitor's language.
 *
 * @param code the message code in {@code messages.properties}
 * @param arguments the message's arguments, as text
 */
public record FlashMessage(String code, String[] arguments) implements Serializable {

	/** The model attribute (and flash attribute) the layouts read. */
	public static final String ATTRIBUTE = "flash";

	/**
	 * Adds a flash message for the page the controller redirects to.
	 * @param redirect the handler's redirect attributes
	 * @param code the message code
	 * @param arguments the message's arguments (shown escaped, like all text)
	 */
	public static void add(RedirectAttributes redirect, String code, Object... arguments) {
		String[] text = Arrays.stream(arguments).map(String::valueOf).toArray(String[]::new);
		redirect.addFlashAttribute(ATTRIBUTE, new FlashMessage(code, text));
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof FlashMessage that && this.code.equals(that.code)
				&& Arrays.equals(this.arguments, that.arguments);
	}

	@Override
	public int hashCode() {
		return 31 * this.code.hashCode() + Arrays.hashCode(this.arguments);
	}

	@Override
	public String toString() {
		return "FlashMessage[" + this.code + ", " + Arrays.toString(this.arguments) + "]";
	}

}
