package com.londonbeijing.portal.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

	@Test
	void acceptsTwelveCharactersThatAreNotTheUsername() {
		assertThat(PasswordPolicy.problem("alice", "twelve chars")).isEmpty();
		assertThat(PasswordPolicy.problem("alice", "x".repeat(72))).isEmpty();
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
	void refusesMoreThanBcryptReadsCountingBytes() {
		assertThat(PasswordPolicy.problem("alice", "x".repeat(73))).contains("account.password.tooLong");
		assertThat(PasswordPolicy.problem("alice", "密".repeat(25))).as("75 bytes").contains("account.password.tooLong");
	}

	@Test
	void refusesTheUsernameInAnyCase() {
		assertThat(PasswordPolicy.problem("Chief-Editor-1", "chief-editor-1"))
			.contains("account.password.sameAsUsername");
		assertThat(PasswordPolicy.problem("chief-editor-1", "CHIEF-EDITOR-1 "))
			.contains("account.password.sameAsUsername");
	}

}
