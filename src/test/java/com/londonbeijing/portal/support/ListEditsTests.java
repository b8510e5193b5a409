package com.londonbeijing.portal.support;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ListEditsTests {

	private final List<String> rows = new ArrayList<>(List.of("a", "b", "c"));

	@Test
	void addsAnEmptyRowAtTheEnd() {
		assertThat(ListEdits.apply("add:benefits", "benefits", this.rows, () -> "")).isTrue();
		assertThat(this.rows).containsExactly("a", "b", "c", "");
	}

	@Test
	void removesAndMovesRows() {
		ListEdits.apply("up:benefits:2", "benefits", this.rows, () -> "");
		assertThat(this.rows).containsExactly("a", "c", "b");
		ListEdits.apply("down:benefits:0", "benefits", this.rows, () -> "");
		assertThat(this.rows).containsExactly("c", "a", "b");
		ListEdits.apply("remove:benefits:1", "benefits", this.rows, () -> "");
		assertThat(this.rows).containsExactly("c", "b");
	}

	@Test
	void ignoresCommandsForOtherListsAndImpossibleMoves() {
		assertThat(ListEdits.apply("add:outcomes", "benefits", this.rows, () -> "")).isFalse();
		assertThat(ListEdits.apply("up:benefits:0", "benefits", this.rows, () -> "")).isTrue();
		assertThat(ListEdits.apply("down:benefits:2", "benefits", this.rows, () -> "")).isTrue();
		assertThat(ListEdits.apply("remove:benefits:99", "benefits", this.rows, () -> "")).isTrue();
		assertThat(ListEdits.apply("remove:benefits:x", "benefits", this.rows, () -> "")).isTrue();
		assertThat(ListEdits.apply("explode:benefits", "benefits", this.rows, () -> "")).isFalse();
		assertThat(ListEdits.apply(null, "benefits", this.rows, () -> "")).isFalse();
		assertThat(this.rows).containsExactly("a", "b", "c");
	}

}
