/**
 * What every layer needs to know about the database: whether it can be reached, the
 * content version that keeps caches in step across instances, and read-replica routing.
 * Nothing here depends on the web layer.
 */
package com.londonbeijing.portal.database;
