package com.londonbeijing.portal.sitetext.admin;

import com.londonbeijing.portal.editing.ContentAdminController;
import com.londonbeijing.portal.sitetext.SiteText;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Editing the site's free-standing texts: list, edit, history and restore, the same steps
 * as every kind of content ({@link ContentAdminController}), by key; there is no adding
 * or deleting ({@link SiteTextAdmin#addsAndDeletes()}).
 */
@Controller
@RequestMapping("/admin/texts")
class SiteTextAdminController extends ContentAdminController<SiteText, String, SiteTextForm> {

	SiteTextAdminController(SiteTextAdmin admin) {
		super(admin, "/admin/texts", "admin/texts", "admin.texts");
	}

}
