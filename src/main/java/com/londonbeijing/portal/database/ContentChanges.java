package com.londonbeijing.portal.database;

import java.util.Set;

/**
 * What one or more committed changes to the content touched, as far as the cached pages
 * care: which meetings (by every slug their pages had), whether any case study changed,
 * or {@link #EVERYTHING} for anything else (areas, topics, trade figures, site texts, a
 * change this instance could not read). Published by {@link ContentVersion} as an
 * application event when it is not everything, so that a cache can forget only the pages
 * that show what changed.
 *
 * @param everything whether every page may show the change
 * @param meetingSlugs the addresses (slugs) of the meetings that changed, old and new
 * @param caseStudies whether any case study changed
 */
public record ContentChanges(boolean everything, Set<String> meetingSlugs, boolean caseStudies) {

	/** A change that any page may show. */
	public static final ContentChanges EVERYTHING = new ContentChanges(true, Set.of(), true);

	public ContentChanges {
		meetingSlugs = Set.copyOf(meetingSlugs);
	}

	/** Whether any meeting changed. */
	public boolean meetings() {
		return this.everything || !this.meetingSlugs.isEmpty();
	}

}
