/**
 * Cooperation areas (trade and investment, education and research...): entity, repository
 * and public pages.
 */
package com.londonbeijing.portal.area;
