package com.londonbeijing.portal.support;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;

/**
 * Turns Spring Boot's docker-compose support off when no Docker daemon answers, so that
 * {@code ./mvnw spring-boot:run} still starts (against {@code SPRING_DATASOURCE_URL}) on
 * machines without Docker. Boot's own support would otherwise fail the start with
 * {@code DockerNotRunningException}. An explicit {@code spring.docker.compose.enabled}
 * always wins.
 */
public class DockerComposeFallback implements EnvironmentPostProcessor {

	private static final String ENABLED = "spring.docker.compose.enabled";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!ClassUtils.isPresent("org.springframework.boot.docker.compose.lifecycle.DockerComposeProperties",
				getClass().getClassLoader())) {
			return; // the packaged jar leaves docker-compose support out
		}
		if (environment.containsProperty(ENABLED) || dockerAnswers()) {
			return;
		}
		environment.getPropertySources()
			.addLast(new MapPropertySource("dockerComposeFallback", Map.of(ENABLED, "false")));
	}

	private static boolean dockerAnswers() {
		try {
			Process process = new ProcessBuilder("docker", "info", "--format", "{{.ServerVersion}}")
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			if (!process.waitFor(5, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				return false;
			}
			return process.exitValue() == 0;
		}
		catch (Exception ex) {
			return false;
		}
	}

}
