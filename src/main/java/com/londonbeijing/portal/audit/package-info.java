/**
 * The security audit log: what happened to accounts and sign-ins, kept in PostgreSQL.
 */
package com.londonbeijing.portal.audit;
