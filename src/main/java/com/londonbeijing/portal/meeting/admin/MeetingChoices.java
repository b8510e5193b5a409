package com.londonbeijing.portal.meeting.admin;

import java.util.List;

import com.londonbeijing.portal.area.AreaService;
import com.londonbeijing.portal.area.CooperationArea;
import com.londonbeijing.portal.database.DatabaseAvailability;
import com.londonbeijing.portal.editing.LastKnown;
import com.londonbeijing.portal.meeting.Topic;
import com.londonbeijing.portal.meeting.TopicRepository;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the meeting form offers to choose from: the areas, and the topics already in use
 * to suggest while typing. The last lists read are offered during a database outage, so a
 * refused save still shows the form with its choices.
 */
@Component
class MeetingChoices {

	private final LastKnown<List<CooperationArea>> areas;

	private final LastKnown<List<String>> topicNames;

	MeetingChoices(AreaService areas, TopicRepository topics, TransactionTemplate transaction,
			DatabaseAvailability database) {
		this.areas = new LastKnown<>(database, areas::all, List.of());
		this.topicNames = new LastKnown<>(database,
				() -> transaction
					.execute((status) -> topics.findAllByOrderByName().stream().map(Topic::getName).toList()),
				List.of());
	}

	/** The areas an editor can choose from. */
	List<CooperationArea> areas() {
		return this.areas.get();
	}

	/** The topics meetings already use, to suggest while typing. */
	List<String> topicNames() {
		return this.topicNames.get();
	}

}
