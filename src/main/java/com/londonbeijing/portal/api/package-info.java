/**
 * The open read API under {@code /api/v1}: published content as JSON, in English or
 * Chinese, read through the same services as the public pages so it never shows a draft.
 */
package com.londonbeijing.portal.api;
