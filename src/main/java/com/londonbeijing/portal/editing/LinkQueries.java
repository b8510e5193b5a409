package com.londonbeijing.portal.editing;

import java.util.List;

import com.londonbeijing.portal.support.ContentStatus;
import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Repository;

/**
 * The "what links here" queries of the delete pages: which pages link to, list or show an
 * item. They live with the admin code that needs them, so the public repositories know
 * nothing of {@link ItemLink}. Call them inside the editor's transaction.
 */
@Repository
public class LinkQueries {

	private final EntityManager entityManager;

	LinkQueries(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * The case studies tagged with an area (their pages link to it and it lists them).
	 */
	public LinkGroup caseStudiesOfArea(String message, long areaId) {
		long count = count("select count(c) from CaseStudy c join c.areas a where a.id = :id", areaId);
		return new LinkGroup(message, count, links("""
				select new com.londonbeijing.portal.editing.ItemLink(c.title, concat('/case-studies/', c.slug))
				from CaseStudy c join c.areas a where a.id = :id order by c.title""", areaId));
	}

	/** The meetings tagged with an area. */
	public LinkGroup meetingsOfArea(String message, long areaId) {
		long count = count("select count(m) from Meeting m join m.areas a where a.id = :id", areaId);
		return new LinkGroup(message, count, links("""
				select new com.londonbeijing.portal.editing.ItemLink(m.title, concat('/meetings/', m.slug))
				from Meeting m join m.areas a where a.id = :id order by m.date desc, m.title""", areaId));
	}

	/** The pages of the areas tagged on a case study. */
	public LinkGroup areasOfCaseStudy(String message, long caseStudyId) {
		return LinkGroup.of(message, links("""
				select new com.londonbeijing.portal.editing.ItemLink(a.name, concat('/areas/', a.slug))
				from CaseStudy c join c.areas a where c.id = :id order by a.navOrder, a.name""", caseStudyId));
	}

	/** The pages of a meeting's areas, which list the meeting. */
	public LinkGroup areasOfMeeting(String message, long meetingId) {
		return LinkGroup.of(message, links("""
				select new com.londonbeijing.portal.editing.ItemLink(a.name, concat('/areas/', a.slug))
				from Meeting m join m.areas a where m.id = :id order by a.navOrder, a.name""", meetingId));
	}

	/** The pages of the areas that show the trade figures. */
	public LinkGroup areasShowingTrade(String message) {
		return LinkGroup.of(message, this.entityManager.createQuery("""
				select new com.londonbeijing.portal.editing.ItemLink(a.name, concat('/areas/', a.slug))
				from CooperationArea a where a.showsTradeFigures = true order by a.navOrder, a.name""", ItemLink.class)
			.getResultList());
	}

	/**
	 * The published case studies that share an area with the given one, whose pages may
	 * show it under "Related case studies".
	 */
	public LinkGroup relatedCaseStudies(String message, long caseStudyId) {
		String from = """
				from CaseStudy c join c.areas a, CaseStudy o join o.areas oa
				where c.id = :id and oa.id = a.id and o.id <> c.id and o.status = :status""";
		long count = this.entityManager.createQuery("select count(distinct o.id) " + from, Long.class)
			.setParameter("id", caseStudyId)
			.setParameter("status", ContentStatus.PUBLISHED)
			.getSingleResult();
		List<ItemLink> links = this.entityManager
			.createQuery("select distinct new com.londonbeijing.portal.editing.ItemLink(o.title, "
					+ "concat('/case-studies/', o.slug)) " + from, ItemLink.class)
			.setParameter("id", caseStudyId)
			.setParameter("status", ContentStatus.PUBLISHED)
			.setMaxResults(LinkGroup.SHOWN)
			.getResultList();
		return new LinkGroup(message, count, links);
	}

	private long count(String query, long id) {
		return this.entityManager.createQuery(query, Long.class).setParameter("id", id).getSingleResult();
	}

	private List<ItemLink> links(String query, long id) {
		return this.entityManager.createQuery(query, ItemLink.class)
			.setParameter("id", id)
			.setMaxResults(LinkGroup.SHOWN)
			.getResultList();
	}

}
