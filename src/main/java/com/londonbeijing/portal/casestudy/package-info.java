/**
 * Case studies with outcomes and success metrics: entity, repository and public pages.
 */
package com.londonbeijing.portal.casestudy;
