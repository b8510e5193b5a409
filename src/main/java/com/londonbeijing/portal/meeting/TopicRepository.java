package com.londonbeijing.portal.meeting;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/**
 * The topics meetings are tagged with, shared by all meetings.
 */
public interface TopicRepository extends Repository<Topic, Long> {

	List<Topic> findAllByOrderByName();

	boolean existsBySlug(String slug);

	Topic save(Topic topic);

	/** How many there are, for the translations overview. */
	long count();

	/** A slice of all of them, for the translations overview. */
	List<Topic> findAllBy(Pageable pageable);

}
