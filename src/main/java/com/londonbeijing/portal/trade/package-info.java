/**
 * Yearly UK–China trade figures: the table, the chart, CSV and JSON downloads.
 */
package com.londonbeijing.portal.trade;
