package com.londonbeijing.portal.test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import nu.validator.client.EmbeddedValidator;
import org.xml.sax.SAXException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Nu Html Checker (the engine behind the W3C's HTML validator), run in-process and
 * offline: its schemas are inside its jar, and it loads no external entities.
 */
public final class HtmlChecker {

	private HtmlChecker() {
	}

	/**
	 * Checks a complete HTML document.
	 * @param html the document's bytes as served; the checker reads the encoding from its
	 * {@code <meta charset>}, as a browser would
	 * @return the errors, empty for a valid document (warnings and notes are left out)
	 */
	public static List<Message> errors(byte[] html) {
		EmbeddedValidator validator = new EmbeddedValidator();
		validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
		validator.setLoadEntities(false);
		String json;
		try {
			json = validator.validate(new ByteArrayInputStream(html));
		}
		catch (IOException | SAXException ex) {
			throw new IllegalStateException("The Nu Html Checker could not run: " + ex.getMessage(), ex);
		}
		List<Message> errors = new ArrayList<>();
		for (JsonNode message : JsonMapper.shared().readTree(json).path("messages")) {
			String type = message.path("type").asString("");
			if (type.equals("error") || type.equals("non-document-error")) {
				errors.add(new Message(message.path("lastLine").asInt(0), message.path("firstColumn").asInt(0),
						message.path("message").asString(""), message.path("extract").asString("")));
			}
		}
		return errors;
	}

	/**
	 * A human-readable list of errors for a failure message.
	 * @param what what was checked, for example a page's path
	 * @param errors the errors found
	 * @return one paragraph per error with its position and the source around it
	 */
	public static String report(String what, List<Message> errors) {
		StringBuilder report = new StringBuilder().append(what)
			.append(" has ")
			.append(errors.size())
			.append(" HTML error(s) (Nu Html Checker):");
		for (Message error : errors) {
			report.append("\n  line ").append(error.line()).append(", column ").append(error.column());
			report.append(": ").append(error.text());
			if (!error.extract().isBlank()) {
				report.append("\n      ").append(error.extract().replace("\n", "↩"));
			}
		}
		return report.toString();
	}

	/**
	 * One message from the checker.
	 *
	 * @param line the line where the problem ends (as the checker reports it)
	 * @param column the column where the problem starts
	 * @param text what is wrong
	 * @param extract the source around the problem
	 */
	public record Message(int line, int column, String text, String extract) {

	}

}
