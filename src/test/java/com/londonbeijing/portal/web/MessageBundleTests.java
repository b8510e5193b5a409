package com.londonbeijing.portal.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every word a visitor or editor reads comes from the message bundles, in English and in
 * Simplified Chinese: the bundles have the same keys, every key the templates and the
 * Java code ask for exists, and no template holds words of its own.
 */
class MessageBundleTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Path SOURCES = Path.of("src/main/java");

	/** Attributes that a visitor reads or hears. */
	private static final List<String> READABLE_ATTRIBUTES = List.of("title", "aria-label", "alt", "placeholder",
			"aria-description", "content", "value");

	/** Content of these is replaced when the template is rendered. */
	private static final List<String> REPLACING_ATTRIBUTES = List.of("th:text", "th:utext");

	private static final Pattern TEMPLATE_KEY = Pattern
		.compile("#\\{\\s*([A-Za-z][\\w.-]*)|#\\{\\s*'([\\w.-]+)'|#messages\\.msg\\w*\\('([\\w.-]+)'");

	private static final Pattern JAVA_CALL = Pattern
		.compile("(?:rejectValue|reject|FlashMessage\\.add)\\(([^;]*)\\)\\s*;");

	private static final Pattern JAVA_LITERAL_KEY = Pattern.compile("\"([a-z][\\w-]*(?:\\.[\\w-]+)+)\"");

	private static final Pattern JAVA_CONSTRAINT_MESSAGE = Pattern.compile("message\\s*=\\s*\"\\{([^}]+)\\}\"");

	private final Properties english = load("messages.properties");

	private final Properties chinese = load("messages_zh_CN.properties");

	@Test
	void bothBundlesHaveTheSameKeys() {
		assertThat(this.chinese.stringPropertyNames())
			.containsExactlyInAnyOrderElementsOf(this.english.stringPropertyNames());
	}

	@Test
	void chineseMessagesAreTranslatedAndValidPatterns() {
		for (String key : this.english.stringPropertyNames()) {
			String zh = this.chinese.getProperty(key);
			assertThat(placeholders(zh)).as(key).isEqualTo(placeholders(this.english.getProperty(key)));
			if (key.startsWith("jakarta.validation.")) {
				continue; // Bean Validation's {value} style, not MessageFormat
			}
			// A pattern that MessageFormat cannot read would show as its key on the page.
			new MessageFormat(zh, Locale.SIMPLIFIED_CHINESE).format(new Object[] { 3, 2, 1 });
			new MessageFormat(this.english.getProperty(key), Locale.UK).format(new Object[] { 3, 2, 1 });
		}
		assertThat(MessageFormat.format(this.chinese.getProperty("caseStudies.count"), 3)).isEqualTo("3项案例研究");
		assertThat(MessageFormat.format(this.chinese.getProperty("pagination.status"), 2, 5)).isEqualTo("第2页，共5页");
	}

	@Test
	void everyKeyTheTemplatesUseExistsInBothBundles() throws IOException {
		Set<String> missing = new TreeSet<>();
		for (Path template : templates()) {
			// Comments hold examples for developers, such as #{admin.things.title}.
			String markup = Files.readString(template).replaceAll("(?s)<!--.*?-->", "");
			Matcher matcher = TEMPLATE_KEY.matcher(markup);
			while (matcher.find()) {
				if (matcher.group(1) != null) {
					missingKey(matcher.group(1), false).ifPresent((m) -> missing.add(template + ": " + m));
				}
				else if (matcher.group(3) != null) {
					missingKey(matcher.group(3), matcher.group(3).endsWith("."))
						.ifPresent((m) -> missing.add(template + ": " + m));
				}
				else {
					missingKey(matcher.group(2), true).ifPresent((m) -> missing.add(template + ": " + m));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void everyMessageCodeTheCodeUsesExistsInBothBundles() throws IOException {
		Set<String> missing = new TreeSet<>();
		int checked = 0;
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path source : files.filter((p) -> p.toString().endsWith(".java")).toList()) {
				String code = Files.readString(source);
				Matcher call = JAVA_CALL.matcher(code);
				while (call.find()) {
					Matcher literal = JAVA_LITERAL_KEY.matcher(call.group(1));
					while (literal.find()) {
						checked++;
						missingKey(literal.group(1), false).ifPresent((m) -> missing.add(source + ": " + m));
					}
				}
				Matcher constraint = JAVA_CONSTRAINT_MESSAGE.matcher(code);
				while (constraint.find()) {
					checked++;
					missingKey(constraint.group(1), false).ifPresent((m) -> missing.add(source + ": " + m));
				}
			}
		}
		assertThat(checked).as("message codes found in the code").isGreaterThan(20);
		assertThat(missing).isEmpty();
	}

	@Test
	void templatesHoldNoWordsOfTheirOwn() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path template : templates()) {
			Document document = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
			for (Node child : document.childNodes()) {
				check(child, template, problems);
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void theCheckFindsWordsOutsideMessages() {
		List<String> problems = new ArrayList<>();
		Document document = Jsoup.parse("""
				<div th:fragment="x"><p th:text="#{a}">Fine</p><p>Hard-coded</p>
				<a href="#" title="Also hard-coded" th:text="#{b}">x</a><span> – </span>
				<ul th:replace="~{other :: list}"><li>Prototype</li></ul></div>
				""", "", Parser.xmlParser());
		check(document.child(0), Path.of("example.html"), problems);
		assertThat(problems).hasSize(2).anyMatch((p) -> p.contains("Hard-coded")).anyMatch((p) -> p.contains("title"));
	}

	private void check(Node node, Path template, List<String> problems) {
		if (node instanceof TextNode text) {
			if (!text.isBlank() && text.text().codePoints().anyMatch(Character::isLetter)) {
				problems.add(template + ": text \"" + text.text().strip() + "\"");
			}
			return;
		}
		if (!(node instanceof Element element)) {
			return; // comments (including Thymeleaf's parser-level ones), doctype
		}
		String name = element.tagName();
		if (name.equals("script") || name.equals("style") || name.equals("title") && element.hasAttr("th:text")) {
			return;
		}
		for (Attribute attribute : element.attributes()) {
			String key = attribute.getKey();
			if (READABLE_ATTRIBUTES.contains(key) && attribute.getValue().codePoints().anyMatch(Character::isLetter)
					&& !element.hasAttr("th:" + key) && !readableValueIsData(element, key)) {
				problems.add(template + ": " + name + " " + key + "=\"" + attribute.getValue() + "\"");
			}
		}
		if (REPLACING_ATTRIBUTES.stream().anyMatch(element::hasAttr)) {
			return;
		}
		if (element.hasAttr("th:replace") || element.hasAttr("th:insert")) {
			// Only the fragments it defines inside are used (e.g. a page's "content").
			for (Element fragment : element.select("[th:fragment]")) {
				if (fragment != element) {
					check(fragment, template, problems);
				}
			}
			return;
		}
		for (Node child : element.childNodes()) {
			check(child, template, problems);
		}
	}

	/**
	 * Values that are data, not words: a form's hidden fields, meta names, radio values.
	 */
	private static boolean readableValueIsData(Element element, String attribute) {
		if (attribute.equals("value")) {
			// A button's value is what the form sends; an input button shows its value.
			return !element.tagName().equals("input")
					|| !Set.of("submit", "button", "reset").contains(element.attr("type"));
		}
		if (attribute.equals("content")) {
			return !element.tagName().equals("meta") || !element.hasAttr("name")
					|| !Set.of("description", "keywords").contains(element.attr("name"));
		}
		return false;
	}

	private java.util.Optional<String> missingKey(String key, boolean prefix) {
		for (Properties bundle : List.of(this.english, this.chinese)) {
			boolean found = prefix ? bundle.stringPropertyNames().stream().anyMatch((k) -> k.startsWith(key))
					: bundle.containsKey(key);
			if (!found) {
				return java.util.Optional.of(key + " (" + ((bundle == this.english) ? "English" : "Chinese") + ")");
			}
		}
		return java.util.Optional.empty();
	}

	private static Set<String> placeholders(String pattern) {
		Set<String> found = new TreeSet<>();
		Matcher matcher = Pattern.compile("\\{(\\d+)").matcher(pattern);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		Matcher named = Pattern.compile("\\{(value|max|min|integer|fraction)}").matcher(pattern);
		while (named.find()) {
			found.add(named.group(1));
		}
		return found;
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter((p) -> p.toString().endsWith(".html")).sorted().toList();
		}
	}

	private static Properties load(String name) {
		Properties properties = new Properties();
		try (InputStream in = MessageBundleTests.class.getClassLoader().getResourceAsStream(name)) {
			properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties;
	}

}
