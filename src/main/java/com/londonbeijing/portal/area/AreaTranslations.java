package com.londonbeijing.portal.area;

import java.util.List;

import com.londonbeijing.portal.support.OffsetPage;
import com.londonbeijing.portal.translation.TranslatableItems;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/** Areas, for the admin overview of translations, in navigation order. */
@Component
class AreaTranslations implements TranslatableItems {

	private static final Sort ORDER = Sort.by("navOrder", "name", "id");

	private final CooperationAreaRepository areas;

	AreaTranslations(CooperationAreaRepository areas) {
		this.areas = areas;
	}

	@Override
	public String translationKind() {
		return CooperationArea.TRANSLATION_KIND;
	}

	@Override
	public String kindMessage() {
		return "admin.dashboard.kind.areas";
	}

	@Override
	public long count() {
		return this.areas.count();
	}

	@Override
	public List<Item> items(long offset, int limit) {
		return this.areas.findAllBy(new OffsetPage(offset, limit, ORDER))
			.stream()
			.map((area) -> Item.of(area, area.getName(), "/admin/areas/" + area.getId() + "/edit"))
			.toList();
	}

}
