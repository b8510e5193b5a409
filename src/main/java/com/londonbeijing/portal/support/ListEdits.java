package com.londonbeijing.portal.support;

import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * Add, remove and reorder rows of an ordered sub-list (benefits, outcomes, participants…)
 * in a form without JavaScript. Each row's buttons submit the whole form with
 * {@code name="edit"} and a value such as {@code add:benefits},
 * {@code remove:benefits:2}, {@code up:benefits:2} or {@code down:benefits:2}; the
 * controller applies the edit and shows the form again, keeping everything typed so far.
 */
public final class ListEdits {

	private ListEdits() {
	}

	/**
	 * Applies one edit to the named list if the command is for it.
	 * @param command the submitted {@code edit} value
	 * @param name the list's name in commands
	 * @param list the form's list
	 * @param newRow makes an empty row
	 * @param <T> the row type
	 * @return whether the command was for this list (whether or not it changed it)
	 */
	public static <T> boolean apply(String command, String name, List<T> list, Supplier<T> newRow) {
		return apply(command, name, list, newRow, null);
	}

	/**
	 * Applies one edit to the named list and the same edit to the keys of its rows, which
	 * the form keeps in a list of their own ({@link RowKeys}): a new row gets a new key.
	 * @param command the submitted {@code edit} value
	 * @param name the list's name in commands
	 * @param list the form's list
	 * @param newRow makes an empty row
	 * @param keys the rows' keys, one per row, or {@code null} if the rows carry their
	 * own
	 * @param <T> the row type
	 * @return whether the command was for this list (whether or not it changed it)
	 */
	public static <T> boolean apply(String command, String name, List<T> list, Supplier<T> newRow, List<String> keys) {
		String[] parts = (command != null) ? command.split(":") : new String[0];
		if (parts.length < 2 || !parts[1].equals(name)) {
			return false;
		}
		int index = (parts.length > 2) ? parseIndex(parts[2]) : -1;
		if (!edit(parts[0], index, list, newRow)) {
			return false;
		}
		if (keys != null) {
			edit(parts[0], index, keys, RowKeys::next);
		}
		return true;
	}

	private static <T> boolean edit(String action, int index, List<T> list, Supplier<T> newRow) {
		switch (action) {
			case "add" -> list.add(newRow.get());
			case "remove" -> {
				if (index >= 0 && index < list.size()) {
					list.remove(index);
				}
			}
			case "up" -> {
				if (index > 0 && index < list.size()) {
					Collections.swap(list, index, index - 1);
				}
			}
			case "down" -> {
				if (index >= 0 && index < list.size() - 1) {
					Collections.swap(list, index, index + 1);
				}
			}
			default -> {
				return false;
			}
		}
		return true;
	}

	private static int parseIndex(String value) {
		try {
			return Integer.parseInt(value);
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

}
