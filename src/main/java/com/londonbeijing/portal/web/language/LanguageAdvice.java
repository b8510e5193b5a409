package com.londonbeijing.portal.web.language;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Gives every page what the layout needs for languages: its {@code <html lang>}, the link
 * to the same page in the other language and the absolute addresses of both for
 * {@code hreflang} alternates.
 */
@ControllerAdvice
class LanguageAdvice {

	@ModelAttribute("language")
	PageLanguage language(HttpServletRequest request) {
		Language language = Language.of(request);
		Object attribute = request.getAttribute(Language.PATH_ATTRIBUTE);
		String path = (attribute != null) ? attribute.toString() : "/";
		String origin = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
		return new PageLanguage(language, request.getContextPath(), path, origin);
	}

}
