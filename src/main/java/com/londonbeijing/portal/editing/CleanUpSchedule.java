package com.londonbeijing.portal.editing;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Runs the {@code @Scheduled} clean-ups of short-lived editing records (kept input,
 * editing marks), so that they are deleted on time even when nobody reads them again.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class CleanUpSchedule {

}
