package com.londonbeijing.portal.history;

/**
 * One field that a revision changed, as shown to editors.
 *
 * @param field the field's label (a message key)
 * @param before the value before, or {@code null} if it was empty
 * @param after the value after, or {@code null} if it is now empty
 */
public record FieldChange(String field, String before, String after) {

}
