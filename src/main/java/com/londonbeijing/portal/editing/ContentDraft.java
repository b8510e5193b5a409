package com.londonbeijing.portal.editing;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A pending change to an item that visitors see: the editor's form, kept as JSON beside
 * the live version until someone publishes or discards it, and where it stands in review
 * (submitted, sent back with a comment). One per item at most. Not audited: the live
 * item's history records each publication; {@link DraftEvents} records what happened to
 * the draft.
 */
@Entity
@Table(name = "content_draft")
public class ContentDraft {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = 40)
	private String kind;

	@Column(name = "item_key", nullable = false, length = 120)
	private String itemKey;

	@Column(nullable = false, length = 300)
	private String label;

	/** JSON from the application's mapper; only ever read whole, so stored as text. */
	@Column(nullable = false)
	private String form;

	@Column(name = "base_version", nullable = false)
	private long baseVersion;

	@Column(nullable = false, length = 100)
	private String author;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_by", nullable = false, length = 100)
	private String updatedBy;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "submitted_by", length = 100)
	private String submittedBy;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(name = "submit_note", length = 500)
	private String submitNote;

	@Column(name = "review_comment", length = 2000)
	private String reviewComment;

	@Column(name = "returned_by", length = 100)
	private String returnedBy;

	@Column(name = "returned_at")
	private Instant returnedAt;

	@Version
	private long version;

	protected ContentDraft() {
	}

	ContentDraft(String kind, String itemKey, String author) {
		this.kind = kind;
		this.itemKey = itemKey;
		this.author = author;
		this.createdAt = Instant.now();
	}

	/** Stores a new state of the form, by whom, based on which live version. */
	void update(String label, String form, long baseVersion, String username) {
		this.label = label;
		this.form = form;
		this.baseVersion = baseVersion;
		this.updatedBy = username;
		this.updatedAt = Instant.now();
	}

	void submit(String username, String note) {
		this.submittedBy = username;
		this.submittedAt = Instant.now();
		this.submitNote = note;
	}

	/**
	 * Sends the draft back to its author: no longer in the queue, with the reviewer's
	 * comment shown on the item until it is submitted again.
	 */
	void sendBack(String username, String comment) {
		this.submittedBy = null;
		this.submittedAt = null;
		this.reviewComment = comment;
		this.returnedBy = username;
		this.returnedAt = Instant.now();
	}

	public Long getId() {
		return this.id;
	}

	/** The kind's admin path segment: {@code areas}, {@code trade}, {@code texts}. */
	public String getKind() {
		return this.kind;
	}

	/** The item's id, or a site text's key. */
	public String getItemKey() {
		return this.itemKey;
	}

	/** The item's name, title or year as the draft has it. */
	public String getLabel() {
		return this.label;
	}

	String getForm() {
		return this.form;
	}

	/** The live item's version the draft was based on. */
	public long getBaseVersion() {
		return this.baseVersion;
	}

	public String getAuthor() {
		return this.author;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public String getUpdatedBy() {
		return this.updatedBy;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	/** Whether the draft waits for review. */
	public boolean isSubmitted() {
		return this.submittedAt != null;
	}

	public String getSubmittedBy() {
		return this.submittedBy;
	}

	public Instant getSubmittedAt() {
		return this.submittedAt;
	}

	public String getSubmitNote() {
		return this.submitNote;
	}

	/** Whether a reviewer sent it back (and it has not been submitted again since). */
	public boolean isReturned() {
		return this.returnedAt != null && this.submittedAt == null;
	}

	public String getReviewComment() {
		return this.reviewComment;
	}

	public String getReturnedBy() {
		return this.returnedBy;
	}

	public Instant getReturnedAt() {
		return this.returnedAt;
	}

	public long getVersion() {
		return this.version;
	}

}
