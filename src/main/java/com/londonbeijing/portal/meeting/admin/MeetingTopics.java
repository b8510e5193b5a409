package com.londonbeijing.portal.meeting.admin;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.londonbeijing.portal.meeting.Topic;
import com.londonbeijing.portal.meeting.TopicRepository;
import com.londonbeijing.portal.support.Slugs;

import org.springframework.stereotype.Component;

/**
 * Topics by the names editors type: a name is the same topic whatever its case and
 * surrounding spaces, and a name not used before becomes a new topic when a meeting is
 * saved.
 */
@Component
class MeetingTopics {

	private final TopicRepository topics;

	MeetingTopics(TopicRepository topics) {
		this.topics = topics;
	}

	/** Every topic by {@link #key key}; call inside a transaction. */
	Map<String, Topic> existing() {
		Map<String, Topic> byName = new HashMap<>();
		this.topics.findAllByOrderByName().forEach((topic) -> byName.put(key(topic.getName()), topic));
		return byName;
	}

	/**
	 * The topics named, by key, in the order named; names not yet used become new topics.
	 * Call inside the saving transaction.
	 */
	Map<String, Topic> resolve(List<String> names) {
		Map<String, Topic> existing = existing();
		Map<String, Topic> resolved = new LinkedHashMap<>();
		for (String name : names) {
			if (name == null || name.isBlank()) {
				continue;
			}
			Topic topic = existing.get(key(name));
			if (topic == null) {
				topic = this.topics.save(new Topic(newSlug(name), name.strip()));
				existing.put(key(name), topic);
			}
			resolved.put(key(name), topic);
		}
		return resolved;
	}

	private String newSlug(String name) {
		String base = Slugs.suggest(name);
		if (base.isEmpty()) {
			base = "topic";
		}
		String slug = base;
		for (int n = 2; this.topics.existsBySlug(slug); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

	/** What makes two topic names the same topic. */
	static String key(String topicName) {
		return topicName.strip().toLowerCase(Locale.ROOT);
	}

}
