/**
 * What visitors and editors get while the database cannot be reached: a styled 503, or
 * the form again with their input.
 */
package com.londonbeijing.portal.web.outage;
