package com.londonbeijing.portal.area;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import com.londonbeijing.portal.support.ContentStatus;
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

}
