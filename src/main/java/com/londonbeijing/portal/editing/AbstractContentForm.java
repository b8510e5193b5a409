package com.londonbeijing.portal.editing;

import java.util.Map;

import jakarta.validation.constraints.Size;

/**
 * A form object for one kind of content: the only place that maps between what editors
 * type and the entity. Besides the item's own fields it carries the id and version of the
 * item being edited (the version detects a concurrent save; the draft version, a
 * concurrent save of its draft) and the change note.
 *
 * @param <E> the entity
 * @param <K> the type of its identity
 */
public abstract class AbstractContentForm<E, K> {

	private K id;

	private Long version;

	/** The version of the item's draft the form was opened on; none without a draft. */
	private Long draftVersion;

	@Size(max = 500)
	private String changeNote;

	private boolean changeNotePublic;

	/** What an editor left empty or typed only spaces into is stored as nothing. */
	protected static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/** Copies the form's values onto an entity. */
	public abstract void applyTo(E entity);

	/**
	 * The values by field label (a message key), in form order, to compare versions field
	 * by field: conflicts and history use the same labels.
	 */
	public abstract Map<String, String> fields();

	/**
	 * Fills in the web address (slug) from the title when the editor left it empty: the
	 * step before validation, which then checks the slug as if the editor had typed it.
	 * Kinds without a web address have nothing to suggest.
	 */
	public void suggestSlug() {
	}

	/**
	 * Applies an add / remove / move command to one of the form's sub-lists; see
	 * {@link com.londonbeijing.portal.support.ListEdits}.
	 * @param command the command, {@code <command>:<list>:<index>}
	 * @return whether the command was for one of this form's lists
	 */
	public boolean editList(String command) {
		return false;
	}

	public K getId() {
		return this.id;
	}

	public void setId(K id) {
		this.id = id;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public Long getDraftVersion() {
		return this.draftVersion;
	}

	public void setDraftVersion(Long draftVersion) {
		this.draftVersion = draftVersion;
	}

	public String getChangeNote() {
		return this.changeNote;
	}

	public void setChangeNote(String changeNote) {
		this.changeNote = changeNote;
	}

	/**
	 * Whether the change note may be shown on the item's public page (the checkbox of
	 * {@code fragments/editing :: changeNote}); otherwise notes stay in the history.
	 */
	public boolean isChangeNotePublic() {
		return this.changeNotePublic;
	}

	public void setChangeNotePublic(boolean changeNotePublic) {
		this.changeNotePublic = changeNotePublic;
	}

}
