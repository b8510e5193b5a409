package com.londonbeijing.portal.area;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import com.londonbeijing.portal.editing.ItemLink;
import com.londonbeijing.portal.support.ContentStatus;

import org.springframework.data.domain.Limit;
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

	@Query("select count(c) from CaseStudy c join c.areas a where a.id = :areaId")
	long countCaseStudies(Long areaId);

	@Query("select count(m) from Meeting m join m.areas a where a.id = :areaId")
	long countMeetings(Long areaId);

	/** The pages of the case studies tagged with an area, for its delete page. */
	@Query("""
			select new com.londonbeijing.portal.editing.ItemLink(c.title, concat('/case-studies/', c.slug))
			from CaseStudy c join c.areas a where a.id = :areaId order by c.title""")
	List<ItemLink> caseStudyLinks(Long areaId, Limit limit);

	/** The pages of the meetings tagged with an area, for its delete page. */
	@Query("""
			select new com.londonbeijing.portal.editing.ItemLink(m.title, concat('/meetings/', m.slug))
			from Meeting m join m.areas a where a.id = :areaId order by m.date desc, m.title""")
	List<ItemLink> meetingLinks(Long areaId, Limit limit);

	/** The pages of the areas tagged on a case study. */
	@Query("""
			select new com.londonbeijing.portal.editing.ItemLink(a.name, concat('/areas/', a.slug))
			from CaseStudy c join c.areas a where c.id = :caseStudyId order by a.navOrder, a.name""")
	List<ItemLink> linksOfCaseStudyAreas(Long caseStudyId);

	/** The pages of a meeting's areas, which list the meeting. */
	@Query("""
			select new com.londonbeijing.portal.editing.ItemLink(a.name, concat('/areas/', a.slug))
			from Meeting m join m.areas a where m.id = :meetingId order by a.navOrder, a.name""")
	List<ItemLink> linksOfMeetingAreas(Long meetingId);

	/** The pages of the areas that show the trade figures. */
	@Query("""
			select new com.londonbeijing.portal.editing.ItemLink(a.name, concat('/areas/', a.slug))
			from CooperationArea a where a.showsTradeFigures = true order by a.navOrder, a.name""")
	List<ItemLink> linksOfAreasShowingTrade();

	/** All of them, drafts included, for the translations overview. */
	long count();

	/** A slice of all of them, drafts included, for the translations overview. */
	List<CooperationArea> findAllBy(Pageable pageable);

}
