package com.londonbeijing.portal.editing;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Runs the editing's {@code @Scheduled} work: the clean-ups of short-lived records (kept
 * input, editing marks), so that they are deleted on time even when nobody reads them
 * again, and the scheduled publications ({@link ScheduledPublishing}).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class CleanUpSchedule {

}
