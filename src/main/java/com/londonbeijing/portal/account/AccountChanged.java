package com.londonbeijing.portal.account;

/**
 * An account's password, role or enabled state changed, or it was deleted: every session
 * it has must end (the security package listens, after the change is committed).
 *
 * @param username the account's username, as stored (sessions are indexed by it)
 * @param keepCurrentSession whether the session of the current request survives (the
 * holder changed their own password and stays signed in)
 */
public record AccountChanged(String username, boolean keepCurrentSession) {

}
