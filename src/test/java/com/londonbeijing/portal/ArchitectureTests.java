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
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rules of the code's shape that no single test of behaviour would notice breaking.
 */
class ArchitectureTests {

	/** A class of the portal named in code or in a string: its package, then its name. */
	private static final Pattern PORTAL_CLASS = Pattern
		.compile("\\bcom\\.londonbeijing\\.portal\\.((?:[a-z]\\w*\\.)*)[A-Z]");

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

	/**
	 * Dependencies point down: no package imports one that imports it back, except the
	 * area page's own (an area lists its case studies and meetings, which are tagged with
	 * areas), which is the domain's shape. A fully qualified class name in a string (a
	 * {@code select new ...} in a query) counts as an import.
	 */
	@Test
	void noTwoPackagesImportEachOtherButTheAreaPagesOwn() throws IOException {
		Map<String, Set<String>> imports = packageImports();
		Set<String> mutual = new TreeSet<>();
		imports.forEach((from, targets) -> targets.stream()
			.filter((to) -> imports.getOrDefault(to, Set.of()).contains(from) && from.compareTo(to) < 0)
			.forEach((to) -> mutual.add(from + " <-> " + to)));

		assertThat(mutual).containsExactlyInAnyOrder("area <-> casestudy", "area <-> meeting");
	}

	/**
	 * Shared infrastructure lives below everything that uses it: the database room knows
	 * no feature, the web or security; security knows nothing of the web layer; public
	 * code never imports admin code.
	 */
	@Test
	void sharedRoomsAndPublicCodeImportNothingAboveThem() throws IOException {
		Map<String, Set<String>> imports = packageImports();

		assertThat(imports.getOrDefault("database", Set.of())).as("what database imports").allMatch(String::isEmpty);
		assertThat(imports.getOrDefault("security", Set.of())).as("what security imports")
			.noneMatch((target) -> target.equals("web") || target.startsWith("web."));
		imports.forEach((from, targets) -> {
			if (!isAdmin(from)) {
				assertThat(targets).as("admin packages that %s imports", from).noneMatch(ArchitectureTests::isAdmin);
			}
		});
	}

	private static boolean isAdmin(String packageName) {
		return packageName.equals("admin") || packageName.endsWith(".admin");
	}

	/**
	 * For each package of {@code src/main/java} (relative to the root package, which is
	 * {@code ""}), the other packages of the portal that its files name.
	 */
	private static Map<String, Set<String>> packageImports() throws IOException {
		Path sources = Path.of("src/main/java/com/londonbeijing/portal");
		Map<String, Set<String>> imports = new TreeMap<>();
		try (Stream<Path> files = Files.walk(sources)) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".java")).toList()) {
				String from = sources.relativize(file.getParent()).toString().replace('/', '.');
				Matcher name = PORTAL_CLASS.matcher(Files.readString(file));
				while (name.find()) {
					String to = name.group(1).isEmpty() ? "" : name.group(1).substring(0, name.group(1).length() - 1);
					if (!to.equals(from)) {
						imports.computeIfAbsent(from, (key) -> new TreeSet<>()).add(to);
					}
				}
			}
		}
		assertThat(imports).as("packages of src/main/java").containsKeys("area", "web", "database");
		return imports;
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
