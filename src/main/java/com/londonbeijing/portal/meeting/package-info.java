/**
 * Records of diplomatic meetings: participants, statements and topics, and their public
 * pages.
 */
package com.londonbeijing.portal.meeting;
