package com.londonbeijing.portal.meeting.admin;

import java.util.List;

import com.londonbeijing.portal.area.CooperationArea;
import com.londonbeijing.portal.editing.ContentAdminController;
import com.londonbeijing.portal.meeting.Meeting;
import com.londonbeijing.portal.meeting.Side;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Editing diplomatic meetings: the steps come from {@link ContentAdminController}, what
 * differs from other kinds from {@link MeetingAdmin}; the form offers areas, topics and
 * sides to choose from ({@link MeetingChoices}).
 */
@Controller
@RequestMapping("/admin/meetings")
class MeetingAdminController extends ContentAdminController<Meeting, Long, MeetingForm> {

	private final MeetingChoices choices;

	MeetingAdminController(MeetingAdmin admin, MeetingChoices choices) {
		super(admin, "/admin/meetings", "admin/meetings", "admin.meetings");
		this.choices = choices;
	}

	@ModelAttribute("areaChoices")
	List<CooperationArea> areaChoices() {
		return this.choices.areas();
	}

	@ModelAttribute("topicNames")
	List<String> topicNames() {
		return this.choices.topicNames();
	}

	@ModelAttribute("sides")
	Side[] sides() {
		return Side.values();
	}

}
