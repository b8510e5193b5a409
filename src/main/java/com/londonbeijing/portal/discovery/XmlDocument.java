package com.londonbeijing.portal.discovery;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an XML document (a feed, a sitemap) with the JDK's streaming writer, which
 * escapes every text and attribute; characters that XML 1.0 forbids (control characters
 * an editor might have pasted) are dropped, so the document always parses.
 */
final class XmlDocument {

	/** Everything outside XML 1.0's {@code Char} production. */
	private static final Pattern NOT_XML = Pattern
		.compile("[^\\u0009\\u000A\\u000D\\u0020-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");

	private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

	private final StringWriter out = new StringWriter();

	private final XMLStreamWriter xml;

	XmlDocument() {
		try {
			this.xml = FACTORY.createXMLStreamWriter(this.out);
			this.xml.writeStartDocument("UTF-8", "1.0");
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Opens an element in a namespace, declaring it as the default namespace. */
	XmlDocument root(String name, String namespace) {
		return run(() -> {
			this.xml.setDefaultNamespace(namespace);
			this.xml.writeStartElement(namespace, name);
			this.xml.writeDefaultNamespace(namespace);
		});
	}

	/** Declares a prefixed namespace on the element just opened. */
	XmlDocument namespace(String prefix, String namespace) {
		return run(() -> {
			this.xml.setPrefix(prefix, namespace);
			this.xml.writeNamespace(prefix, namespace);
		});
	}

	/** Opens an element in the default namespace. */
	XmlDocument start(String name) {
		return run(() -> this.xml.writeStartElement(name));
	}

	/** Writes an empty element in a namespace declared with {@link #namespace}. */
	XmlDocument empty(String namespace, String name) {
		return run(() -> this.xml.writeEmptyElement(namespace, name));
	}

	/** Writes an empty element in the default namespace. */
	XmlDocument empty(String name) {
		return run(() -> this.xml.writeEmptyElement(name));
	}

	/** Adds an attribute to the element just opened. */
	XmlDocument attribute(String name, String value) {
		return run(() -> this.xml.writeAttribute(name, clean(value)));
	}

	/** Adds an {@code xml:lang}-style attribute in the XML namespace. */
	XmlDocument xmlAttribute(String name, String value) {
		return run(() -> this.xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", name, clean(value)));
	}

	/** Writes text into the element opened last. */
	XmlDocument text(String text) {
		return run(() -> this.xml.writeCharacters(clean(text)));
	}

	/** Writes an element holding only text. */
	XmlDocument element(String name, String text) {
		return run(() -> {
			this.xml.writeStartElement(name);
			this.xml.writeCharacters(clean(text));
			this.xml.writeEndElement();
		});
	}

	/**
	 * Writes an element holding a time in RFC 3339 / W3C format, to the second, in UTC.
	 */
	XmlDocument element(String name, Instant time) {
		return element(name, DateTimeFormatter.ISO_INSTANT.format(time.truncatedTo(ChronoUnit.SECONDS)));
	}

	/** Closes the element opened last. */
	XmlDocument end() {
		return run(this.xml::writeEndElement);
	}

	/** Closes every open element and returns the document. */
	String finish() {
		run(() -> {
			this.xml.writeEndDocument();
			this.xml.close();
		});
		return this.out.toString();
	}

	private static String clean(String text) {
		return (text != null) ? NOT_XML.matcher(text).replaceAll("") : "";
	}

	private XmlDocument run(XmlStep step) {
		try {
			step.run();
			return this;
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@FunctionalInterface
	private interface XmlStep {

		void run() throws XMLStreamException;

	}

}
