/**
 * Web-layer concerns shared by every page: the model the layouts need, absolute
 * addresses, error attributes and amounts per language. Sub-packages hold one topic each.
 */
package com.londonbeijing.portal.web;
