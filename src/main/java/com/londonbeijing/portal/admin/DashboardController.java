package com.londonbeijing.portal.admin;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The admin area's start page: a way into each section the signed-in user may use.
 */
@Controller
class DashboardController {

	@GetMapping("/admin")
	String show() {
		return "admin/dashboard";
	}

}
