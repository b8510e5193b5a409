package com.londonbeijing.portal.support;

/**
 * Something editors change under optimistic locking: its identity and the version a save
 * is checked against.
 *
 * @param <K> the identity's type: a number for content, the key for site texts
 */
public interface Versioned<K> {

	K getId();

	long getVersion();

}
