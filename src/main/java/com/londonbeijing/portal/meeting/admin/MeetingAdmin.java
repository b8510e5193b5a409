package com.londonbeijing.portal.meeting.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.londonbeijing.portal.area.AreaService;
import com.londonbeijing.portal.editing.ContentEditor;
import com.londonbeijing.portal.editing.ContentLinks;
import com.londonbeijing.portal.editing.ItemLink;
import com.londonbeijing.portal.editing.LinkGroup;
import com.londonbeijing.portal.editing.LinkQueries;
import com.londonbeijing.portal.editing.ListSorts;
import com.londonbeijing.portal.history.History;
import com.londonbeijing.portal.meeting.Meeting;
import com.londonbeijing.portal.meeting.MeetingRepository;
import com.londonbeijing.portal.support.ContentStatus;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.Errors;

/**
 * Editing diplomatic meetings with their participants, statements and topics: the list
 * and delete page here, the checks in {@link MeetingChecks}, the mapping in
 * {@link MeetingForm}, topics by name in {@link MeetingTopics}.
 */
@Service
public class MeetingAdmin extends ContentEditor<Meeting, Long, MeetingForm> {

	private static final ListSorts SORTS = new ListSorts("-date",
			Map.of("-date", Sort.by(Sort.Order.desc("date"), Sort.Order.desc("id")), "date", Sort.by("date", "id"),
					"title", Sort.by("title"), "-title", Sort.by(Sort.Order.desc("title")), "-updated",
					Sort.by(Sort.Order.desc("updatedAt")), "updated", Sort.by("updatedAt")));

	private final MeetingRepository meetings;

	private final AreaService areas;

	private final MeetingTopics topics;

	private final MeetingChecks checks;

	private final LinkQueries linkQueries;

	private final ContentLinks links;

	MeetingAdmin(MeetingRepository meetings, AreaService areas, MeetingTopics topics, MeetingChecks checks,
			LinkQueries linkQueries, ContentLinks links, History history, TransactionTemplate transaction) {
		super(Meeting.class, SORTS, history, transaction);
		this.meetings = meetings;
		this.areas = areas;
		this.topics = topics;
		this.checks = checks;
		this.linkQueries = linkQueries;
		this.links = links;
	}

	/**
	 * The pages that link to a meeting, for its delete page: its areas' pages, the home
	 * page if it is the latest published meeting, and site texts linking to it.
	 */
	@Override
	public List<LinkGroup> linkedFrom(Long id) {
		return this.transaction.execute((status) -> {
			Meeting meeting = find(id);
			List<LinkGroup> groups = new ArrayList<>();
			groups.add(this.linkQueries.areasOfMeeting("admin.meetings.delete.areas", id));
			boolean latest = this.meetings
				.findByStatusOrderByDateDescIdDesc(ContentStatus.PUBLISHED, PageRequest.of(0, 1))
				.stream()
				.anyMatch((newest) -> newest.getId().equals(meeting.getId()));
			if (latest) {
				groups.add(LinkGroup.of("admin.meetings.delete.home", List.of(ItemLink.page("nav.home", "/"))));
			}
			groups.add(this.links.textsLinkingTo("/meetings/" + meeting.getSlug()));
			return groups;
		});
	}

	/**
	 * One page of all meetings, drafts included, optionally those whose title contains
	 * the query.
	 */
	@Override
	public Page<Meeting> list(String query, Sort sort, int pageIndex) {
		Specification<Meeting> where = (query != null) ? (meeting, criteria, builder) -> builder
			.like(builder.lower(meeting.get("title")), "%" + escapeLike(query.toLowerCase(Locale.ROOT)) + "%", '\\')
				: Specification.unrestricted();
		return this.transaction.execute((status) -> this.meetings.findAll(where, page(sort, pageIndex)));
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	@Override
	public MeetingForm newForm() {
		return new MeetingForm();
	}

	@Override
	public String label(MeetingForm form) {
		return form.getTitle();
	}

	@Override
	protected void check(MeetingForm form, Errors errors) {
		this.checks.check(form, errors);
	}

	@Override
	public String kind() {
		return "meetings";
	}

	@Override
	protected String publicPath(Meeting entity) {
		return "/meetings/" + entity.getSlug();
	}

	@Override
	protected Optional<Meeting> findById(Long id) {
		return this.meetings.findById(id);
	}

	@Override
	protected MeetingForm toForm(Meeting meeting) {
		return MeetingForm.of(meeting);
	}

	@Override
	protected Meeting create(MeetingForm form) {
		Meeting meeting = new Meeting(form.getSlug(), form.getTitle(), form.getDate(), form.getVenue(), form.getCity(),
				form.getSummary());
		apply(form, meeting);
		return this.meetings.save(meeting);
	}

	@Override
	protected void apply(MeetingForm form, Meeting meeting) {
		form.applyTo(meeting, this.areas.byIds(form.getAreaIds()), this.topics.resolve(form.getTopics()));
	}

	@Override
	protected void remove(Meeting meeting) {
		this.meetings.delete(meeting);
	}

}
