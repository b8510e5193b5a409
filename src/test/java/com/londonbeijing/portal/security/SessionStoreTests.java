package com.londonbeijing.portal.security;

import java.net.http.HttpResponse;
import java.time.Instant;

import com.londonbeijing.portal.account.Account;
import com.londonbeijing.portal.account.Role;
import com.londonbeijing.portal.test.PortalIntegrationTest;
import com.londonbeijing.portal.test.PublicPages;
import com.londonbeijing.portal.test.TestAccounts;
import com.londonbeijing.portal.test.WebClient;
import com.londonbeijing.portal.test.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions live in PostgreSQL (Spring Session JDBC), so that any instance can serve a
 * signed-in editor; anonymous visitors of public pages never get one, so they cost no
 * database write and no cookie.
 */
@PortalIntegrationTest
class SessionStoreTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@RegisterExtension
	TestAccounts accounts = new TestAccounts();

	@Test
	void publicPagesGiveAnonymousVisitorsNoSessionCookieAndStoreNoSession() {
		long start = Instant.now().toEpochMilli();
		WebClient web = new WebClient(this.port);

		for (String path : PublicPages.paths()) {
			HttpResponse<String> response = web.get(path);
			assertThat(response.headers().allValues("Set-Cookie")).as(path)
				.noneMatch((cookie) -> cookie.startsWith("JSESSIONID"));
		}

		assertThat(this.jdbc.sql("SELECT count(*) FROM spring_session WHERE creation_time >= ?")
			.param(start)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void signingInStoresTheSessionInTheDatabaseAndSigningOutDeletesIt() {
		Account editor = this.accounts.create("stored", Role.EDITOR);
		WebSession visitor = new WebSession(this.port);
		this.accounts.address(visitor.address());

		visitor.signIn(editor.getUsername(), TestAccounts.PASSWORD);

		assertThat(sessionsOf(editor)).isOne();
		assertThat(this.jdbc.sql("SELECT max_inactive_interval FROM spring_session WHERE principal_name = ?")
			.param(editor.getUsername())
			.query(Integer.class)
			.single()).as("server.servlet.session.timeout, in seconds").isEqualTo(30 * 60);
		assertThat(visitor.get("/admin").statusCode()).isEqualTo(200);

		visitor.signOut();

		assertThat(sessionsOf(editor)).isZero();
		assertThat(visitor.get("/admin").statusCode()).isEqualTo(302);
	}

	@Test
	void anonymousVisitsOfTheSignInFormAndTheAdminAreaAndFailedSignInsStoreNoSession() {
		long start = Instant.now().toEpochMilli();
		for (int i = 0; i < 5; i++) {
			WebSession bot = new WebSession(this.port);
			this.accounts.address(bot.address());
			bot.get("/login");
			bot.get("/admin");
			bot.get("/admin/users/new");
			bot.get("/account/password");
			HttpResponse<String> failed = bot.signIn(this.accounts.uniqueUsername("bot"), "not-the-password");
			assertThat(failed.statusCode()).isEqualTo(200);
			assertThat(bot.sessionId()).isEmpty();
		}

		assertThat(this.jdbc.sql("SELECT count(*) FROM spring_session WHERE creation_time >= ?")
			.param(start)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theSignInFormWorksWithoutASessionAndLeadsBackToTheAskedPage() {
		Account editor = this.accounts.create("no-session", Role.EDITOR);
		WebSession visitor = new WebSession(this.port);
		this.accounts.address(visitor.address());
		visitor.get("/admin/texts");
		assertThat(visitor.sessionId()).isEmpty();

		HttpResponse<String> signedIn = visitor.signIn(editor.getUsername(), TestAccounts.PASSWORD);

		assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/admin/texts");
		assertThat(visitor.sessionId()).isPresent();
		assertThat(sessionsOf(editor)).isOne();
	}

	private long sessionsOf(Account account) {
		return this.jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = ?")
			.param(account.getUsername())
			.query(Long.class)
			.single();
	}

}
