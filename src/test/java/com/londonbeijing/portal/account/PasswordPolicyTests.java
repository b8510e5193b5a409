package com.londonbeijing.portal.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

	@Test
	void acceptsTwelveCharactersThatAreNotTheUsername() {
		assertThat(PasswordPolicy.problem("alice", "twelve chars")).isEmpty();
		assertThat(PasswordPolicy.problem("alice", "x".repeat(128))).isEmpty();
		assertThat(PasswordPolicy.problem("alice", "密".repeat(128))).as("384 bytes").isEmpty();
	}

	@Test
	void refusesAMissingPassword() {
		assertThat(PasswordPolicy.problem("alice", null)).contains("account.password.required");
		assertThat(PasswordPolicy.problem("alice", "")).contains("account.password.required");
	}

	@Test
	void refusesFewerThanTwelveCharactersCountingCharactersNotBytes() {
		assertThat(PasswordPolicy.problem("alice", "eleven char")).contains("account.password.tooShort");
		assertThat(PasswordPolicy.problem("alice", "密".repeat(12))).as("36 bytes").isEmpty();
		assertThat(PasswordPolicy.problem("alice", "密".repeat(11))).contains("account.password.tooShort");
	}

	@Test
	void refusesMoreThan128CharactersCountingCharactersNotBytes() {
		assertThat(PasswordPolicy.problem("alice", "x".repeat(129))).contains("account.password.tooLong");
		assertThat(PasswordPolicy.problem("alice", "密".repeat(129))).contains("account.password.tooLong");
	}

	@Test
	void refusesTheUsernameInAnyCase() {
		assertThat(PasswordPolicy.problem("Chief-Editor-1", "chief-editor-1"))
			.contains("account.password.containsUsername");
		assertThat(PasswordPolicy.problem("chief-editor-1", "CHIEF-EDITOR-1 "))
			.contains("account.password.containsUsername");
	}

	@Test
	void refusesAPasswordThatContainsTheUsername() {
		assertThat(PasswordPolicy.problem("alice", "my name is Alice, hello"))
			.contains("account.password.containsUsername");
		assertThat(PasswordPolicy.problem("ａｌｉｃｅ", "alice-in-wonderland")).as("full-width letters, NFKC")
			.contains("account.password.containsUsername");
		assertThat(PasswordPolicy.problem("alice", "my name is Bob, hello")).isEmpty();
	}

	@Test
	void refusesCommonPasswordsFromTheShippedListInAnyCase() {
		assertThat(PasswordPolicy.problem("alice", "qwertyuiopasdfghjkl")).contains("account.password.common");
		assertThat(PasswordPolicy.problem("alice", "1q2w3e4r5t6y")).contains("account.password.common");
		assertThat(PasswordPolicy.problem("alice", "QWERTY123456")).contains("account.password.common");
		assertThat(PasswordPolicy.problem("alice", "correct horse battery staple")).contains("account.password.common");
		assertThat(PasswordPolicy.problem("alice", "cobalt lantern uphill 42")).isEmpty();
	}

	@Test
	void theShippedListHoldsAtLeastAHundredThousandPasswords() throws IOException {
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				new GZIPInputStream(PasswordPolicy.class.getResourceAsStream(PasswordPolicy.COMMON_PASSWORDS)),
				StandardCharsets.UTF_8))) {
			assertThat(reader.lines().filter((line) -> !line.isEmpty()).count()).isGreaterThanOrEqualTo(100_000);
		}
	}

}
