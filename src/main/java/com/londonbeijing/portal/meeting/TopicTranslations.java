package com.londonbeijing.portal.meeting;

import java.util.List;

import com.londonbeijing.portal.support.OffsetPage;
import com.londonbeijing.portal.translation.TranslatableItems;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * Topic names, for the admin overview of translations, alphabetically. They have no form
 * of their own yet.
 */
@Component
class TopicTranslations implements TranslatableItems {

	private static final Sort ORDER = Sort.by("name", "id");

	private final TopicRepository topics;

	TopicTranslations(TopicRepository topics) {
		this.topics = topics;
	}

	@Override
	public String translationKind() {
		return Topic.TRANSLATION_KIND;
	}

	@Override
	public String kindMessage() {
		return "admin.dashboard.kind.topics";
	}

	@Override
	public long count() {
		return this.topics.count();
	}

	@Override
	public List<Item> items(long offset, int limit) {
		return this.topics.findAllBy(new OffsetPage(offset, limit, ORDER))
			.stream()
			.map((topic) -> Item.of(topic, topic.getName(), null))
			.toList();
	}

}
