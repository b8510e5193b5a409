package com.londonbeijing.portal.meeting.admin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.londonbeijing.portal.area.CooperationArea;
import com.londonbeijing.portal.editing.AbstractTranslatableForm;
import com.londonbeijing.portal.editing.PublishableForm;
import com.londonbeijing.portal.meeting.Meeting;
import com.londonbeijing.portal.meeting.Participant;
import com.londonbeijing.portal.meeting.Statement;
import com.londonbeijing.portal.meeting.Topic;
import com.londonbeijing.portal.support.ContentStatus;
import com.londonbeijing.portal.support.ListEdits;
import com.londonbeijing.portal.support.Slugs;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What an editor types for a diplomatic meeting: when and where, who took part, what each
 * of them said on which topics, and the areas it concerns.
 */
public class MeetingForm extends AbstractTranslatableForm<Meeting> implements PublishableForm {

	@NotBlank
	@Size(max = 300)
	private String title;

	@Size(max = 160)
	@Pattern(regexp = "^$|" + Slugs.PATTERN, message = "{validation.slug}")
	private String slug;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate date;

	@NotBlank
	@Size(max = 300)
	private String venue;

	@NotBlank
	@Size(max = 120)
	private String city;

	@NotBlank
	@Size(max = 2000)
	private String summary;

	@Size(max = 100000)
	private String body;

	private Set<Long> areaIds = new LinkedHashSet<>();

	private List<@NotBlank @Size(max = 200) String> topics = new ArrayList<>();

	private List<@Valid ParticipantRow> participants = new ArrayList<>();

	private List<@Valid StatementRow> statements = new ArrayList<>();

	@NotNull
	private ContentStatus status = ContentStatus.DRAFT;

	static MeetingForm of(Meeting meeting) {
		MeetingForm form = new MeetingForm();
		form.setId(meeting.getId());
		form.setVersion(meeting.getVersion());
		form.title = meeting.getTitle();
		form.slug = meeting.getSlug();
		form.date = meeting.getDate();
		form.venue = meeting.getVenue();
		form.city = meeting.getCity();
		form.summary = meeting.getSummary();
		form.body = meeting.getBody();
		form.areaIds = meeting.getAreas()
			.stream()
			.map(CooperationArea::getId)
			.sorted()
			.collect(Collectors.toCollection(LinkedHashSet::new));
		form.topics = meeting.getSortedTopics()
			.stream()
			.map(Topic::getName)
			.collect(Collectors.toCollection(ArrayList::new));
		form.participants = meeting.getParticipants()
			.stream()
			.map(ParticipantRow::of)
			.collect(Collectors.toCollection(ArrayList::new));
		form.statements = meeting.getStatements()
			.stream()
			.map(StatementRow::of)
			.collect(Collectors.toCollection(ArrayList::new));
		form.status = meeting.getStatus();
		return form;
	}

	/** Fills in the slug from the date and title when the editor left it empty. */
	@Override
	public void suggestSlug() {
		if (this.slug == null || this.slug.isBlank()) {
			String suggested = Slugs.suggest(this.title);
			this.slug = (this.date != null && !suggested.isEmpty()) ? this.date + "-" + suggested : suggested;
		}
	}

	/**
	 * Copies the whole form onto a meeting: its own values, its areas and topics, and its
	 * participants and statements. Stored participants and statements are updated in
	 * place, so statements keep pointing at the same participant rows and the history
	 * shows real changes.
	 * @param meeting the meeting, new or stored
	 * @param areas the areas chosen ({@link #getAreaIds()})
	 * @param topics the meeting's topics by {@link MeetingTopics#key}, as resolved from
	 * {@link #getTopics()}
	 */
	void applyTo(Meeting meeting, Collection<CooperationArea> areas, Map<String, Topic> topics) {
		applyTo(meeting);
		meeting.getAreas().clear();
		meeting.getAreas().addAll(areas);
		meeting.getTopics().clear();
		meeting.getTopics().addAll(topics.values());
		Map<String, Participant> participantsByKey = new HashMap<>();
		meeting.replaceParticipants(participants(meeting, participantsByKey));
		meeting.replaceStatements(statements(meeting, participantsByKey, topics));
	}

	private List<Participant> participants(Meeting meeting, Map<String, Participant> byKey) {
		Map<Long, Participant> stored = byId(meeting.getParticipants(), Participant::getId);
		List<Participant> participants = new ArrayList<>();
		for (ParticipantRow row : this.participants) {
			Participant participant = stored.remove(row.storedId());
			if (participant == null) {
				participant = new Participant(row.getName().strip(), row.getOffice().strip(), row.getSide());
			}
			else {
				participant.setName(row.getName().strip());
				participant.setOffice(row.getOffice().strip());
				participant.setSide(row.getSide());
			}
			byKey.put(row.getKey(), participant);
			participants.add(participant);
		}
		return participants;
	}

	private List<Statement> statements(Meeting meeting, Map<String, Participant> participantsByKey,
			Map<String, Topic> topics) {
		Map<Long, Statement> stored = byId(meeting.getStatements(), Statement::getId);
		List<Statement> statements = new ArrayList<>();
		for (StatementRow row : this.statements) {
			Participant speaker = participantsByKey.get(row.getSpeaker());
			Statement statement = (row.getId() != null) ? stored.remove(row.getId()) : null;
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
				.map((name) -> topics.get(MeetingTopics.key(name)))
				.filter((topic) -> topic != null)
				.forEach(statement.getTopics()::add);
			statements.add(statement);
		}
		return statements;
	}

