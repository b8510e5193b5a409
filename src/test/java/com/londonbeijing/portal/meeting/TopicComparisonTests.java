package com.londonbeijing.portal.meeting;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TopicComparisonTests {

	private final Participant lammy = new Participant("David Lammy", "Foreign Secretary", Side.UK);

	private final Participant wang = new Participant("Wang Yi", "Foreign Minister", Side.CHINA);

	private final Topic taiwan = new Topic("taiwan", "Taiwan");

	private final Topic hongKong = new Topic("hong-kong", "Hong Kong");

	private final Topic ukraine = new Topic("ukraine", "Ukraine");

	@Test
	void groupsStatementsByTopicAndSideInAlphabeticalOrder() {
		Statement ukOnTaiwan = statement(this.lammy, "1972 position", this.taiwan);
		Statement chinaOnBoth = statement(this.wang, "respect positions", this.taiwan, this.hongKong);
		Statement joint = statement(null, "discussed Ukraine", this.ukraine);

		List<TopicComparison> comparisons = TopicComparison.of(List.of(ukOnTaiwan, chinaOnBoth, joint));

		assertThat(comparisons).extracting((c) -> c.topic().getName())
			.containsExactly("Hong Kong", "Taiwan", "Ukraine");
		TopicComparison hongKong = comparisons.get(0);
		assertThat(hongKong.china()).containsExactly(chinaOnBoth);
		assertThat(hongKong.uk()).isEmpty();
		assertThat(hongKong.isOneSided()).isTrue();
		TopicComparison taiwan = comparisons.get(1);
		assertThat(taiwan.uk()).containsExactly(ukOnTaiwan);
		assertThat(taiwan.china()).containsExactly(chinaOnBoth);
		assertThat(taiwan.isOneSided()).isFalse();
		assertThat(comparisons.get(2).joint()).containsExactly(joint);
		assertThat(comparisons.get(2).isOneSided()).isFalse();
	}

	private static Statement statement(Participant participant, String text, Topic... topics) {
		Statement statement = new Statement(participant, text);
		statement.getTopics().addAll(List.of(topics));
		return statement;
	}

}
