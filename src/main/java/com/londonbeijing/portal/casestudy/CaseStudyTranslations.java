package com.londonbeijing.portal.casestudy;

import java.util.List;

import com.londonbeijing.portal.support.OffsetPage;
import com.londonbeijing.portal.translation.TranslatableItems;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/** Case studies, for the admin overview of translations, in the list's order. */
@Component
class CaseStudyTranslations implements TranslatableItems {

	private static final Sort ORDER = Sort.by("sortOrder", "id");

	private final CaseStudyRepository caseStudies;

	CaseStudyTranslations(CaseStudyRepository caseStudies) {
		this.caseStudies = caseStudies;
	}

	@Override
	public String translationKind() {
		return CaseStudy.TRANSLATION_KIND;
	}

	@Override
	public String kindMessage() {
		return "admin.dashboard.kind.case-studies";
	}

	@Override
	public long count() {
		return this.caseStudies.count();
	}

	@Override
	public List<Item> items(long offset, int limit) {
		return this.caseStudies.findAllBy(new OffsetPage(offset, limit, ORDER))
			.stream()
			.map((caseStudy) -> Item.of(caseStudy, caseStudy.getTitle(),
					"/admin/case-studies/" + caseStudy.getId() + "/edit"))
			.toList();
	}

}
