package com.londonbeijing.portal.meeting;

import java.util.List;

import com.londonbeijing.portal.support.OffsetPage;
import com.londonbeijing.portal.translation.TranslatableItems;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/** Meetings, for the admin overview of translations, newest first. */
@Component
class MeetingTranslations implements TranslatableItems {

	private static final Sort ORDER = Sort.by(Sort.Order.desc("date"), Sort.Order.desc("id"));

	private final MeetingRepository meetings;

	MeetingTranslations(MeetingRepository meetings) {
		this.meetings = meetings;
	}

	@Override
	public String translationKind() {
		return Meeting.TRANSLATION_KIND;
	}

	@Override
	public String kindMessage() {
		return "admin.dashboard.kind.meetings";
	}

	@Override
	public long count() {
		return this.meetings.count();
	}

	@Override
	public List<Item> items(long offset, int limit) {
		return this.meetings.findAllBy(new OffsetPage(offset, limit, ORDER))
			.stream()
			.map((meeting) -> Item.of(meeting, meeting.getTitle(), "/admin/meetings/" + meeting.getId() + "/edit"))
			.toList();
	}

}
