package com.londonbeijing.portal.meeting;

/**
 * Which delegation a participant belongs to.
 */
public enum Side {

	UK, CHINA

}
