package com.londonbeijing.portal.casestudy;

import java.util.List;

import com.londonbeijing.portal.support.ContentStatus;
import com.londonbeijing.portal.test.PortalDataJpaTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@PortalDataJpaTest
class CaseStudyRepositoryTests {

	@Autowired
	CaseStudyRepository caseStudies;

	@Autowired
	JdbcClient jdbc;

	@Test
	void relatedAreThePublishedOthersSharingAnAreaInListOrderOnceEach() {
		long first = area("related-first");
		long second = area("related-second");
		long elsewhere = area("related-elsewhere");
		long self = caseStudy("related-self", 1, "PUBLISHED", first, second);
		caseStudy("related-both", 5, "PUBLISHED", first, second);
		caseStudy("related-one", 3, "PUBLISHED", second);
		caseStudy("related-draft", 2, "DRAFT", first);
		caseStudy("related-unrelated", 4, "PUBLISHED", elsewhere);

		List<CaseStudy> related = this.caseStudies.findRelated(ContentStatus.PUBLISHED, self, List.of(first, second),
				PageRequest.of(0, 6));

		assertThat(related).extracting(CaseStudy::getSlug).containsExactly("related-one", "related-both");
		assertThat(this.caseStudies.findRelated(ContentStatus.PUBLISHED, self, List.of(first, second),
				PageRequest.of(0, 1)))
			.extracting(CaseStudy::getSlug)
			.containsExactly("related-one");
	}

	private long area(String slug) {
		return this.jdbc.sql("INSERT INTO cooperation_area (slug, name) VALUES (?, ?) RETURNING id")
			.params(slug, slug)
			.query(Long.class)
			.single();
	}

	private long caseStudy(String slug, int order, String status, long... areas) {
		long id = this.jdbc.sql(
				"INSERT INTO case_study (slug, title, summary, status, sort_order) VALUES (?, ?, 'S', ?, ?) RETURNING id")
			.params(slug, slug, status, -1000 + order)
			.query(Long.class)
			.single();
		for (long area : areas) {
			this.jdbc.sql("INSERT INTO case_study_area (case_study_id, area_id) VALUES (?, ?)")
				.params(id, area)
				.update();
		}
		return id;
	}

}
