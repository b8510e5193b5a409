package com.londonbeijing.portal.support;

/**
 * Whether visitors may see a content item: drafts are only for logged-in editors. A
 * withdrawn item (areas, case studies, meetings only) stays at its address with a notice
 * but, like a draft, is in no list, search, feed or sitemap, which all show
 * {@link #PUBLISHED} items only.
 */
public enum ContentStatus {

	DRAFT, PUBLISHED, WITHDRAWN

}
