package com.londonbeijing.portal.meeting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What each side said about one topic at a meeting, so a reader can compare the UK and
 * Chinese positions and see a topic raised by only one side.
 *
 * @param topic the topic
 * @param uk statements by the UK side
 * @param china statements by the Chinese side
 * @param joint statements made or discussed by both sides together
 */
public record TopicComparison(Topic topic, List<Statement> uk, List<Statement> china, List<Statement> joint) {

	/** Whether only one side raised the topic on its own. */
	public boolean isOneSided() {
		return this.uk.isEmpty() != this.china.isEmpty() && this.joint.isEmpty();
	}

	/**
	 * Groups a meeting's statements by topic, topics in alphabetical order, statements in
	 * the meeting's order.
	 * @param statements the meeting's statements, with topics and participants loaded
	 * @return one comparison per topic that any statement carries
	 */
	public static List<TopicComparison> of(List<Statement> statements) {
		Map<Topic, TopicComparison> byTopic = new LinkedHashMap<>();
		for (Statement statement : statements) {
			for (Topic topic : statement.getTopics()) {
				TopicComparison comparison = byTopic.computeIfAbsent(topic,
						(key) -> new TopicComparison(key, new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
				Side side = statement.getSide();
				if (side == Side.UK) {
					comparison.uk().add(statement);
				}
				else if (side == Side.CHINA) {
					comparison.china().add(statement);
				}
				else {
					comparison.joint().add(statement);
				}
			}
		}
		return byTopic.values()
			.stream()
			.sorted(Comparator.comparing((TopicComparison comparison) -> comparison.topic().getName()))
			.toList();
	}

}
