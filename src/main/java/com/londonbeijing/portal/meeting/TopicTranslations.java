package com.londonbeijing.portal.meeting;

import java.util.List;
import java.util.Map;

import com.londonbeijing.portal.translation.TranslatableItems;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Topic names, for the admin overview of translations. */
@Component
class TopicTranslations implements TranslatableItems {

	private final TopicRepository topics;

	TopicTranslations(TopicRepository topics) {
		this.topics = topics;
	}

	@Override
	public String translationKind() {
		return "topic";
	}

	@Override
	public String kindMessage() {
		return "admin.dashboard.kind.topics";
	}

	@Override
	@Transactional(readOnly = true)
	public List<Item> translatableItems() {
		return this.topics.findAllByOrderByName()
			.stream()
			.map((topic) -> new Item(topic.getId(), topic.getName(), null, Map.of("name", topic.getName())))
			.toList();
	}

}
