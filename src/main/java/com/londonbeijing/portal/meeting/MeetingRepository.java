package com.londonbeijing.portal.meeting;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import com.londonbeijing.portal.support.ContentStatus;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Reads meetings. Lists are filtered with {@link MeetingFilters}; collections load in
 * batches, never one query per row.
 */
public interface MeetingRepository extends Repository<Meeting, Long>, JpaSpecificationExecutor<Meeting> {

	@EntityGraph(attributePaths = "participants")
	Optional<Meeting> findBySlugAndStatusIn(String slug, Collection<ContentStatus> statuses);

	@Query("select distinct year(m.date) from Meeting m where m.status = :status order by year(m.date) desc")
	List<Integer> findYears(ContentStatus status);

	@Query("select distinct t from Meeting m join m.topics t where m.status = :status order by t.name")
	List<Topic> findTopics(ContentStatus status);

	@Query("select m from Meeting m join m.areas a where m.status = :status and a.id = :areaId order by m.date desc, m.id desc")
	List<Meeting> findByArea(ContentStatus status, Long areaId, Pageable pageable);

	List<Meeting> findByStatusOrderByDateDescIdDesc(ContentStatus status, Pageable pageable);

	Meeting save(Meeting meeting);

	Optional<Meeting> findById(Long id);

	boolean existsBySlug(String slug);

	boolean existsBySlugAndIdNot(String slug, Long id);

	void delete(Meeting meeting);

	/** All of them, drafts included, for the translations overview. */
	long count();

	/** A slice of all of them, drafts included, for the translations overview. */
	List<Meeting> findAllBy(Pageable pageable);

}
