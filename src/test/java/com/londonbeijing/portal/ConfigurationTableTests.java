package com.londonbeijing.portal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's configuration table and the settings the portal binds
 * ({@link PortalProperties}, as the configuration processor describes them) agree: every
 * setting is documented, and every documented {@code PORTAL_…} variable really sets one.
 */
class ConfigurationTableTests {

	private static final Pattern VARIABLE = Pattern.compile("`(PORTAL_[A-Z0-9_]+)`");

	@Test
	void everySettingIsInTheReadmeTable() throws IOException {
		Set<String> documented = documentedVariables();
		for (String property : boundProperties()) {
			assertThat(documented).as("README configuration table row for %s", property)
				.containsAnyOf(canonicalVariable(property), legacyVariable(property));
		}
	}

	@Test
	void everyVariableInTheReadmeTableSetsASetting() throws IOException {
		Set<String> properties = boundProperties();
		for (String variable : documentedVariables()) {
			if (variable.startsWith("PORTAL_TEST_")) {
				continue; // read by the test harness, not by the application
			}
			ConfigurationPropertySource environment = ConfigurationPropertySources
				.from(new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
						Map.of(variable, "value")))
				.iterator()
				.next();
			assertThat(properties).as("the setting that %s sets", variable)
				.anyMatch((property) -> environment
					.getConfigurationProperty(ConfigurationPropertyName.of(property)) != null);
		}
	}

	@Test
	void theCheckSeesTheSettingsAndTheTable() throws IOException {
		// A positive control: an empty metadata file or a renamed table would make the
		// two
		// tests above pass on nothing.
		assertThat(boundProperties()).contains("portal.public-url", "portal.cache.pages-max-size");
		assertThat(documentedVariables()).contains("PORTAL_PUBLIC_URL", "PORTAL_CACHE_PAGES_MAX_SIZE");
	}

	private static Set<String> boundProperties() throws IOException {
		try (InputStream in = ConfigurationTableTests.class
			.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
			assertThat(in).as("configuration metadata (spring-boot-configuration-processor)").isNotNull();
			Set<String> names = new TreeSet<>();
			for (JsonNode property : JsonMapper.shared().readTree(in).path("properties")) {
				String name = property.path("name").asString();
				if (name.startsWith("portal.")) {
					names.add(name);
				}
			}
			return names;
		}
	}

	private static Set<String> documentedVariables() throws IOException {
		String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
		String table = readme.substring(readme.indexOf("## Configuration"));
		table = table.substring(0, table.indexOf("\n\n", table.indexOf("| Variable")));
		Set<String> variables = new TreeSet<>();
		for (String row : table.split("\n")) {
			if (row.startsWith("| ")) {
				String firstCell = row.substring(2, row.indexOf(" |", 2));
				Matcher matcher = VARIABLE.matcher(firstCell);
				while (matcher.find()) {
					variables.add(matcher.group(1));
				}
			}
		}
		return variables;
	}

	/** Spring Boot's documented form: dots become underscores, dashes go. */
	private static String canonicalVariable(String property) {
		return property.replace(".", "_").replace("-", "").toUpperCase();
	}

	/** The form Spring Boot also accepts, dashes as underscores. */
	private static String legacyVariable(String property) {
		return property.replace(".", "_").replace("-", "_").toUpperCase();
	}

}
