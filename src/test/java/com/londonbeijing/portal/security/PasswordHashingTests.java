package com.londonbeijing.portal.security;

import java.net.http.HttpResponse;

import com.londonbeijing.portal.account.Account;
import com.londonbeijing.portal.account.AccountService;
import com.londonbeijing.portal.account.Role;
import com.londonbeijing.portal.test.PortalIntegrationTest;
import com.londonbeijing.portal.test.TestAccounts;
import com.londonbeijing.portal.test.WebSession;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Passwords of up to 128 characters sign in, whatever the hash an account was given
 * before: old bcrypt hashes are replaced with PBKDF2 ones at the next sign-in.
 */
@PortalIntegrationTest
class PasswordHashingTests {

	/** 128 characters, 224 bytes in UTF-8: far beyond bcrypt's 72 bytes. */
	private static final String LONG_PASSWORD = "伦敦北京合作".repeat(8) + "a-long-passphrase-".repeat(4) + "x".repeat(8);

	@LocalServerPort
	int port;

	@Autowired
	AccountService accountService;

	@Autowired
	JdbcClient jdbc;

	TestAccounts accounts;

	@BeforeEach
	void setUp() {
		this.accounts = new TestAccounts(this.accountService, this.jdbc);
	}

	@AfterEach
	void deleteTestData() {
		this.accounts.deleteAll();
	}

	@Test
	void aPasswordOf128CharactersSignsInAndOnlyTheWholeOfItDoes() {
		assertThat(LONG_PASSWORD.codePointCount(0, LONG_PASSWORD.length())).isEqualTo(128);
		Account editor = this.accountService.create(this.accounts.uniqueUsername("long"), Role.EDITOR, true,
				LONG_PASSWORD);

		assertThat(storedHash(editor)).startsWith("{pbkdf2-sha256}").doesNotContain(LONG_PASSWORD);
		assertThat(location(visitor().signIn(editor.getUsername(), LONG_PASSWORD))).isEqualTo("/admin");
		String cutAt72Bytes = LONG_PASSWORD.substring(0, 24);
		HttpResponse<String> cut = visitor().signIn(editor.getUsername(), cutAt72Bytes);
		assertThat(cut.statusCode()).as("the first 72 bytes alone").isEqualTo(200);
		assertThat(Jsoup.parse(cut.body()).select(".error-summary").text()).contains("not right");
	}

	@Test
	void anOldBcryptHashIsReplacedAtSignInAndThePasswordGoesOnWorking() {
		Account editor = this.accounts.create("old-hash", Role.EDITOR);
		this.jdbc.sql("UPDATE account SET password_hash = ? WHERE id = ?")
			.params("{bcrypt}" + new BCryptPasswordEncoder().encode(TestAccounts.PASSWORD), editor.getId())
			.update();
		WebSession first = visitor();

		assertThat(location(first.signIn(editor.getUsername(), TestAccounts.PASSWORD))).isEqualTo("/admin");

		assertThat(storedHash(editor)).startsWith("{pbkdf2-sha256}");
		assertThat(first.get("/admin").statusCode()).as("the upgrade does not end the session").isEqualTo(200);
		assertThat(location(visitor().signIn(editor.getUsername(), TestAccounts.PASSWORD))).isEqualTo("/admin");
	}

	@Test
	void aLongPasswordTypedForAnAccountStillOnBcryptIsAWrongPasswordNotAnError() {
		Account editor = this.accounts.create("bcrypt-long", Role.EDITOR);
		this.jdbc.sql("UPDATE account SET password_hash = ? WHERE id = ?")
			.params("{bcrypt}" + new BCryptPasswordEncoder().encode(TestAccounts.PASSWORD), editor.getId())
			.update();

		HttpResponse<String> response = visitor().signIn(editor.getUsername(), LONG_PASSWORD);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(response.body()).select(".error-summary").text()).contains("not right");
		assertThat(storedHash(editor)).as("unchanged").startsWith("{bcrypt}");
	}

	private String storedHash(Account account) {
		return this.jdbc.sql("SELECT password_hash FROM account WHERE id = ?")
			.param(account.getId())
			.query(String.class)
			.single();
	}

	private WebSession visitor() {
		WebSession visitor = new WebSession(this.port);
		this.accounts.address(visitor.address());
		return visitor;
	}

	private String location(HttpResponse<String> response) {
		String location = response.headers()
			.firstValue("Location")
			.orElse("(no redirect: " + response.statusCode() + ")");
		return location.replace("http://localhost:" + this.port, "");
	}

}
