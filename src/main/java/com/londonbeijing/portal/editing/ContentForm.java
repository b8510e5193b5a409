package com.londonbeijing.portal.editing;

import java.util.Map;

import com.londonbeijing.portal.support.Content;

/**
 * A form object for one kind of content: the only place that maps between what editors
 * type and the entity.
 *
 * @param <E> the entity
 */
public interface ContentForm<E extends Content> {

	Long getId();

	void setId(Long id);

	Long getVersion();

	void setVersion(Long version);

	String getChangeNote();

	void setChangeNote(String changeNote);

	/**
	 * Whether the change note may be shown on the item's public page (the checkbox of
	 * {@code fragments/editing :: changeNote}). Forms of kinds with a public page keep it
	 * in a field of their own; by default notes stay in the history.
	 */
	default boolean isChangeNotePublic() {
		return false;
	}

	default void setChangeNotePublic(boolean changeNotePublic) {
	}

	/** Copies the form's values onto an entity. */
	void applyTo(E entity);

	/**
	 * The values by field label (a message key), in form order, to compare versions field
	 * by field: conflicts and history use the same labels.
	 */
	Map<String, String> fields();

}
