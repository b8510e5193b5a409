package com.londonbeijing.portal.meeting;

import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The meetings list's filters as read from the query string. Filters that cannot be used
 * (a year that is not a year, an unknown topic) are dropped, and the reason is kept so
 * the page can say what it ignored.
 *
 * @param year the year, or {@code null} for all years
 * @param topic the topic's slug, or {@code null} for all topics
 * @param problems message keys for the filters that were ignored
 */
public record MeetingFilter(Integer year, String topic, List<String> problems) {

	/**
	 * Reads the filters.
	 * @param year the raw {@code year} parameter, may be {@code null}
	 * @param topic the raw {@code topic} parameter, may be {@code null}
	 * @param knownTopics the slugs of the topics that exist
	 * @return the usable filters
	 */
	public static MeetingFilter parse(String year, String topic, Collection<String> knownTopics) {
		List<String> problems = new ArrayList<>();
		Integer parsedYear = null;
		if (year != null && !year.isBlank()) {
			try {
				int value = Integer.parseInt(year.trim());
				if (value >= 1950 && value <= Year.now().getValue() + 1) {
					parsedYear = value;
				}
				else {
					problems.add("meetings.filter.badYear");
				}
			}
			catch (NumberFormatException ex) {
				problems.add("meetings.filter.badYear");
			}
		}
		String parsedTopic = null;
		if (topic != null && !topic.isBlank()) {
			if (knownTopics.contains(topic)) {
				parsedTopic = topic;
			}
			else {
				problems.add("meetings.filter.badTopic");
			}
		}
		return new MeetingFilter(parsedYear, parsedTopic, List.copyOf(problems));
	}

}
