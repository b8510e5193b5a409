/**
 * Editing cooperation areas.
 */
package com.londonbeijing.portal.area.admin;
