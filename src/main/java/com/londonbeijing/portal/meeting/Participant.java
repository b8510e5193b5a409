package com.londonbeijing.portal.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/**
 * Someone who took part in a meeting, with their office and side.
 */
@Entity
@Audited
@Table(name = "meeting_participant")
public class Participant {

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

	@Column(nullable = false, length = 200)
	private String name;

	@Column(nullable = false, length = 300)
	private String office;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 8)
	private Side side;

	protected Participant() {
	}

	public Participant(String name, String office, Side side) {
		this.name = name;
		this.office = office;
		this.side = side;
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

	public String getName() {
		return this.name;
	}

	public String getOffice() {
		return this.office;
	}

	public Side getSide() {
		return this.side;
	}

	public void setName(String name) {
		this.name = name;
	}

	public void setOffice(String office) {
		this.office = office;
	}

	public void setSide(Side side) {
		this.side = side;
	}

}
