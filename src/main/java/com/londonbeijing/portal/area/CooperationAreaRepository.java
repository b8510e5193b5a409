package com.londonbeijing.portal.area;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import com.londonbeijing.portal.support.ContentStatus;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Reads cooperation areas.
 */
public interface CooperationAreaRepository extends Repository<CooperationArea, Long> {

	@Query("select a from CooperationArea a where a.status = :status order by a.navOrder, a.name")
	List<CooperationArea> findAllByStatus(ContentStatus status);

	@EntityGraph(attributePaths = "benefits")
	Optional<CooperationArea> findBySlugAndStatusIn(String slug, Collection<ContentStatus> statuses);

	CooperationArea save(CooperationArea area);

	List<CooperationArea> findAllByOrderByNavOrderAscNameAsc();

	List<CooperationArea> findByIdIn(Collection<Long> ids);

	Optional<CooperationArea> findById(Long id);

	boolean existsBySlugAndIdNot(String slug, Long id);

	boolean existsBySlug(String slug);

	@Query("select a from CooperationArea a where lower(a.name) like lower(concat('%', :query, '%'))")
	Page<CooperationArea> search(String query, Pageable pageable);

	Page<CooperationArea> findAll(Pageable pageable);

	void delete(CooperationArea area);

	/** All of them, drafts included, for the translations overview. */
	long count();

	/** A slice of all of them, drafts included, for the translations overview. */
	List<CooperationArea> findAllBy(Pageable pageable);

}
