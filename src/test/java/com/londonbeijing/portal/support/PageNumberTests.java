package com.londonbeijing.portal.support;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PageNumberTests {

	@ParameterizedTest
	@CsvSource(value = { "1, 0", "3, 2", " 7 , 6", "0, 0", "-1, 0", "abc, 0", "99999999, 0", "2147483648, 0", "NULL, 0",
			"'', 0" }, nullValues = "NULL")
	void readsPageNumbersLeniently(String raw, int index) {
		assertThat(PageNumber.index(raw)).isEqualTo(index);
	}

}
