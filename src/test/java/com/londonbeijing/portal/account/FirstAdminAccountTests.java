package com.londonbeijing.portal.account;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.londonbeijing.portal.test.PortalIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The first start's administrator. Each test starts from an empty account table inside a
 * transaction that is rolled back, so the shared test database keeps its accounts.
 */
@PortalIntegrationTest
@Transactional
@ExtendWith(OutputCaptureExtension.class)
class FirstAdminAccountTests {

	private static final Pattern GENERATED = Pattern
		.compile("Its generated password, shown only this once, is: (\\S+)");

	@Autowired
	AccountService accounts;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void startWithoutAccounts() {
		this.jdbc.sql("DELETE FROM account").update();
	}

	@Test
	void configuredUsernameAndPasswordMakeTheFirstAdministrator(CapturedOutput output) {
		new FirstAdminAccount(this.accounts, "chief-editor", "a configured password").createIfNoAccountExists();

		Account admin = this.accounts.findByUsername("chief-editor").orElseThrow();
		assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
		assertThat(admin.isEnabled()).isTrue();
		assertThat(admin.getPasswordHash()).startsWith("{pbkdf2-sha256}").doesNotContain("a configured password");
		assertThat(this.passwordEncoder.matches("a configured password", admin.getPasswordHash())).isTrue();
		assertThat(admin.isPasswordChangeRequired()).as("the operator chose it").isFalse();
		assertThat(output)
			.contains("created the administrator account 'chief-editor' with the password from "
					+ "PORTAL_ADMIN_PASSWORD")
			.doesNotContain("a configured password");
	}

	@Test
	void withoutConfigurationAdminGetsARandomPasswordLoggedExactlyOnce(CapturedOutput output) {
		new FirstAdminAccount(this.accounts, "", "").createIfNoAccountExists();

		// The last such line: when this class starts the shared context, the output also
		// holds the line of the application's own first start.
		Matcher line = GENERATED.matcher(output.getAll());
		String password = null;
		while (line.find()) {
			password = line.group(1);
		}
		assertThat(password).as("password in the log").isNotNull();
		assertThat(password).hasSizeGreaterThanOrEqualTo(20);
		assertThat(output.getAll().split(Pattern.quote(password), -1)).as("times the password appears").hasSize(2);
		Account admin = this.accounts.findByUsername("admin").orElseThrow();
		assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
		assertThat(admin.getPasswordHash()).isNotEqualTo(password)
			.doesNotContain(password)
			.startsWith("{pbkdf2-sha256}");
		assertThat(this.passwordEncoder.matches(password, admin.getPasswordHash())).isTrue();
		assertThat(admin.isPasswordChangeRequired()).as("a generated password must be replaced").isTrue();
	}

	@Test
	void generatedPasswordsDifferEachTime() {
		assertThat(FirstAdminAccount.generatePassword()).isNotEqualTo(FirstAdminAccount.generatePassword())
			.hasSize(FirstAdminAccount.GENERATED_LENGTH);
	}

	@Test
	void existingAccountsAreNeverChangedByTheConfiguration(CapturedOutput output) {
		Account existing = this.accounts.create("chief-editor", Role.EDITOR, true, "the original password");

		new FirstAdminAccount(this.accounts, "chief-editor", "a configured password").createIfNoAccountExists();
		new FirstAdminAccount(this.accounts, "someone-else", "a configured password").createIfNoAccountExists();

		assertThat(this.accounts.all()).extracting(Account::getUsername).containsExactly("chief-editor");
		Account unchanged = this.accounts.findByUsername("chief-editor").orElseThrow();
		assertThat(unchanged.getRole()).isEqualTo(Role.EDITOR);
		assertThat(unchanged.getPasswordHash()).isEqualTo(existing.getPasswordHash());
		assertThat(output).contains("Accounts exist, so PORTAL_ADMIN_USERNAME and PORTAL_ADMIN_PASSWORD are ignored");
	}

	@Test
	void secondCallCreatesNothingAsAnotherInstanceStartingLaterWould() {
		assertThat(this.accounts.createFirstAdmin("first", "the first password", false)).isTrue();
		assertThat(this.accounts.createFirstAdmin("second", "the second password", false)).isFalse();
		assertThat(this.accounts.createFirstAdmin("first", "the third password", false)).isFalse();

		assertThat(this.accounts.all()).extracting(Account::getUsername).containsExactly("first");
	}

	@Test
	void unacceptableConfigurationStopsTheStartInsteadOfCreatingAWeakAccount() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new FirstAdminAccount(this.accounts, "chief", "short").createIfNoAccountExists())
			.withMessageContaining("PORTAL_ADMIN_PASSWORD")
			.withMessageNotContaining("short");
		assertThatIllegalStateException()
			.isThrownBy(() -> new FirstAdminAccount(this.accounts, "chief editor", "a long enough password")
				.createIfNoAccountExists())
			.withMessageContaining("PORTAL_ADMIN_USERNAME");
		assertThat(this.accounts.anyExists()).isFalse();
	}

}
