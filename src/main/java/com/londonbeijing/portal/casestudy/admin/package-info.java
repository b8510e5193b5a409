/**
 * Editing case studies, their outcomes and metrics.
 */
package com.londonbeijing.portal.casestudy.admin;
