package com.londonbeijing.portal.support;

/**
 * Thrown when an editor saves over a version of an item that someone else has changed
 * since the editor opened it. The admin form shows both versions instead of overwriting.
 */
public class EditConflictException extends RuntimeException {

	public EditConflictException() {
		super("The item was changed by someone else");
	}

}
