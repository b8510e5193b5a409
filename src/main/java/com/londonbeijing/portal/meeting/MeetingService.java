package com.londonbeijing.portal.meeting;

import java.util.List;

import com.londonbeijing.portal.address.AddressKind;
import com.londonbeijing.portal.address.EarlierAddresses;
import com.londonbeijing.portal.area.CooperationArea;
import com.londonbeijing.portal.support.ContentStatus;
import com.londonbeijing.portal.support.NotFoundException;
import com.londonbeijing.portal.support.Visibility;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads published diplomatic meetings for the public pages.
 */
@Service
@Transactional(readOnly = true)
public class MeetingService {

	/** Meetings per list page. */
	public static final int PAGE_SIZE = 10;

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("date"), Sort.Order.desc("id"));

	private final MeetingRepository meetings;

	private final EarlierAddresses earlierAddresses;

	MeetingService(MeetingRepository meetings, EarlierAddresses earlierAddresses) {
		this.meetings = meetings;
		this.earlierAddresses = earlierAddresses;
	}

	/**
	 * One page of published meetings, newest first, filtered by year and topic. A page
	 * past the end gives the last page.
	 * @param filter the valid filters
	 * @param pageIndex the page, from 0
	 * @return the page, with participants and topics loaded
	 */
	public Page<Meeting> list(MeetingFilter filter, int pageIndex) {
		return list(filter, pageIndex, PAGE_SIZE);
	}

	/**
	 * One page of published meetings of the given size, for the API, whose callers choose
	 * how many they want at once. A page past the end gives the last page.
	 * @param filter the valid filters
	 * @param pageIndex the page, from 0
	 * @param size the most meetings on a page
	 * @return the page, with participants and topics loaded
	 */
	public Page<Meeting> list(MeetingFilter filter, int pageIndex, int size) {
		Specification<Meeting> where = MeetingFilters.published();
		if (filter.year() != null) {
			where = where.and(MeetingFilters.inYear(filter.year()));
		}
		if (filter.topic() != null) {
			where = where.and(MeetingFilters.withTopic(filter.topic()));
		}
		Page<Meeting> page = this.meetings.findAll(where, PageRequest.of(pageIndex, size, NEWEST_FIRST));
		if (page.getContent().isEmpty() && pageIndex > 0 && page.getTotalPages() > 0) {
			page = this.meetings.findAll(where, PageRequest.of(page.getTotalPages() - 1, size, NEWEST_FIRST));
		}
		page.getContent().forEach(MeetingService::loadSummary);
		return page;
	}

	/**
	 * The years in which published meetings took place, newest first. Kept until content
	 * changes: it reads every meeting.
	 */
	@Cacheable("meeting-years")
	public List<Integer> years() {
		return this.meetings.findYears(ContentStatus.PUBLISHED);
	}

	/**
	 * The topics of published meetings, alphabetically. Kept until content changes: it
	 * reads every meeting's topics.
	 */
	@Cacheable("meeting-topics")
	public List<Topic> topics() {
		return this.meetings.findTopics(ContentStatus.PUBLISHED);
	}

	/**
	 * A published meeting with its participants, statements and topics, and the
	 * statements grouped by topic for comparing the two sides.
	 * @param slug the meeting's slug
	 * @param visibility what the user may see
	 * @return the meeting's page content
	 * @throws NotFoundException if no visible meeting has that slug
	 */
	public MeetingDetails show(String slug, Visibility visibility) {
		Meeting meeting = this.meetings.findBySlugAndStatusIn(slug, visibility.statuses())
			.orElseThrow(() -> this.earlierAddresses.notFound(AddressKind.MEETINGS, slug, visibility, "Meeting"));
		meeting.getStatements().forEach((statement) -> statement.getTopics().size());
		meeting.getTopics().size();
		meeting.getAreas().size();
		return new MeetingDetails(meeting, TopicComparison.of(meeting.getStatements()));
	}

	/** The most recent published meeting, if any. */
	public Meeting latest() {
		List<Meeting> latest = this.meetings.findByStatusOrderByDateDescIdDesc(ContentStatus.PUBLISHED,
				PageRequest.of(0, 1));
		latest.forEach(MeetingService::loadSummary);
		return latest.isEmpty() ? null : latest.get(0);
	}

	/** The most recent published meetings related to an area. */
	public List<Meeting> inArea(CooperationArea area) {
		List<Meeting> related = this.meetings.findByArea(ContentStatus.PUBLISHED, area.getId(),
				PageRequest.of(0, PAGE_SIZE));
		related.forEach(MeetingService::loadSummary);
		return related;
	}

	private static void loadSummary(Meeting meeting) {
		meeting.getParticipants().size();
		meeting.getTopics().size();
	}

	/**
	 * A meeting and its statements compared topic by topic.
	 *
	 * @param meeting the meeting
	 * @param comparisons one entry per topic raised
	 */
	public record MeetingDetails(Meeting meeting, List<TopicComparison> comparisons) {

	}

}
