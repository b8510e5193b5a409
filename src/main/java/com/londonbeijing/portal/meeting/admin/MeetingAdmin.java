package com.londonbeijing.portal.meeting.admin;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.londonbeijing.portal.area.AreaService;
import com.londonbeijing.portal.area.CooperationArea;
import com.londonbeijing.portal.area.CooperationAreaRepository;
import com.londonbeijing.portal.editing.ContentEditor;
import com.londonbeijing.portal.editing.ContentLinks;
import com.londonbeijing.portal.editing.ItemLink;
import com.londonbeijing.portal.editing.LastKnown;
import com.londonbeijing.portal.editing.LinkGroup;
import com.londonbeijing.portal.editing.SlugCheck;
import com.londonbeijing.portal.history.History;
import com.londonbeijing.portal.meeting.Meeting;
import com.londonbeijing.portal.meeting.MeetingRepository;
import com.londonbeijing.portal.meeting.Participant;
import com.londonbeijing.portal.meeting.Statement;
import com.londonbeijing.portal.meeting.Topic;
import com.londonbeijing.portal.meeting.TopicRepository;
import com.londonbeijing.portal.support.ContentStatus;
import com.londonbeijing.portal.support.Slugs;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.Errors;

/**
 * Editing diplomatic meetings with their participants, statements and topics.
 */
@Service
public class MeetingAdmin extends ContentEditor<Meeting, MeetingForm> {

	/** Meetings per admin list page. */
	public static final int PAGE_SIZE = 25;

	/** The earliest meeting date the database accepts. */
	static final LocalDate EARLIEST = LocalDate.of(1950, 1, 1);

	/** How many years ahead a (planned) meeting may be dated. */
	static final int YEARS_AHEAD = 5;

	private final MeetingRepository meetings;

	private final TopicRepository topics;

	private final AreaService areas;

	private final CooperationAreaRepository areaRepository;

	private final ContentLinks links;

	private final LastKnown<List<CooperationArea>> areaChoices;

	private final LastKnown<List<String>> topicNames;

	MeetingAdmin(MeetingRepository meetings, TopicRepository topics, AreaService areas,
			CooperationAreaRepository areaRepository, ContentLinks links, History history,
			TransactionTemplate transaction) {
		super(Meeting.class, history, transaction);
		this.meetings = meetings;
		this.topics = topics;
		this.areas = areas;
		this.areaRepository = areaRepository;
		this.links = links;
		this.areaChoices = new LastKnown<>(areas::all, List.of());
		this.topicNames = new LastKnown<>(
				() -> transaction
					.execute((status) -> topics.findAllByOrderByName().stream().map(Topic::getName).toList()),
				List.of());
	}

