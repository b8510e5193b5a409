package com.londonbeijing.portal.audit;

/**
 * What the security audit log records. The names are stored; the admin page shows them
 * through the message bundle ({@code audit.event.NAME}).
 */
public enum SecurityEvent {

	/** A correct password (the first step, or all of sign-in without two-step). */
	SIGN_IN,

	/** The second step of sign-in passed, with a code or a recovery code. */
	SIGN_IN_SECOND_STEP,

	/** A wrong username or password. */
	SIGN_IN_FAILED,

	/** A wrong code or recovery code at the second step. */
	SECOND_STEP_FAILED,

	/** Sign-in refused without checking it, because of recent failures. */
	SIGN_IN_DELAYED,

	/** Signed out. */
	SIGN_OUT,

	/** Two-step sign-in set up (confirmed with a first code). */
	TWO_STEP_ENROLLED,

	/** Two-step sign-in turned off or reset. */
	TWO_STEP_RESET,

	/** New recovery codes made (the old ones stop working). */
	RECOVERY_CODES_RENEWED,

	/** A recovery code was used to sign in. */
	RECOVERY_CODE_USED,

	/** A password changed (by its holder or an administrator). */
	PASSWORD_CHANGED,

	/** A wrong current password on the change-password form. */
	PASSWORD_CHECK_FAILED,

	/** An account was created. */
	ACCOUNT_CREATED,

	/** An account's role changed. */
	ROLE_CHANGED,

	/** An account was enabled. */
	ACCOUNT_ENABLED,

	/** An account was disabled. */
	ACCOUNT_DISABLED,

	/** An account was deleted. */
	ACCOUNT_DELETED,

	/** Sessions of an account were ended. */
	SESSIONS_ENDED,

	/** A signed-in request was refused (403). */
	ACCESS_DENIED

}
