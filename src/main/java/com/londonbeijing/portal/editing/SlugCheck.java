package com.londonbeijing.portal.editing;

import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

import org.springframework.validation.Errors;

/**
 * The check every kind with a web address (slug) makes before saving: there is one, no
 * other item of the kind has it, and it is not an earlier address of another item (which
 * still redirects there, see {@code address/EarlierAddresses}). Its pattern and length
 * are Bean Validation's job.
 */
public final class SlugCheck {

	private SlugCheck() {
	}

	/**
	 * Rejects the form's {@code slug} field if it is empty, taken, or still leads to
	 * another item.
	 * @param slug the slug, after any suggestion from the title
	 * @param id the item's id, {@code null} for a new item
	 * @param errors the form's errors
	 * @param taken whether any item has the slug
	 * @param takenByOther whether an item other than the one with the id has the slug
	 * @param leadsElsewhere the path that the slug, as an earlier address of another item
	 * than the one with the id, redirects to; empty if it does not
	 */
	public static void check(String slug, Long id, Errors errors, Predicate<String> taken,
			BiPredicate<String, Long> takenByOther, BiFunction<String, Long, Optional<String>> leadsElsewhere) {
		if (slug == null || slug.isEmpty()) {
			errors.rejectValue("slug", "validation.slug.required");
		}
		else if (errors.hasFieldErrors("slug")) {
			return;
		}
		else if ((id != null) ? takenByOther.test(slug, id) : taken.test(slug)) {
			errors.rejectValue("slug", "validation.slug.taken");
		}
		else {
			leadsElsewhere.apply(slug, id)
				.ifPresent(
						(path) -> errors.rejectValue("slug", "validation.slug.redirects", new Object[] { path }, null));
		}
	}

}
