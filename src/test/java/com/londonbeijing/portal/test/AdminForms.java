package com.londonbeijing.portal.test;

import java.time.Year;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Valid admin form submissions for each kind of content, for tests to change one field
 * of. Test items get slugs starting with {@code test-} and trade years in
 * {@link #FIRST_TEST_YEAR}–{@link #LAST_TEST_YEAR}, so that tests can remove them.
 */
public final class AdminForms {

	/** The first trade year tests may create. */
	public static final int FIRST_TEST_YEAR = 1960;

	/** The last trade year tests may create. */
	public static final int LAST_TEST_YEAR = 1979;

	private AdminForms() {
	}

	/** A published area with one benefit. */
	public static Map<String, String> area(String name) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("name", name);
		fields.put("slug", "");
		fields.put("summary", "A summary.");
		fields.put("body", "Some text.");
		fields.put("benefitsTitle", "");
		fields.put("benefits[0]", "A benefit");
		fields.put("navOrder", "50");
		fields.put("status", "PUBLISHED");
		return fields;
	}

	/** A published case study with one outcome and one metrics row. */
	public static Map<String, String> caseStudy(String title) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("title", title);
		fields.put("slug", "");
		fields.put("summary", "A summary.");
		fields.put("body", "Some text.");
		fields.put("partners", "Partners");
		fields.put("period", "2020–2022");
		fields.put("outcomesTitle", "");
		fields.put("outcomes[0]", "An outcome");
		fields.put("metricsTitle", "");
		fields.put("metrics[0].projectName", "Project");
		fields.put("metrics[0].sector", "Sector");
		fields.put("metrics[0].outcome", "Result");
		fields.put("sortOrder", "50");
		fields.put("status", "PUBLISHED");
		return fields;
	}

	/** A published meeting of two participants, one statement each, on one topic. */
	public static Map<String, String> meeting(String title) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("title", title);
		fields.put("slug", "");
		fields.put("date", "2023-05-01");
		fields.put("venue", "Lancaster House");
		fields.put("city", "London");
		fields.put("summary", "A summary.");
		fields.put("body", "Some text.");
		fields.put("topics[0]", "Trade");
		fields.put("participants[0].key", "n1");
		fields.put("participants[0].name", "A Minister");
		fields.put("participants[0].office", "Foreign Secretary");
		fields.put("participants[0].side", "UK");
		fields.put("participants[1].key", "n2");
		fields.put("participants[1].name", "Another Minister");
		fields.put("participants[1].office", "Foreign Minister");
		fields.put("participants[1].side", "CHINA");
		fields.put("statements[0].speaker", "n1");
		fields.put("statements[0].text", "A statement.");
		fields.put("statements[0].topics", "Trade");
		fields.put("statements[1].speaker", "n2");
		fields.put("statements[1].text", "A reply.");
		fields.put("statements[1].topics", "Trade");
		fields.put("status", "PUBLISHED");
		return fields;
	}

	/** A published year of trade figures with its source. */
	public static Map<String, String> tradeFigure(int year) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("year", String.valueOf(year));
		fields.put("exports", "12.5");
		fields.put("imports", "20.25");
		fields.put("sourceTitle", "Trade statistics");
		fields.put("sourcePublisher", "Office for National Statistics");
		fields.put("sourceUrl", "https://www.ons.gov.uk/");
		fields.put("sourceRetrievedOn", "2024-01-15");
		fields.put("notes", "Calendar years.");
		fields.put("status", "PUBLISHED");
		return fields;
	}

	/** A year after the current one, which no figures may have. */
	public static int nextYear() {
		return Year.now().getValue() + 1;
	}

	/**
	 * A POST of a form with its CSRF token.
	 * @param path the form's action
	 * @param fields the fields
	 * @return the request, to add the signed-in user to
	 */
	public static MockHttpServletRequestBuilder submit(String path, Map<String, String> fields) {
		MockHttpServletRequestBuilder request = post(path).with(csrf());
		fields.forEach(request::param);
		return request;
	}

}
