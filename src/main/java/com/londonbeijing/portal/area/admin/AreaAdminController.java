package com.londonbeijing.portal.area.admin;

import com.londonbeijing.portal.area.CooperationArea;
import com.londonbeijing.portal.editing.ContentAdminController;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Editing cooperation areas: the steps come from {@link ContentAdminController}, what
 * differs from other kinds from {@link AreaAdmin}.
 */
@Controller
@RequestMapping("/admin/areas")
class AreaAdminController extends ContentAdminController<CooperationArea, Long, AreaForm> {

	AreaAdminController(AreaAdmin admin) {
		super(admin, "/admin/areas", "admin/areas", "admin.areas");
	}

}
