package com.londonbeijing.portal.meeting.admin;

import java.time.LocalDate;
import java.time.Year;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.londonbeijing.portal.address.AddressKind;
import com.londonbeijing.portal.address.EarlierAddresses;
import com.londonbeijing.portal.editing.SlugCheck;
import com.londonbeijing.portal.meeting.MeetingRepository;
import com.londonbeijing.portal.meeting.Topic;
import com.londonbeijing.portal.support.Slugs;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.Errors;

/**
 * What a meeting form must satisfy beyond Bean Validation: the slug is free (also of
 * other meetings' earlier addresses), the date is plausible, topics are not listed twice
 * (nor almost as an existing one), every statement names a participant of this meeting
 * (or both sides) and only topics of this meeting.
 */
@Component
class MeetingChecks {

	/** The earliest meeting date the database accepts. */
	static final LocalDate EARLIEST = LocalDate.of(1950, 1, 1);

	/** How many years ahead a (planned) meeting may be dated. */
	static final int YEARS_AHEAD = 5;

	private final MeetingRepository meetings;

	private final MeetingTopics topics;

	private final TransactionTemplate transaction;

	private final EarlierAddresses earlierAddresses;

	MeetingChecks(MeetingRepository meetings, MeetingTopics topics, TransactionTemplate transaction,
			EarlierAddresses earlierAddresses) {
		this.meetings = meetings;
		this.topics = topics;
		this.transaction = transaction;
		this.earlierAddresses = earlierAddresses;
	}

	void check(MeetingForm form, Errors errors) {
		SlugCheck.check(form.getSlug(), form.getId(), errors, this.meetings::existsBySlug,
				this.meetings::existsBySlugAndIdNot,
				(slug, id) -> this.earlierAddresses.leadsElsewhere(AddressKind.MEETINGS, slug, id));
		checkDate(form, errors);
		Set<String> topicNames = checkTopics(form, errors);
		checkStatements(form, topicNames, errors);
	}

	private static void checkDate(MeetingForm form, Errors errors) {
		if (form.getDate() != null) {
			int latestYear = Year.now().getValue() + YEARS_AHEAD;
			if (form.getDate().isBefore(EARLIEST) || form.getDate().getYear() > latestYear) {
				errors.rejectValue("date", "admin.meetings.validation.date", new Object[] { latestYear }, null);
			}
		}
	}

	/** Checks the meeting's topics and returns their keys. */
	private Set<String> checkTopics(MeetingForm form, Errors errors) {
		Set<String> topicNames = new HashSet<>();
		Map<String, Topic> existing = this.transaction.execute((status) -> this.topics.existing());
		Map<String, String> slugs = existing.values()
			.stream()
			.collect(Collectors.toMap(Topic::getSlug, Topic::getName));
		for (int i = 0; i < form.getTopics().size(); i++) {
			String name = form.getTopics().get(i);
			if (name == null || name.isBlank()) {
				continue;
			}
			String field = "topics[" + i + "]";
			if (!topicNames.add(MeetingTopics.key(name))) {
				errors.rejectValue(field, "admin.meetings.validation.topicTwice");
			}
			else if (!existing.containsKey(MeetingTopics.key(name))) {
				String similar = slugs.get(Slugs.suggest(name));
				if (similar != null) {
					errors.rejectValue(field, "admin.meetings.validation.topicSimilar", new Object[] { similar }, null);
				}
			}
		}
		return topicNames;
	}

	private static void checkStatements(MeetingForm form, Set<String> topicNames, Errors errors) {
		Set<String> speakers = form.getParticipants()
			.stream()
			.map(ParticipantRow::getKey)
			.collect(Collectors.toCollection(HashSet::new));
		speakers.add(StatementRow.BOTH_SIDES);
		for (int i = 0; i < form.getStatements().size(); i++) {
			StatementRow statement = form.getStatements().get(i);
			String speaker = statement.getSpeaker();
			if (speaker != null && !speaker.isBlank() && !speakers.contains(speaker)) {
				errors.rejectValue("statements[" + i + "].speaker", "admin.meetings.validation.speaker");
			}
			if (statement.topicNames().isEmpty() && !errors.hasFieldErrors("statements[" + i + "].topics")) {
				// The meeting page shows statements topic by topic: one without a topic
				// would not appear.
				errors.rejectValue("statements[" + i + "].topics", "admin.meetings.validation.statementNoTopic");
			}
			for (String topic : statement.topicNames()) {
				if (!topicNames.contains(MeetingTopics.key(topic))) {
					errors.rejectValue("statements[" + i + "].topics", "admin.meetings.validation.statementTopic",
							new Object[] { topic }, null);
					break;
				}
			}
		}
	}

}
