package com.londonbeijing.portal.web.cache;

import java.time.Duration;
import java.time.Instant;

import com.londonbeijing.portal.PortalApplication;
import com.londonbeijing.portal.account.Role;
import com.londonbeijing.portal.test.PortalIntegrationTest;
import com.londonbeijing.portal.test.TestAccounts;
import com.londonbeijing.portal.test.WebClient;
import com.londonbeijing.portal.test.WebSession;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the portal on one database, each with its own page cache: a save on
 * either shows at once on that instance and within two seconds on the other.
 */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CacheSharingTests {

	@LocalServerPort
	int port;

	@Autowired
	HikariDataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	ConfigurableApplicationContext other;

	int otherPort;

	@RegisterExtension
	TestAccounts accounts = new TestAccounts();

	@BeforeAll
	void startAnotherInstance() {
		// As arguments, which override application.properties (default properties would
		// not).
		this.other = new SpringApplicationBuilder(PortalApplication.class).run("--server.port=0",
				"--spring.docker.compose.enabled=false", "--spring.datasource.url=" + this.dataSource.getJdbcUrl(),
				"--spring.datasource.username=" + this.dataSource.getUsername(),
				"--spring.datasource.password="
						+ ((this.dataSource.getPassword() != null) ? this.dataSource.getPassword() : ""),
				"--spring.datasource.hikari.maximum-pool-size=3", "--spring.datasource.hikari.minimum-idle=1");
		assertThat(this.other.getBean(HikariDataSource.class).getJdbcUrl()).isEqualTo(this.dataSource.getJdbcUrl());
		this.otherPort = ((WebServerApplicationContext) this.other).getWebServer().getPort();
	}

	@AfterAll
	void stopTheOtherInstance() {
		this.other.close();
	}

	@AfterEach
	void restoreTheTradeHeading() {
		this.jdbc.sql("UPDATE site_text SET title = ? WHERE text_key = 'trade.intro'")
			.param(PublicPageCacheTests.TRADE_HEADING)
			.update();
	}

	@Test
	void saveOnOneInstanceShowsOnTheOtherWithinTwoSeconds() throws Exception {
		String username = this.accounts.create("sharing-editor", Role.EDITOR).getUsername();
		WebClient here = new WebClient(this.port);
		WebClient there = new WebClient(this.otherPort);
		for (WebClient instance : new WebClient[] { here, there, here, there }) {
			assertThat(instance.get("/trade").body()).contains(PublicPageCacheTests.TRADE_HEADING);
		}

		WebSession editorHere = new WebSession(this.port);
		editorHere.signIn(username, TestAccounts.PASSWORD);
		assertThat(PublicPageCacheTests.saveTradeHeading(editorHere, "Saved here").statusCode()).isEqualTo(302);
		assertThat(here.get("/trade").body()).contains("Saved here");
		showsWithinTwoSeconds(there, "Saved here");

		WebSession editorThere = new WebSession(this.otherPort);
		editorThere.signIn(username, TestAccounts.PASSWORD);
		assertThat(PublicPageCacheTests.saveTradeHeading(editorThere, "Saved there").statusCode()).isEqualTo(302);
		assertThat(there.get("/trade").body()).contains("Saved there");
		showsWithinTwoSeconds(here, "Saved there");
	}

	private static void showsWithinTwoSeconds(WebClient instance, String text) throws InterruptedException {
		Instant saved = Instant.now();
		while (!instance.get("/trade").body().contains(text)) {
			// Two seconds is the bound; the rest is room for a busy test machine.
			assertThat(Duration.between(saved, Instant.now())).isLessThan(Duration.ofSeconds(3));
			Thread.sleep(50);
		}
	}

}
