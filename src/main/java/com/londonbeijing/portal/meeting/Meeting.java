package com.londonbeijing.portal.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.londonbeijing.portal.address.AddressKind;
import com.londonbeijing.portal.address.AddressableContent;
import com.londonbeijing.portal.area.CooperationArea;
import com.londonbeijing.portal.translation.Translatable;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.envers.AuditMappedBy;
import org.hibernate.envers.Audited;

/**
 * A diplomatic meeting: who met, when, where, and what each side said.
 */
@Entity
@Audited
@Table(name = "meeting")
public class Meeting extends AddressableContent implements Translatable {

	/** Meetings in the {@code translation} table. */
	public static final String TRANSLATION_KIND = "meeting";

	@Column(nullable = false, unique = true, length = 160)
	private String slug;

	@Column(nullable = false, length = 300)
	private String title;

	@Column(name = "meeting_date", nullable = false)
	private LocalDate date;

	@Column(nullable = false, length = 300)
	private String venue;

	@Column(nullable = false, length = 120)
	private String city;

	@Column(nullable = false, length = 2000)
	private String summary;

	private String body;

	// Positions are explicit fields (not @OrderColumn) so that inserts write them at once
	// and the NOT NULL / UNIQUE constraints in the database hold at every statement.
	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "meeting_id", nullable = false)
	@OrderBy("position")
	@AuditMappedBy(mappedBy = "meeting")
	private List<Participant> participants = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "meeting_id", nullable = false)
	@OrderBy("position")
	@AuditMappedBy(mappedBy = "meeting")
	private List<Statement> statements = new ArrayList<>();

	@ManyToMany
	@JoinTable(name = "meeting_topic", joinColumns = @JoinColumn(name = "meeting_id"),
			inverseJoinColumns = @JoinColumn(name = "topic_id"))
	private Set<Topic> topics = new LinkedHashSet<>();

	@ManyToMany
	@JoinTable(name = "meeting_area", joinColumns = @JoinColumn(name = "meeting_id"),
			inverseJoinColumns = @JoinColumn(name = "area_id"))
	private Set<CooperationArea> areas = new LinkedHashSet<>();

	protected Meeting() {
	}

	public Meeting(String slug, String title, LocalDate date, String venue, String city, String summary) {
		this.slug = slug;
		this.title = title;
		this.date = date;
		this.venue = venue;
		this.city = city;
		this.summary = summary;
	}

	@Override
	public String getSlug() {
		return this.slug;
	}

	@Override
	public AddressKind addressKind() {
		return AddressKind.MEETINGS;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
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

	public List<Participant> getParticipants() {
		return this.participants;
	}

	public void addParticipant(Participant participant) {
		participant.setPosition(this.participants.size());
		participant.setMeeting(this);
		this.participants.add(participant);
	}

	/**
	 * Makes the given participants the meeting's, in this order: those already in the
	 * meeting are kept (statements may refer to them), the others are removed.
	 */
	public void replaceParticipants(List<Participant> participants) {
		this.participants.clear();
		participants.forEach(this::addParticipant);
	}

	public List<Statement> getStatements() {
		return this.statements;
	}

	public void addStatement(Statement statement) {
		statement.setPosition(this.statements.size());
		statement.setMeeting(this);
		this.statements.add(statement);
	}

	/** Makes the given statements the meeting's, in this order. */
	public void replaceStatements(List<Statement> statements) {
		this.statements.clear();
		statements.forEach(this::addStatement);
	}

	public Set<Topic> getTopics() {
		return this.topics;
	}

	/** Topics in alphabetical order, for display. */
	public List<Topic> getSortedTopics() {
		return this.topics.stream().sorted(Comparator.comparing(Topic::getName)).toList();
	}

	public Set<CooperationArea> getAreas() {
		return this.areas;
	}

	public List<CooperationArea> getSortedAreas() {
		return this.areas.stream()
			.filter(CooperationArea::isPublished)
			.sorted(Comparator.comparingInt(CooperationArea::getNavOrder).thenComparing(CooperationArea::getName))
			.toList();
	}

	/** The statements' English by translation field, in order. */
	public Map<String, String> getStatementTexts() {
		Map<String, String> texts = new LinkedHashMap<>();
		this.statements.forEach((statement) -> texts.put("statement" + statement.getId(), statement.getText()));
		return texts;
	}

	@Override
	public String translationKind() {
		return TRANSLATION_KIND;
	}

	@Override
	public Map<String, String> translatableTexts() {
		Map<String, String> texts = new LinkedHashMap<>();
		texts.put("title", this.title);
		texts.put("venue", this.venue);
		texts.put("city", this.city);
		texts.put("summary", this.summary);
		texts.put("body", this.body);
		this.participants
			.forEach((participant) -> texts.put("participantOffice" + participant.getId(), participant.getOffice()));
		texts.putAll(getStatementTexts());
		return texts;
	}

	public List<Participant> getUkParticipants() {
		return participantsOn(Side.UK);
	}

	public List<Participant> getChinaParticipants() {
		return participantsOn(Side.CHINA);
	}

	private List<Participant> participantsOn(Side side) {
		return this.participants.stream().filter((participant) -> participant.getSide() == side).toList();
	}

}
