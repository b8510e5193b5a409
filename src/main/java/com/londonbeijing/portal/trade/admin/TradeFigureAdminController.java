package com.londonbeijing.portal.trade.admin;

import com.londonbeijing.portal.editing.ContentAdminController;
import com.londonbeijing.portal.trade.TradeFigure;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Editing yearly trade figures: the steps come from {@link ContentAdminController}, what
 * differs from other kinds from {@link TradeFigureAdmin}.
 */
@Controller
@RequestMapping("/admin/trade")
class TradeFigureAdminController extends ContentAdminController<TradeFigure, Long, TradeFigureForm> {

	TradeFigureAdminController(TradeFigureAdmin admin) {
		super(admin, "/admin/trade", "admin/trade", "admin.trade");
	}

}
