package com.londonbeijing.portal.test;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Two instances of the portal on two ports and one scratch database, as behind a load
 * balancer, started once for a test class and stopped (the database dropped) after it:
 * <pre>
 * &#64;RegisterExtension
 * static TwoInstances instances = new TwoInstances();
 * </pre>
 */
public final class TwoInstances implements BeforeAllCallback, AfterAllCallback {

	private PortalInstance first;

	private PortalInstance second;

	@Override
	public void beforeAll(ExtensionContext context) {
		this.first = PortalInstance.start(Map.of(), TestDatabaseConfiguration.class);
		this.second = this.first.sharingDatabaseOf(Map.of());
	}

	@Override
	public void afterAll(ExtensionContext context) {
		if (this.second != null) {
			this.second.close();
		}
		if (this.first != null) {
			this.first.close(); // drops the database
		}
	}

	/** The instance that owns the database. */
	public PortalInstance first() {
		return this.first;
	}

	/** The instance sharing it. */
	public PortalInstance second() {
		return this.second;
	}

	/** Both, first first. */
	public List<PortalInstance> both() {
		return List.of(this.first, this.second);
	}

}
