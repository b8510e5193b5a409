package com.londonbeijing.portal.sitetext;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Looks up several site texts in one statement, keyed by their text key, so a page can
 * show whichever of them exist.
 */
@Service
public class SiteTexts {

	private final SiteTextRepository repository;

	SiteTexts(SiteTextRepository repository) {
		this.repository = repository;
	}

	@Transactional(readOnly = true)
	public Map<String, SiteText> get(String... keys) {
		return this.repository.findByKeyIn(Arrays.asList(keys))
			.stream()
			.collect(Collectors.toMap(SiteText::getKey, Function.identity()));
	}

}
