package com.londonbeijing.portal.history;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One saved change to the content, recorded by Hibernate Envers: when, by whom, and the
 * editor's optional note.
 */
@Entity
@Table(name = "revinfo")
@RevisionEntity(RevisionAuthorListener.class)
public class Revision {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "revinfo_seq")
	@SequenceGenerator(name = "revinfo_seq", sequenceName = "revinfo_seq", allocationSize = 1)
	@RevisionNumber
	@Column(name = "rev")
	private int id;

	@RevisionTimestamp
	@Column(name = "revtstmp", nullable = false)
	private long timestamp;

	@Column(length = 100)
	private String username;

	@Column(name = "change_note", length = 500)
	private String changeNote;

	@Column(name = "public_note", nullable = false)
	private boolean publicNote;

	public int getId() {
		return this.id;
	}

	public Instant getInstant() {
		return Instant.ofEpochMilli(this.timestamp);
	}

	public String getUsername() {
		return this.username;
	}

	void setUsername(String username) {
		this.username = username;
	}

	public String getChangeNote() {
		return this.changeNote;
	}

	void setChangeNote(String changeNote) {
		this.changeNote = changeNote;
	}

	/** Whether the editor asked for the change note to be shown on the public page. */
	public boolean isPublicNote() {
		return this.publicNote;
	}

	void setPublicNote(boolean publicNote) {
		this.publicNote = publicNote;
	}

}
