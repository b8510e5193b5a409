package com.londonbeijing.portal.test;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LocalTestDatabaseTests {

	@Test
	void replacesTheDatabaseNameAndKeepsParameters() {
		assertThat(LocalTestDatabase.withDatabase("jdbc:postgresql://127.0.0.1:5432/postgres", "t1"))
			.isEqualTo("jdbc:postgresql://127.0.0.1:5432/t1");
		assertThat(LocalTestDatabase.withDatabase("jdbc:postgresql://db:5433/postgres?sslmode=disable", "t2"))
			.isEqualTo("jdbc:postgresql://db:5433/t2?sslmode=disable");
		assertThat(LocalTestDatabase.withDatabase("jdbc:postgresql://db", "t3")).isEqualTo("jdbc:postgresql://db/t3");
	}

}