	/**
	 * The pages that link to a meeting, for its delete page: its areas' pages, the home
	 * page if it is the latest published meeting, and site texts linking to it.
	 */
	public List<LinkGroup> linkedFrom(long id) {
		return this.transaction.execute((status) -> {
			Meeting meeting = find(id);
			List<LinkGroup> groups = new ArrayList<>();
			groups.add(LinkGroup.of("admin.meetings.delete.areas", this.areaRepository.linksOfMeetingAreas(id)));
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
	 * One page of all meetings, drafts included, optionally those whose title matches.
	 */
	public Page<Meeting> list(String query, Sort sort, int pageIndex) {
		PageRequest request = PageRequest.of(pageIndex, PAGE_SIZE, sort);
		Specification<Meeting> where = (query == null || query.isBlank()) ? Specification.unrestricted()
				: (meeting, criteria, builder) -> builder.like(builder.lower(meeting.get("title")),
						"%" + escapeLike(query.strip().toLowerCase(Locale.ROOT)) + "%", '\\');
		return this.transaction.execute((status) -> this.meetings.findAll(where, request));
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	/** The areas an editor can choose from. */
	public List<CooperationArea> areaChoices() {
		return this.areaChoices.get();
	}

	/** The topics meetings already use, to suggest while typing. */
	public List<String> topicNames() {
		return this.topicNames.get();
	}

	/**
	 * Checks what Bean Validation cannot: the slug is free, the date is plausible, topics
	 * are not listed twice, every statement names a participant of this meeting (or both
	 * sides) and only topics of this meeting.
	 */
	public void validate(MeetingForm form, Errors errors) {
		SlugCheck.check(form.getSlug(), form.getId(), errors, this.meetings::existsBySlug,
				this.meetings::existsBySlugAndIdNot);
		if (form.getDate() != null) {
			int latestYear = Year.now().getValue() + YEARS_AHEAD;
			if (form.getDate().isBefore(EARLIEST) || form.getDate().getYear() > latestYear) {
				errors.rejectValue("date", "admin.meetings.validation.date", new Object[] { latestYear }, null);
			}
		}
		Set<String> topicNames = new HashSet<>();
		Map<String, Topic> existing = this.transaction.execute((status) -> byName(this.topics.findAllByOrderByName()));
		Map<String, String> slugs = existing.values()
			.stream()
			.collect(Collectors.toMap(Topic::getSlug, Topic::getName));
		for (int i = 0; i < form.getTopics().size(); i++) {
			String name = form.getTopics().get(i);
			if (name == null || name.isBlank()) {
				continue;
			}
			String field = "topics[" + i + "]";
			if (!topicNames.add(key(name))) {
				errors.rejectValue(field, "admin.meetings.validation.topicTwice");
			}
			else if (!existing.containsKey(key(name))) {
				String similar = slugs.get(Slugs.suggest(name));
				if (similar != null) {
					errors.rejectValue(field, "admin.meetings.validation.topicSimilar", new Object[] { similar }, null);
				}
			}
		}
		Set<String> speakers = form.getParticipants()
			.stream()
			.map(ParticipantRow::getKey)
			.collect(Collectors.toCollection(HashSet::new));
		speakers.add(StatementRow.BOTH_SIDES);
		for (int i = 0; i < form.getStatements().size(); i++) {
			StatementRow statement = form.getStatements().get(i);
			String speaker = statement.getSpeaker();
			if (speaker != null && !speaker.isBlank() && !speakers.contains(speaker)) {
				errors.rejectValue("statements[" + i + "].speaker", "admin.meetings.validation.speaker");
			}
			if (statement.topicNames().isEmpty() && !errors.hasFieldErrors("statements[" + i + "].topics")) {
				// The meeting page shows statements topic by topic: one without a topic
				// would
				// not appear.
				errors.rejectValue("statements[" + i + "].topics", "admin.meetings.validation.statementNoTopic");
			}
			for (String topic : statement.topicNames()) {
				if (!topicNames.contains(key(topic))) {
					errors.rejectValue("statements[" + i + "].topics", "admin.meetings.validation.statementTopic",
							new Object[] { topic }, null);
					break;
				}
			}
		}
	}

	@Override
	protected Optional<Meeting> findById(long id) {
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
		form.applyTo(meeting);
		meeting.getAreas().clear();
		meeting.getAreas().addAll(this.areas.byIds(form.getAreaIds()));
		Map<String, Topic> topics = resolveTopics(form.getTopics());
		meeting.getTopics().clear();
		meeting.getTopics().addAll(topics.values());

		// Stored participants and statements are updated in place, so statements keep
		// pointing at the same participant rows and the history shows real changes.
		Map<Long, Participant> storedParticipants = byId(meeting.getParticipants(), Participant::getId);
		Map<String, Participant> participantsByKey = new HashMap<>();
		List<Participant> participants = new ArrayList<>();
		for (ParticipantRow row : form.getParticipants()) {
			Participant participant = storedParticipants.remove(row.storedId());
			if (participant == null) {
				participant = new Participant(row.getName().strip(), row.getOffice().strip(), row.getSide());
			}
			else {
				participant.setName(row.getName().strip());
				participant.setOffice(row.getOffice().strip());
				participant.setSide(row.getSide());
			}
			participantsByKey.put(row.getKey(), participant);
			participants.add(participant);
		}
		Map<Long, Statement> storedStatements = byId(meeting.getStatements(), Statement::getId);
		List<Statement> statements = new ArrayList<>();
		for (StatementRow row : form.getStatements()) {
			Participant speaker = participantsByKey.get(row.getSpeaker());
			Statement statement = (row.getId() != null) ? storedStatements.remove(row.getId()) : null;
			if (statement == null) {
				statement = new Statement(speaker, row.getText().strip());
			}
			else {
				statement.setParticipant(speaker);
				statement.setText(row.getText().strip());
			}
			statement.getTopics().clear();
			row.topicNames()
				.stream()
				.map((name) -> topics.get(key(name)))
				.filter((topic) -> topic != null)
				.forEach(statement.getTopics()::add);
			statements.add(statement);
		}
		meeting.replaceParticipants(participants);
		meeting.replaceStatements(statements);
	}

	/** The topics named, by lower-case name; names not yet used become new topics. */
	private Map<String, Topic> resolveTopics(List<String> names) {
		Map<String, Topic> existing = byName(this.topics.findAllByOrderByName());
		Map<String, Topic> resolved = new LinkedHashMap<>();
		for (String name : names) {
			if (name == null || name.isBlank()) {
				continue;
			}
			Topic topic = existing.get(key(name));
			if (topic == null) {
				topic = this.topics.save(new Topic(newTopicSlug(name), name.strip()));
				existing.put(key(name), topic);
			}
			resolved.put(key(name), topic);
		}
		return resolved;
	}

	private String newTopicSlug(String name) {
		String base = Slugs.suggest(name);
		if (base.isEmpty()) {
			base = "topic";
		}
		String slug = base;
		for (int n = 2; this.topics.existsBySlug(slug); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

	private static Map<String, Topic> byName(List<Topic> topics) {
		Map<String, Topic> byName = new HashMap<>();
		topics.forEach((topic) -> byName.put(key(topic.getName()), topic));
		return byName;
	}

	private static <T> Map<Long, T> byId(List<T> items, Function<T, Long> id) {
		Map<Long, T> byId = new HashMap<>();
		items.forEach((item) -> byId.put(id.apply(item), item));
		return byId;
	}

	private static String key(String topicName) {
		return topicName.strip().toLowerCase(Locale.ROOT);
	}

	@Override
	protected void remove(Meeting meeting) {
		this.meetings.delete(meeting);
	}

}
