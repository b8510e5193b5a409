/**
 * The home page.
 */
package com.londonbeijing.portal.home;
