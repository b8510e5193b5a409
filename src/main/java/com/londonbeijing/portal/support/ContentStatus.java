package com.londonbeijing.portal.support;

/**
 * Whether visitors may see a content item: drafts are only for logged-in editors.
 */
public enum ContentStatus {

	DRAFT, PUBLISHED

}
