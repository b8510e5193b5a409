package com.londonbeijing.portal.history;

import java.time.Instant;

/**
 * The latest saved change to an item, as the admin lists show it.
 *
 * @param revision the revision number
 * @param at when it was saved
 * @param username who saved it
 */
public record LastChange(int revision, Instant at, String username) {

}
