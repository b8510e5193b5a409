package com.londonbeijing.portal.meeting;

import java.time.LocalDate;

import com.londonbeijing.portal.support.ContentStatus;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.springframework.data.jpa.domain.Specification;

/**
 * The filters of the meetings list, as query conditions that use the indexes on
 * {@code meeting (status, meeting_date)} and {@code meeting_topic (topic_id)}.
 */
final class MeetingFilters {

	private MeetingFilters() {
	}

	static Specification<Meeting> published() {
		return (root, query, cb) -> cb.equal(root.get("status"), ContentStatus.PUBLISHED);
	}

	static Specification<Meeting> inYear(int year) {
		return (root, query, cb) -> cb.between(root.get("date"), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
	}

	static Specification<Meeting> withTopic(String topicSlug) {
		return (root, query, cb) -> {
			Subquery<Long> tagged = query.subquery(Long.class);
			Root<Meeting> meeting = tagged.from(Meeting.class);
			Join<Meeting, Topic> topic = meeting.join("topics");
			tagged.select(meeting.get("id"))
				.where(cb.equal(meeting.get("id"), root.get("id")), cb.equal(topic.get("slug"), topicSlug));
			return cb.exists(tagged);
		};
	}

}
