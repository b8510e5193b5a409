/**
 * Editing trade figures.
 */
package com.londonbeijing.portal.trade.admin;
