/**
 * Admin accounts: the entity, the account service, password rules, the first
 * administrator and the change-own-password page.
 */
package com.londonbeijing.portal.account;
