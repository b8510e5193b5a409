package com.londonbeijing.portal.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.hibernate.envers.Audited;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

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

	public String getName() {
		return this.name;
	}

	public String getOffice() {
		return this.office;
	}

	public Side getSide() {
		return this.side;
	}

}
