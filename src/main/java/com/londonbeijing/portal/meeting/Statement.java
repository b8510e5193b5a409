package com.londonbeijing.portal.meeting;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/**
 * Something said at a meeting, attributed to a participant and tagged with topics. A
 * statement without a participant records what both sides said or discussed together.
 */
@Entity
@Audited
@Table(name = "meeting_statement")
public class Statement {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	// The meeting's @OneToMany writes meeting_id; this read-only side is what lets Envers
	// record it in the audit table (see @AuditMappedBy on Meeting).
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "meeting_id", insertable = false, updatable = false)
	private Meeting meeting;

	@Column(nullable = false)
	private int position;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "participant_id")
	private Participant participant;

	@Column(nullable = false, length = 2000)
	private String text;

	@ManyToMany
	@JoinTable(name = "meeting_statement_topic", joinColumns = @JoinColumn(name = "statement_id"),
			inverseJoinColumns = @JoinColumn(name = "topic_id"))
	private Set<Topic> topics = new LinkedHashSet<>();

	protected Statement() {
	}

	public Statement(Participant participant, String text) {
		this.participant = participant;
		this.text = text;
	}

	public Long getId() {
		return this.id;
	}

	public int getPosition() {
		return this.position;
	}

	void setPosition(int position) {
		this.position = position;
	}

	void setMeeting(Meeting meeting) {
		this.meeting = meeting;
	}

	public Participant getParticipant() {
		return this.participant;
	}

	/** The side that made the statement, or {@code null} when both sides did. */
	public Side getSide() {
		return (this.participant != null) ? this.participant.getSide() : null;
	}

	public String getText() {
		return this.text;
	}

	public void setParticipant(Participant participant) {
		this.participant = participant;
	}

	public void setText(String text) {
		this.text = text;
	}

	public Set<Topic> getTopics() {
		return this.topics;
	}

}
