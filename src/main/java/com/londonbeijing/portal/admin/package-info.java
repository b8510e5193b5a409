/**
 * The admin dashboard: counts, drafts and recent changes.
 */
package com.londonbeijing.portal.admin;
