package com.londonbeijing.portal.web;

import com.londonbeijing.portal.security.CurrentUser;
import com.londonbeijing.portal.web.request.RequestIdFilter;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A friendly page when two people edit the same record at once: someone else saved the
 * record after this form was opened. Saving over their change would lose it silently;
 * instead the editor is told to reload and redo theirs (409). Forms that show the
 * differences field by field catch the conflict themselves; this is for the rest.
 * <p>
 * Ordered early: Spring asks only the first advice (by order) with any matching handler,
 * so an advice that catches a broad type as a fallback (such as
 * {@code DataAccessException}) must come after this one, or it takes the edit conflicts
 * this one answers.
 */
@ControllerAdvice
@Order(0)
class EditConflictAdvice {

	private static final Log logger = LogFactory.getLog(EditConflictAdvice.class);

	@ExceptionHandler(OptimisticLockingFailureException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String conflict(OptimisticLockingFailureException ex, HttpServletRequest request, Model model) {
		logger.info("Edit conflict: " + ex.getMessage());
		// An exception handler's model gets no @ModelAttribute values: the layout's
		// request id and signed-in user are added here.
		Object requestId = request.getAttribute(RequestIdFilter.ATTRIBUTE);
		model.addAttribute("requestId", (requestId != null) ? requestId.toString() : null);
		model.addAttribute("currentUser", CurrentUser.get().orElse(null));
		return "error/409";
	}

}
