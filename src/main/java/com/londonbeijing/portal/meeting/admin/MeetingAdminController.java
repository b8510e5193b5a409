package com.londonbeijing.portal.meeting.admin;

import java.util.List;
import java.util.Map;

import com.londonbeijing.portal.area.CooperationArea;
import com.londonbeijing.portal.editing.ContentAdminController;
import com.londonbeijing.portal.meeting.Meeting;
import com.londonbeijing.portal.meeting.Side;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Editing diplomatic meetings; the shared steps come from {@link ContentAdminController}.
 */
@Controller
@RequestMapping("/admin/meetings")
class MeetingAdminController extends ContentAdminController<Meeting, MeetingForm> {

	private static final Map<String, Sort> SORTS = Map.of("-date",
			Sort.by(Sort.Order.desc("date"), Sort.Order.desc("id")), "date", Sort.by("date", "id"), "title",
			Sort.by("title"), "-title", Sort.by(Sort.Order.desc("title")), "-updated",
			Sort.by(Sort.Order.desc("updatedAt")), "updated", Sort.by("updatedAt"));

	private final MeetingAdmin admin;

	MeetingAdminController(MeetingAdmin admin) {
		super(admin, "/admin/meetings", "admin/meetings", "admin.meetings");
		this.admin = admin;
	}

	@ModelAttribute("areaChoices")
	List<CooperationArea> areaChoices() {
		return this.admin.areaChoices();
	}

	@ModelAttribute("topicNames")
	List<String> topicNames() {
		return this.admin.topicNames();
	}

	@ModelAttribute("sides")
	Side[] sides() {
		return Side.values();
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String page, Model model) {
		return list(SORTS, "-date", q, sort, page, this.admin::list, model);
	}

	@Override
	protected MeetingForm newForm() {
		return new MeetingForm();
	}

	@Override
	protected void validate(MeetingForm form, Errors errors) {
		this.admin.validate(form, errors);
	}

	@Override
	protected String label(MeetingForm form) {
		return form.getTitle();
	}

	@Override
	protected void addDeleteDetails(long id, Model model) {
		model.addAttribute("linkedFrom", this.admin.linkedFrom(id));
	}

}
