/**
 * What editing any kind of content shares: form objects, the editor that validates, saves
 * with optimistic locking and records history, and the admin steps every kind offers.
 */
package com.londonbeijing.portal.editing;
