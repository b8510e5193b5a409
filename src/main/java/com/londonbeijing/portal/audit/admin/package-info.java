/**
 * The {@code /admin/security-log} page, where administrators read the audit log.
 */
package com.londonbeijing.portal.audit.admin;
