package com.londonbeijing.portal.api;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import com.londonbeijing.portal.address.AddressableContent;
import com.londonbeijing.portal.api.ApiResponses.Links;
import com.londonbeijing.portal.api.ApiResponses.Paged;
import com.londonbeijing.portal.api.ApiResponses.Ref;
import com.londonbeijing.portal.area.AreaService;
import com.londonbeijing.portal.area.CooperationArea;
import com.londonbeijing.portal.casestudy.CaseStudy;
import com.londonbeijing.portal.casestudy.CaseStudyService;
import com.londonbeijing.portal.meeting.Meeting;
import com.londonbeijing.portal.meeting.MeetingFilter;
import com.londonbeijing.portal.meeting.MeetingService;
import com.londonbeijing.portal.meeting.Participant;
import com.londonbeijing.portal.meeting.Side;
import com.londonbeijing.portal.meeting.Statement;
import com.londonbeijing.portal.meeting.Topic;
import com.londonbeijing.portal.search.SearchQuery;
import com.londonbeijing.portal.search.SearchResult;
import com.londonbeijing.portal.search.SearchService;
import com.londonbeijing.portal.support.NotFoundException;
import com.londonbeijing.portal.support.Visibility;
import com.londonbeijing.portal.trade.TradeDataset;
import com.londonbeijing.portal.trade.TradeService;
import com.londonbeijing.portal.trade.TradeStatistics;
import com.londonbeijing.portal.trade.TradeYear;
import com.londonbeijing.portal.trade.TradeYearRange;
import com.londonbeijing.portal.translation.PageItems;
import com.londonbeijing.portal.translation.ShownTexts;
import com.londonbeijing.portal.translation.Translatable;
import com.londonbeijing.portal.translation.Translations;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.Page;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Published content as JSON. Everything is read through the public pages' services with
 * {@link Visibility#PUBLIC}, so a signed-in editor gets no drafts here either, and texts
 * come in the {@code lang} asked for ({@code en} by default, or {@code zh}), or without
 * {@code lang} in the first of the caller's {@code Accept-Language} that the API has
 * (then the answer says {@code Vary: Accept-Language}); English stands in where a
 * translation is missing, as on the Chinese pages.
 */
@RestController
@Tag(name = "Published content")
@RequestMapping(path = ApiController.BASE, produces = MediaType.APPLICATION_JSON_VALUE)
class ApiController {

	static final String BASE = "/api/v1";

	private static final String LANG = "en or zh; without it, the first of Accept-Language that is zh, zh-CN or "
			+ "zh-Hans (Chinese) or any other (English) decides";

	private static final String ACCEPT_LANGUAGE = "Used only when lang is not given";

	private static final String SLUG = "The item's slug, as in the list's answer";

	private static final String PAGE = "The page, from 1; a page past the end gives the last page";

	private static final String SIZE = "Items a page holds, from 1 to " + ApiParameters.MAX_SIZE + " (default "
			+ ApiParameters.DEFAULT_SIZE + ")";

	private final AreaService areas;

	private final CaseStudyService caseStudies;

	private final MeetingService meetings;

	private final TradeService trade;

	private final SearchService search;

	private final Translations translations;

	ApiController(AreaService areas, CaseStudyService caseStudies, MeetingService meetings, TradeService trade,
			SearchService search, Translations translations) {
		this.areas = areas;
		this.caseStudies = caseStudies;
		this.meetings = meetings;
		this.trade = trade;
		this.search = search;
		this.translations = translations;
	}

	@GetMapping("/areas")
	@Operation(summary = "Every published cooperation area, in navigation order.")
	List<ApiResponses.AreaSummary> areas(@Parameter(description = LANG) @RequestParam(required = false) String lang,
			@Parameter(description = ACCEPT_LANGUAGE) @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE,
					required = false) String acceptLanguage,
			HttpServletResponse response) {
		List<CooperationArea> areas = this.areas.published();
		ShownTexts shown = shown(language(lang, acceptLanguage, response), PageItems.none().and(areas));
		return areas.stream()
			.map((area) -> new ApiResponses.AreaSummary(area.getSlug(), text(shown, area, "name", area.getName()),
					text(shown, area, "summary", area.getSummary()), area.isShowsTradeFigures(), area.getPublishedAt(),
					area.getUpdatedAt()))
			.toList();
	}

	@GetMapping("/areas/{slug}")
	@Operation(summary = "One published area with its body and benefits.")
	ApiResponses.Area area(@Parameter(description = SLUG) @PathVariable String slug,
			@Parameter(description = LANG) @RequestParam(required = false) String lang,
			@Parameter(description = ACCEPT_LANGUAGE) @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE,
					required = false) String acceptLanguage,
			HttpServletResponse response) {
		Locale language = language(lang, acceptLanguage, response);
		CooperationArea area = this.areas.show(slug, Visibility.PUBLIC);
		return area(area, shown(language, PageItems.about(area)), language);
	}

	@GetMapping("/case-studies")
	@Operation(summary = "Published case studies, ten a page unless size says otherwise, optionally only those "
			+ "in one area.")
	Paged<ApiResponses.CaseStudySummary> caseStudies(
			@Parameter(description = "The slug of an area, as in /api/v1/areas") @RequestParam(
					required = false) String area,
			@Parameter(description = PAGE) @RequestParam(required = false) String page,
			@Parameter(description = SIZE) @RequestParam(required = false) String size,
			@Parameter(description = LANG) @RequestParam(required = false) String lang,
			@Parameter(description = ACCEPT_LANGUAGE) @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE,
					required = false) String acceptLanguage,
			HttpServletResponse response) {
		Locale language = language(lang, acceptLanguage, response);
		String areaSlug = (area != null) ? ApiParameters.slug(area) : null;
		int pageSize = ApiParameters.size(size);
		Page<CaseStudy> results = this.caseStudies.list(areaSlug, ApiParameters.pageIndex(page), pageSize);
		ShownTexts shown = shown(language, PageItems.none().and(results.getContent(), CaseStudy::getSortedAreas));
		UriComponentsBuilder base = base("/case-studies", lang, size).queryParamIfPresent("area",
				Optional.ofNullable(areaSlug));
		return paged(results, base, (caseStudy) -> new ApiResponses.CaseStudySummary(caseStudy.getSlug(),
				text(shown, caseStudy, "title", caseStudy.getTitle()),
				text(shown, caseStudy, "summary", caseStudy.getSummary()), caseStudy.getPeriod(),
				areaRefs(caseStudy.getSortedAreas(), shown), caseStudy.getPublishedAt(), caseStudy.getUpdatedAt()));
	}

	@GetMapping("/case-studies/{slug}")
	@Operation(summary = "One published case study with its outcomes, success metrics and areas.")
	ApiResponses.CaseStudy caseStudy(@Parameter(description = SLUG) @PathVariable String slug,
			@Parameter(description = LANG) @RequestParam(required = false) String lang,
			@Parameter(description = ACCEPT_LANGUAGE) @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE,
					required = false) String acceptLanguage,
			HttpServletResponse response) {
		Locale language = language(lang, acceptLanguage, response);
		CaseStudy caseStudy = this.caseStudies.show(slug, Visibility.PUBLIC);
		ShownTexts shown = shown(language, PageItems.about(caseStudy).and(caseStudy.getSortedAreas()));
		return new ApiResponses.CaseStudy(caseStudy.getSlug(), text(shown, caseStudy, "title", caseStudy.getTitle()),
				text(shown, caseStudy, "summary", caseStudy.getSummary()),
				text(shown, caseStudy, "body", caseStudy.getBody()),
				text(shown, caseStudy, "partners", caseStudy.getPartners()), caseStudy.getPeriod(),
				caseStudy.isFeatured(), text(shown, caseStudy, "outcomesTitle", caseStudy.getOutcomesTitle()),
				caseStudy.getOutcomes()
					.stream()
					.map((outcome) -> text(shown, caseStudy, "outcome" + outcome.getKey(), outcome.getText()))
					.toList(),
				text(shown, caseStudy, "metricsTitle", caseStudy.getMetricsTitle()),
				caseStudy.getMetrics()
					.stream()
					.map((metric) -> new ApiResponses.Metric(
							text(shown, caseStudy, "metricProject" + metric.getKey(), metric.getProjectName()),
							text(shown, caseStudy, "metricSector" + metric.getKey(), metric.getSector()),
							text(shown, caseStudy, "metricOutcome" + metric.getKey(), metric.getOutcome())))
					.toList(),
				areaRefs(caseStudy.getSortedAreas(), shown), caseStudy.getPublishedAt(), caseStudy.getUpdatedAt(),
				withdrawal(caseStudy, language));
	}

	@GetMapping("/meetings")
	@Operation(summary = "Published meetings, newest first, ten a page unless size says otherwise, optionally "
			+ "in one year or on one topic.")
	Paged<ApiResponses.MeetingSummary> meetings(
			@Parameter(description = "A year, such as 2024") @RequestParam(required = false) String year,
			@Parameter(description = "The slug of a topic, as in /api/v1/topics") @RequestParam(
					required = false) String topic,
			@Parameter(description = PAGE) @RequestParam(required = false) String page,
			@Parameter(description = SIZE) @RequestParam(required = false) String size,
			@Parameter(description = LANG) @RequestParam(required = false) String lang,
			@Parameter(description = ACCEPT_LANGUAGE) @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE,
					required = false) String acceptLanguage,
			HttpServletResponse response) {
		Locale language = language(lang, acceptLanguage, response);
		int pageSize = ApiParameters.size(size);
		List<Topic> topics = this.meetings.topics();
		MeetingFilter filter = MeetingFilter.parse(year, topic, topics.stream().map(Topic::getSlug).toList());
		if (!filter.problems().isEmpty()) {
			throw new ApiParameters.BadParameter(
					filter.problems().contains("meetings.filter.badYear") ? "year" : "topic",
					filter.problems().contains("meetings.filter.badYear") ? "year must be a year such as 2023."
							: "topic must be the slug of one of /api/v1/topics.");
		}
		Page<Meeting> results = this.meetings.list(filter, ApiParameters.pageIndex(page), pageSize);
		ShownTexts shown = shown(language, PageItems.none().and(results.getContent(), Meeting::getSortedTopics));
		UriComponentsBuilder base = base("/meetings", lang, size)
			.queryParamIfPresent("year", Optional.ofNullable(filter.year()))
			.queryParamIfPresent("topic", Optional.ofNullable(filter.topic()));
		return paged(results, base, (meeting) -> new ApiResponses.MeetingSummary(meeting.getSlug(),
				text(shown, meeting, "title", meeting.getTitle()), meeting.getDate(),
				text(shown, meeting, "venue", meeting.getVenue()), text(shown, meeting, "city", meeting.getCity()),
				text(shown, meeting, "summary", meeting.getSummary()), topicRefs(meeting.getSortedTopics(), shown),
				meeting.getPublishedAt(), meeting.getUpdatedAt()));
	}

	@GetMapping("/meetings/{slug}")
	@Operation(summary = "One published meeting with its participants by side, statements with topics, and areas.")
	ApiResponses.Meeting meeting(@Parameter(description = SLUG) @PathVariable String slug,
			@Parameter(description = LANG) @RequestParam(required = false) String lang,
			@Parameter(description = ACCEPT_LANGUAGE) @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE,
					required = false) String acceptLanguage,
			HttpServletResponse response) {
		Locale language = language(lang, acceptLanguage, response);
		Meeting meeting = this.meetings.show(slug, Visibility.PUBLIC).meeting();
		List<Topic> statementTopics = meeting.getStatements()
			.stream()
			.flatMap((statement) -> statement.getTopics().stream())
			.toList();
		ShownTexts shown = shown(language,
				PageItems.about(meeting).and(meeting.getSortedAreas()).and(meeting.getTopics()).and(statementTopics));
		Function<Participant, ApiResponses.Person> person = (participant) -> new ApiResponses.Person(
				participant.getName(),
				text(shown, meeting, "participantOffice" + participant.getId(), participant.getOffice()));
		return new ApiResponses.Meeting(meeting.getSlug(), text(shown, meeting, "title", meeting.getTitle()),
				meeting.getDate(), text(shown, meeting, "venue", meeting.getVenue()),
				text(shown, meeting, "city", meeting.getCity()), text(shown, meeting, "summary", meeting.getSummary()),
				text(shown, meeting, "body", meeting.getBody()),
				new ApiResponses.Participants(meeting.getUkParticipants().stream().map(person).toList(),
						meeting.getChinaParticipants().stream().map(person).toList()),
				meeting.getStatements().stream().map((statement) -> statement(meeting, statement, shown)).toList(),
				topicRefs(meeting.getSortedTopics(), shown), areaRefs(meeting.getSortedAreas(), shown),
				meeting.getPublishedAt(), meeting.getUpdatedAt(), withdrawal(meeting, language));
	}

	@GetMapping("/topics")
	@Operation(summary = "The topics of published meetings, alphabetically.")
	List<Ref> topics(@Parameter(description = LANG) @RequestParam(required = false) String lang,
			@Parameter(description = ACCEPT_LANGUAGE) @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE,
					required = false) String acceptLanguage,
			HttpServletResponse response) {
		Locale language = language(lang, acceptLanguage, response);
		List<Topic> topics = this.meetings.topics();
		return topicRefs(topics, shown(language, PageItems.none().and(topics)));
	}

	@GetMapping("/trade")
	@Operation(summary = "UK–China trade by year in GBP billion, with derived totals, balances, changes and revisions; "
			+ "optionally only one year or a range of years.")
	ApiResponses.Trade trade(
			@Parameter(description = "Only this year, such as 2021") @RequestParam(required = false) String year,
			@Parameter(description = "Only this year and later") @RequestParam(required = false) String from,
			@Parameter(description = "Only this year and earlier") @RequestParam(required = false) String to) {
		TradeYearRange years = ApiParameters.years(year, from, to);
		TradeDataset dataset = this.trade.current();
		TradeStatistics statistics = dataset.statistics();
		// Changes on the previous year come from all years, so the first year shown
		// keeps its change; latestYear stays the dataset's latest.
		return new ApiResponses.Trade("GBP", "billion", (dataset.version() > 0) ? dataset.version() : null,
				statistics.latest().map(TradeYear::year).orElse(null),
				years.of(statistics)
					.stream()
					.map((shown) -> new ApiResponses.TradeYear(shown.year(), shown.exports(), shown.imports(),
							shown.total(), shown.balance(), shown.exportsChange(), shown.importsChange()))
					.toList(),
				dataset.revisions()
					.all()
					.stream()
					.filter((revision) -> years.contains(revision.getYear()))
					.map((revision) -> new ApiResponses.TradeRevision(revision.getYear(),
							revision.getSeries().name().toLowerCase(Locale.ROOT), revision.getOldValue(),
							revision.getNewValue(), revision.getRevisedAt(), revision.getNote(),
							revision.getVersionNumber()))
					.toList(),
				statistics.sources()
					.stream()
					.map((source) -> new ApiResponses.TradeSource(source.title(), source.publisher(), source.url(),
							source.retrievedOn(), source.notes()))
					.toList(),
				statistics.publishedAt(), statistics.updatedAt());
	}

	@GetMapping("/search")
	@Operation(summary = "Search of published pages, ten results a page unless size says otherwise. Titles are "
			+ "those of the English pages in either language for now; lang is accepted so that a program may send "
			+ "the same parameters everywhere.")
	Paged<ApiResponses.SearchHit> search(
			@Parameter(description = "The words to search for") @RequestParam(required = false) String q,
			@Parameter(description = PAGE) @RequestParam(required = false) String page,
			@Parameter(description = SIZE) @RequestParam(required = false) String size,
			@Parameter(description = LANG) @RequestParam(required = false) String lang) {
		if (q == null || q.isBlank()) {
			throw new ApiParameters.BadParameter("q", "Give the words to search for in q.");
		}
		ApiParameters.language(lang);
		int pageSize = ApiParameters.size(size);
		SearchQuery query = SearchQuery.of(q);
		Page<SearchResult> results = this.search.search(query, ApiParameters.pageIndex(page), pageSize).results();
		UriComponentsBuilder base = base("/search", lang, size).queryParam("q", query.text());
		return paged(results, base,
				(result) -> new ApiResponses.SearchHit(result.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'),
						result.title(), result.path(), result.date(), result.updatedAt()));
	}

	/** Any other address under the API is a problem, not the site's HTML 404 page. */
	@Hidden
	@GetMapping("/**")
	void unknown() {
		throw new NotFoundException("API address");
	}

	/** The API only reads. */
	@Hidden
	@RequestMapping(path = { "", "/**" },
			method = { RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE })
	void write() {
		throw new ApiProblems.ReadOnly();
	}

	private ApiResponses.StatementJson statement(Meeting meeting, Statement statement, ShownTexts shown) {
		Side side = statement.getSide();
		return new ApiResponses.StatementJson((side != null) ? side.name().toLowerCase(Locale.ROOT) : "joint",
				(statement.getParticipant() != null) ? statement.getParticipant().getName() : null,
				text(shown, meeting, "statement" + statement.getId(), statement.getText()),
				topicRefs(statement.getTopics().stream().sorted(Comparator.comparing(Topic::getName)).toList(), shown));
	}

	private ApiResponses.Area area(CooperationArea area, ShownTexts shown, Locale language) {
		return new ApiResponses.Area(area.getSlug(), text(shown, area, "name", area.getName()),
				text(shown, area, "summary", area.getSummary()), text(shown, area, "body", area.getBody()),
				text(shown, area, "benefitsTitle", area.getBenefitsTitle()),
				area.getBenefits()
					.stream()
					.map((benefit) -> text(shown, area, "benefit" + benefit.getKey(), benefit.getText()))
					.toList(),
				area.isShowsTradeFigures(), area.getPublishedAt(), area.getUpdatedAt(), withdrawal(area, language));
	}

	private static List<Ref> areaRefs(List<CooperationArea> areas, ShownTexts shown) {
		return areas.stream()
			.map((area) -> new Ref(area.getSlug(), text(shown, area, "name", area.getName())))
			.toList();
	}

	private static List<Ref> topicRefs(List<Topic> topics, ShownTexts shown) {
		return topics.stream()
			.map((topic) -> new Ref(topic.getSlug(), text(shown, topic, "name", topic.getName())))
			.toList();
	}

	private static String text(ShownTexts shown, Translatable item, String field, String english) {
		return shown.of(item, field, english).text();
	}

	/** A withdrawn item's notice, as its page shows it; {@code null} if not withdrawn. */
	private static ApiResponses.Withdrawal withdrawal(AddressableContent item, Locale language) {
		if (!item.isWithdrawn()) {
			return null;
		}
		return new ApiResponses.Withdrawal(item.getWithdrawnAt(),
				item.withdrawnReason("zh".equals(language.getLanguage())));
	}

	private ShownTexts shown(Locale language, PageItems items) {
		return this.translations.shown(language, items);
	}

	/**
	 * The language of the answer. Without {@code lang} it comes from
	 * {@code Accept-Language}, so the answer says it varies with that header: caches (and
	 * the ETag, a hash of the body) then keep the languages apart.
	 */
	private static Locale language(String lang, String acceptLanguage, HttpServletResponse response) {
		Locale language = ApiParameters.language(lang, acceptLanguage);
		if (lang == null) {
			response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
		}
		return language;
	}

	/** A list's address with the parameters its links keep, as the caller gave them. */
	private static UriComponentsBuilder base(String path, String lang, String size) {
		UriComponentsBuilder base = UriComponentsBuilder.fromPath(BASE + path);
		if (lang != null) {
			base.queryParam("lang", ApiParameters.language(lang).getLanguage());
		}
		if (size != null) {
			base.queryParam("size", ApiParameters.size(size));
		}
		return base;
	}

	private static <T, R> Paged<R> paged(Page<T> results, UriComponentsBuilder base, Function<T, R> item) {
		int last = Math.max(results.getTotalPages(), 1);
		int number = results.getNumber() + 1;
		Function<Integer, String> link = (
				n) -> base.cloneBuilder().queryParam("page", n).build().encode().toUriString();
		Links links = new Links(link.apply(number), (number < last) ? link.apply(number + 1) : null,
				(number > 1) ? link.apply(number - 1) : null, link.apply(1), link.apply(last));
		return new Paged<>(results.getContent().stream().map(item).toList(), number, results.getSize(),
				results.getTotalElements(), results.getTotalPages(), links);
	}

}
