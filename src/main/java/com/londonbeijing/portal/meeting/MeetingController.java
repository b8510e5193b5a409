package com.londonbeijing.portal.meeting;

import java.util.List;
import java.util.Locale;

import com.londonbeijing.portal.history.History;
import com.londonbeijing.portal.support.PageNumber;
import com.londonbeijing.portal.support.Pagination;
import com.londonbeijing.portal.support.Visibility;
import com.londonbeijing.portal.translation.PageItems;
import com.londonbeijing.portal.translation.Translations;
import com.londonbeijing.portal.web.FeedLink;

import org.springframework.data.domain.Page;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The diplomatic meetings: a list filtered by year and topic, and a page per meeting.
 */
@Controller
class MeetingController {

	private final MeetingService meetings;

	private final History history;

	private final Translations translations;

	MeetingController(MeetingService meetings, History history, Translations translations) {
		this.meetings = meetings;
		this.history = history;
		this.translations = translations;
	}

	@GetMapping("/meetings")
	String list(@RequestParam(required = false) String year, @RequestParam(required = false) String topic,
			@RequestParam(required = false) String page, Locale locale, Model model) {
		List<Topic> topics = this.meetings.topics();
		MeetingFilter filter = MeetingFilter.parse(year, topic, topics.stream().map(Topic::getSlug).toList());
		Page<Meeting> results = this.meetings.list(filter, PageNumber.index(page));
		UriComponentsBuilder base = UriComponentsBuilder.fromPath("/meetings");
		if (filter.year() != null) {
			base.queryParam("year", filter.year());
		}
		if (filter.topic() != null) {
			base.queryParam("topic", filter.topic());
		}
		model.addAttribute("years", this.meetings.years());
		model.addAttribute("topics", topics);
		Topic selectedTopic = topics.stream()
			.filter((t) -> t.getSlug().equals(filter.topic()))
			.findFirst()
			.orElse(null);
		model.addAttribute("selectedTopic", selectedTopic);
		if (selectedTopic != null) {
			model.addAttribute("feed", new FeedLink("/topics/" + selectedTopic.getSlug() + "/feed.atom",
					"feed.topic.title", selectedTopic.getName()));
		}
		model.addAttribute("filter", filter);
		model.addAttribute("results", results);
		model.addAttribute("pagination", Pagination.of(results, base));
		model.addAttribute("shown", this.translations.shown(locale,
				PageItems.none().and(topics).and(results.getContent(), Meeting::getSortedTopics)));
		return "meetings/list";
	}

	@GetMapping("/meetings/{slug}")
	String show(@PathVariable String slug, Authentication user, Locale locale, Model model) {
		MeetingService.MeetingDetails details = this.meetings.show(slug, Visibility.of(user));
		Meeting meeting = details.meeting();
		model.addAttribute("meeting", meeting);
		model.addAttribute("comparisons", details.comparisons());
		model.addAttribute("shown",
				this.translations.shown(locale,
						PageItems.about(meeting)
							.and(meeting.getSortedAreas())
							.and(meeting.getTopics())
							.and(details.comparisons().stream().map(TopicComparison::topic).toList())));
		model.addAttribute("publicChanges",
				this.history.publicChanges(Meeting.class, List.of(details.meeting().getId())));
		model.addAttribute("ogType", "article");
		return "meetings/show";
	}

}
