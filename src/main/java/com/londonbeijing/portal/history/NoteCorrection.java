package com.londonbeijing.portal.history;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A correction of the wording of a public change note: what it said before, what it says
 * now, who corrected it and when. Revisions themselves are never rewritten but for their
 * note, so this is how the history stays honest about what visitors read.
 */
@Entity
@Table(name = "change_note_correction")
public class NoteCorrection {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "rev", nullable = false)
	private int revision;

	@Column(name = "old_note", length = 500)
	private String oldNote;

	@Column(name = "new_note", nullable = false, length = 500)
	private String newNote;

	@Column(name = "corrected_by", nullable = false, length = 100)
	private String correctedBy;

	@Column(name = "corrected_at", nullable = false)
	private Instant correctedAt;

	protected NoteCorrection() {
	}

	NoteCorrection(int revision, String oldNote, String newNote, String correctedBy) {
		this.revision = revision;
		this.oldNote = oldNote;
		this.newNote = newNote;
		this.correctedBy = correctedBy;
		this.correctedAt = Instant.now();
	}

	public int getRevision() {
		return this.revision;
	}

	public String getOldNote() {
		return this.oldNote;
	}

	public String getNewNote() {
		return this.newNote;
	}

	public String getCorrectedBy() {
		return this.correctedBy;
	}

	public Instant getCorrectedAt() {
		return this.correctedAt;
	}

}
