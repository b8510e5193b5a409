/**
 * Editing meetings with their participants, statements and topics.
 */
package com.londonbeijing.portal.meeting.admin;
