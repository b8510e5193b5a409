package com.londonbeijing.portal.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ThrottledAuthenticationProviderTests {

	@Test
	void textForALogLineIsQuotedWithoutLineBreaksAndCut() {
		assertThat(ThrottledAuthenticationProvider.forLog("alice")).isEqualTo("'alice'");
		assertThat(ThrottledAuthenticationProvider.forLog("a\r\nb\tc")).isEqualTo("'a??b?c'");
		assertThat(ThrottledAuthenticationProvider.forLog("x".repeat(500))).hasSize(103);
		assertThat(ThrottledAuthenticationProvider.forLog(null)).isEqualTo("(none)");
	}

}