	private static <T> Map<Long, T> byId(List<T> items, Function<T, Long> id) {
		Map<Long, T> byId = new HashMap<>();
		items.forEach((item) -> byId.put(id.apply(item), item));
		return byId;
	}

	/**
	 * Copies the meeting's own values, without its areas, topics, participants and
	 * statements; see {@link #applyTo(Meeting, Collection, Map)}.
	 */
	@Override
	public void applyTo(Meeting meeting) {
		meeting.setTitle(this.title.strip());
		meeting.setSlug(this.slug);
		meeting.setDate(this.date);
		meeting.setVenue(this.venue.strip());
		meeting.setCity(this.city.strip());
		meeting.setSummary(this.summary.strip());
		meeting.setBody((this.body == null || this.body.isBlank()) ? null : this.body.strip());
		meeting.setStatus(this.status);
	}

	/**
	 * Applies an add / remove / move command to the topics, participants or statements.
	 */
	@Override
	public boolean editList(String command) {
		return ListEdits.apply(command, "topics", this.topics, () -> "")
				|| ListEdits.apply(command, "participants", this.participants, ParticipantRow::new)
				|| ListEdits.apply(command, "statements", this.statements, StatementRow::new);
	}

	/**
	 * Who a statement can be attributed to: both sides together (labelled by the
	 * template) or a named participant of the form.
	 */
	public List<SpeakerChoice> getSpeakerChoices() {
		List<SpeakerChoice> choices = new ArrayList<>();
		choices.add(new SpeakerChoice(StatementRow.BOTH_SIDES, null));
		this.participants.stream()
			.filter((participant) -> participant.getName() != null && !participant.getName().isBlank())
			.forEach((participant) -> choices.add(new SpeakerChoice(participant.getKey(),
					(participant.getOffice() == null || participant.getOffice().isBlank()) ? participant.getName()
							: participant.getName() + " (" + participant.getOffice() + ")")));
		return choices;
	}

	/** Who made a statement, by name, for history and conflicts. */
	private String speakerName(StatementRow statement) {
		return this.participants.stream()
			.filter((participant) -> participant.getKey() != null
					&& participant.getKey().equals(statement.getSpeaker()))
			.map(ParticipantRow::getName)
			.findFirst()
			.orElse(StatementRow.BOTH_SIDES.equals(statement.getSpeaker()) ? "—" : "?");
	}

	@Override
	public Map<String, String> fields() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("admin.meetings.form.title", this.title);
		fields.put("admin.form.slug", this.slug);
		fields.put("admin.meetings.form.date", (this.date != null) ? this.date.toString() : null);
		fields.put("admin.meetings.form.venue", this.venue);
		fields.put("admin.meetings.form.city", this.city);
		fields.put("admin.meetings.form.summary", this.summary);
		fields.put("admin.form.body", this.body);
		fields.put("admin.meetings.form.areas", (this.areaIds != null) ? this.areaIds.toString() : null);
		fields.put("admin.meetings.form.topics", String.join(", ", this.topics));
		fields.put("admin.meetings.form.participants",
				this.participants.stream().map(ParticipantRow::toString).collect(Collectors.joining("\n")));
		fields.put("admin.meetings.form.statements",
				this.statements.stream()
					.map((statement) -> speakerName(statement) + " | " + statement.getText() + " | "
							+ String.join(", ", statement.topicNames()))
					.collect(Collectors.joining("\n")));
		fields.put("admin.form.status", (this.status != null) ? this.status.name() : null);
		return fields;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public LocalDate getDate() {
		return this.date;
	}

	public void setDate(LocalDate date) {
		this.date = date;
	}

	public String getVenue() {
		return this.venue;
	}

	public void setVenue(String venue) {
		this.venue = venue;
	}

	public String getCity() {
		return this.city;
	}

	public void setCity(String city) {
		this.city = city;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public Set<Long> getAreaIds() {
		return this.areaIds;
	}

	public void setAreaIds(Set<Long> areaIds) {
		this.areaIds = areaIds;
	}

	public List<String> getTopics() {
		return this.topics;
	}

	public void setTopics(List<String> topics) {
		this.topics = topics;
	}

	public List<ParticipantRow> getParticipants() {
		return this.participants;
	}

	public void setParticipants(List<ParticipantRow> participants) {
		this.participants = participants;
	}

	public List<StatementRow> getStatements() {
		return this.statements;
	}

	public void setStatements(List<StatementRow> statements) {
		this.statements = statements;
	}

	@Override
	public ContentStatus getStatus() {
		return this.status;
	}

	@Override
	public void setStatus(ContentStatus status) {
		this.status = status;
	}

	@Override
	public Map<String, String> englishTexts() {
		Map<String, String> texts = new LinkedHashMap<>();
		texts.put("title", this.title);
		texts.put("venue", this.venue);
		texts.put("city", this.city);
		texts.put("summary", this.summary);
		texts.put("body", this.body);
		this.participants.forEach((participant) -> texts.put(participant.getOfficeField(), participant.getOffice()));
		this.statements.forEach((statement) -> texts.put(statement.getTextField(), statement.getText()));
		return texts;
	}

	/**
	 * One choice of who made a statement.
	 *
	 * @param key the participant's key, or {@link StatementRow#BOTH_SIDES}
	 * @param label what the editor sees, or {@code null} for the template's own label
	 */
	public record SpeakerChoice(String key, String label) {

	}

}
