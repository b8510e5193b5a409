package com.londonbeijing.portal.meeting;

import java.util.List;

import org.springframework.data.repository.Repository;

/**
 * The topics meetings are tagged with, shared by all meetings.
 */
public interface TopicRepository extends Repository<Topic, Long> {

	List<Topic> findAllByOrderByName();

	boolean existsBySlug(String slug);

	Topic save(Topic topic);

}
