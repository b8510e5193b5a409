package com.londonbeijing.portal.editing;

import java.util.function.BiPredicate;
import java.util.function.Predicate;

import org.springframework.validation.Errors;

/**
 * The check every kind with a web address (slug) makes before saving: there is one, and
 * no other item of the kind has it. Its pattern and length are Bean Validation's job.
 */
public final class SlugCheck {

	private SlugCheck() {
	}

	/**
	 * Rejects the form's {@code slug} field if it is empty or taken.
	 * @param slug the slug, after any suggestion from the title
	 * @param id the item's id, {@code null} for a new item
	 * @param errors the form's errors
	 * @param taken whether any item has the slug
	 * @param takenByOther whether an item other than the one with the id has the slug
	 */
	public static void check(String slug, Long id, Errors errors, Predicate<String> taken,
			BiPredicate<String, Long> takenByOther) {
		if (slug == null || slug.isEmpty()) {
			errors.rejectValue("slug", "validation.slug.required");
		}
		else if (!errors.hasFieldErrors("slug") && ((id != null) ? takenByOther.test(slug, id) : taken.test(slug))) {
			errors.rejectValue("slug", "validation.slug.taken");
		}
	}

}
