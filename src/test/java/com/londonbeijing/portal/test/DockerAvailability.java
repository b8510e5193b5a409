package com.londonbeijing.portal.test;

import org.testcontainers.DockerClientFactory;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Whether a Docker daemon answers, asked once per JVM (asking costs about 0.3 s).
 */
final class DockerAvailability {

	private static Boolean available;

	private DockerAvailability() {
	}

	static synchronized boolean isAvailable() {
		if (available == null) {
			available = !"false".equalsIgnoreCase(System.getenv("PORTAL_TEST_DOCKER"))
					&& DockerClientFactory.instance().isDockerAvailable();
		}
		return available;
	}

	static class Available implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return isAvailable();
		}

	}

	static class Unavailable implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !isAvailable();
		}

	}

}
