package com.londonbeijing.portal.editing;

import com.londonbeijing.portal.support.Content;
import jakarta.validation.constraints.Size;

/**
 * What every content form carries besides the item's own fields: the id and version of
 * the item being edited (the version detects a concurrent save) and the change note.
 *
 * @param <E> the entity
 */
public abstract class AbstractContentForm<E extends Content> implements ContentForm<E> {

	private Long id;

	private Long version;

	@Size(max = 500)
	private String changeNote;

	private boolean changeNotePublic;

	/** What an editor left empty or typed only spaces into is stored as nothing. */
	protected static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	@Override
	public Long getId() {
		return this.id;
	}

	@Override
	public void setId(Long id) {
		this.id = id;
	}

	@Override
	public Long getVersion() {
		return this.version;
	}

	@Override
	public void setVersion(Long version) {
		this.version = version;
	}

	@Override
	public String getChangeNote() {
		return this.changeNote;
	}

	@Override
	public void setChangeNote(String changeNote) {
		this.changeNote = changeNote;
	}

	@Override
	public boolean isChangeNotePublic() {
		return this.changeNotePublic;
	}

	@Override
	public void setChangeNotePublic(boolean changeNotePublic) {
		this.changeNotePublic = changeNotePublic;
	}

}
