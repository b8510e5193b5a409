/**
 * The {@code /admin/users} pages, where administrators manage accounts.
 */
package com.londonbeijing.portal.account.admin;
