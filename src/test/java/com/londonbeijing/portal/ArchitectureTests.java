package com.londonbeijing.portal;

import java.io.IOException;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rules of the code's shape that no single test of behaviour would notice breaking.
 */
class ArchitectureTests {

	/**
	 * The collections of {@code List.of}, {@code Map.of},
	 * {@code Collections.unmodifiable…}.
	 */
	private static final Pattern UNMODIFIABLE = Pattern
		.compile("java\\.util\\.(ImmutableCollections|Collections\\$(Unmodifiable|Empty|Singleton))");

	/**
	 * No class keeps state in a static field, where every application context in the JVM
	 * (two instances in one test run, say) would share it: state belongs to a bean. A
	 * static field is state when it is not final, or holds what is there to be changed:
	 * an array, an atomic value or counter, a collection or map that can be modified.
	 * Constants of other types (strings, patterns, loggers, unmodifiable collections,
	 * thread-safe helpers such as a {@code SecureRandom}) are fine. A {@link ThreadLocal}
	 * is not shared: it carries a value within one request's thread, cleared when the
	 * request's work ends ({@code history/ChangeNote}).
	 */
	@Test
	void noStaticFieldHoldsMutableState() throws Exception {
		List<String> mutable = new ArrayList<>();
		for (Class<?> type : mainClasses()) {
			for (Field field : type.getDeclaredFields()) {
				if (!Modifier.isStatic(field.getModifiers()) || field.isSynthetic() || field.isEnumConstant()) {
					continue;
				}
				String name = type.getName() + "." + field.getName();
				if (!Modifier.isFinal(field.getModifiers())) {
					mutable.add(name + " is not final");
					continue;
				}
				field.setAccessible(true);
				Object value = field.get(null);
				if (value != null && isChangeable(value)) {
					mutable.add(name + " holds a " + value.getClass().getName());
				}
			}
		}
		assertThat(mutable).as("static fields holding mutable state").isEmpty();
	}

	private static boolean isChangeable(Object value) {
		if (value.getClass().isArray()) {
			return Array.getLength(value) > 0;
		}
		if (value instanceof Collection<?> || value instanceof Map<?, ?>) {
			return !UNMODIFIABLE.matcher(value.getClass().getName()).lookingAt();
		}
		return value.getClass().getPackageName().equals("java.util.concurrent.atomic");
	}

	/** Every class compiled from {@code src/main/java}, nested and anonymous ones too. */
	static List<Class<?>> mainClasses() throws IOException, URISyntaxException, ClassNotFoundException {
		Path root = Path.of(PortalApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		List<Class<?>> classes = new ArrayList<>();
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".class")).toList()) {
				String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
				if (name.startsWith("com.londonbeijing.portal.") && !name.contains("__")) {
					classes.add(Class.forName(name, false, ArchitectureTests.class.getClassLoader()));
				}
			}
		}
		assertThat(classes).as("classes of src/main/java").hasSizeGreaterThan(100);
		return classes;
	}

}
