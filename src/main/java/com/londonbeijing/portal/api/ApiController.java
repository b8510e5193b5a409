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
import com.londonbeijing.portal.translation.PageItems;
import com.londonbeijing.portal.translation.ShownTexts;
import com.londonbeijing.portal.translation.Translatable;
import com.londonbeijing.portal.translation.Translations;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.domain.Page;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Published content as JSON. Everything is read through the public pages' services with
 * {@link Visibility#PUBLIC}, so a signed-in editor gets no drafts here either, and texts
 * come in the {@code lang} asked for ({@code en} by default, or {@code zh}), English
 * standing in where a translation is missing, as on the Chinese pages.
 */
@RestController
@Tag(name = "Published content")
@RequestMapping(path = ApiController.BASE, produces = MediaType.APPLICATION_JSON_VALUE)
class ApiController {

	static final String BASE = "/api/v1";

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
	List<ApiResponses.AreaSummary> areas(@RequestParam(required = false) String lang) {
		List<CooperationArea> areas = this.areas.published();
		ShownTexts shown = shown(lang, PageItems.none().and(areas));
		return areas.stream()
			.map((area) -> new ApiResponses.AreaSummary(area.getSlug(), text(shown, area, "name", area.getName()),
					text(shown, area, "summary", area.getSummary()), area.isShowsTradeFigures(), area.getPublishedAt(),
					area.getUpdatedAt()))
			.toList();
	}

	@GetMapping("/areas/{slug}")
	@Operation(summary = "One published area with its body and benefits.")
	ApiResponses.Area area(@PathVariable String slug, @RequestParam(required = false) String lang) {
		CooperationArea area = this.areas.show(slug, Visibility.PUBLIC);
		return area(area, shown(lang, PageItems.about(area)), lang);
	}

	@GetMapping("/case-studies")
	@Operation(summary = "Published case studies, ten a page, optionally only those in one area.")
	Paged<ApiResponses.CaseStudySummary> caseStudies(@RequestParam(required = false) String area,
			@RequestParam(required = false) String page, @RequestParam(required = false) String lang) {
		String areaSlug = (area != null) ? ApiParameters.slug(area) : null;
		Page<CaseStudy> results = this.caseStudies.list(areaSlug, ApiParameters.pageIndex(page));
		ShownTexts shown = shown(lang, PageItems.none().and(results.getContent(), CaseStudy::getSortedAreas));
		UriComponentsBuilder base = base("/case-studies", lang).queryParamIfPresent("area",
				Optional.ofNullable(areaSlug));
		return paged(results, base, (caseStudy) -> new ApiResponses.CaseStudySummary(caseStudy.getSlug(),
				text(shown, caseStudy, "title", caseStudy.getTitle()),
				text(shown, caseStudy, "summary", caseStudy.getSummary()), caseStudy.getPeriod(),
				areaRefs(caseStudy.getSortedAreas(), shown), caseStudy.getPublishedAt(), caseStudy.getUpdatedAt()));
	}

	@GetMapping("/case-studies/{slug}")
	@Operation(summary = "One published case study with its outcomes, success metrics and areas.")
	ApiResponses.CaseStudy caseStudy(@PathVariable String slug, @RequestParam(required = false) String lang) {
		CaseStudy caseStudy = this.caseStudies.show(slug, Visibility.PUBLIC);
		ShownTexts shown = shown(lang, PageItems.about(caseStudy).and(caseStudy.getSortedAreas()));
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
				withdrawal(caseStudy, lang));
	}

	@GetMapping("/meetings")
	@Operation(summary = "Published meetings, newest first, ten a page, optionally in one year or on one topic.")
	Paged<ApiResponses.MeetingSummary> meetings(@RequestParam(required = false) String year,
			@RequestParam(required = false) String topic, @RequestParam(required = false) String page,
			@RequestParam(required = false) String lang) {
		List<Topic> topics = this.meetings.topics();
		MeetingFilter filter = MeetingFilter.parse(year, topic, topics.stream().map(Topic::getSlug).toList());
		if (!filter.problems().isEmpty()) {
			throw new ApiParameters.BadParameter(
					filter.problems().contains("meetings.filter.badYear") ? "year" : "topic",
					filter.problems().contains("meetings.filter.badYear") ? "year must be a year such as 2023."
							: "topic must be the slug of one of /api/v1/topics.");
		}
		Page<Meeting> results = this.meetings.list(filter, ApiParameters.pageIndex(page));
		ShownTexts shown = shown(lang, PageItems.none().and(results.getContent(), Meeting::getSortedTopics));
		UriComponentsBuilder base = base("/meetings", lang)
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
	ApiResponses.Meeting meeting(@PathVariable String slug, @RequestParam(required = false) String lang) {
		Meeting meeting = this.meetings.show(slug, Visibility.PUBLIC).meeting();
		List<Topic> statementTopics = meeting.getStatements()
			.stream()
			.flatMap((statement) -> statement.getTopics().stream())
			.toList();
		ShownTexts shown = shown(lang,
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
				meeting.getPublishedAt(), meeting.getUpdatedAt(), withdrawal(meeting, lang));
	}

	@GetMapping("/topics")
	@Operation(summary = "The topics of published meetings, alphabetically.")
	List<Ref> topics(@RequestParam(required = false) String lang) {
		List<Topic> topics = this.meetings.topics();
		return topicRefs(topics, shown(lang, PageItems.none().and(topics)));
	}

	@GetMapping("/trade")
	@Operation(summary = "UK–China trade by year in GBP billion, with derived totals, balances, changes and revisions.")
	ApiResponses.Trade trade() {
		TradeDataset dataset = this.trade.current();
		TradeStatistics statistics = dataset.statistics();
		return new ApiResponses.Trade("GBP", "billion", (dataset.version() > 0) ? dataset.version() : null,
				statistics.latest().map(TradeYear::year).orElse(null),
				statistics.years()
					.stream()
					.map((year) -> new ApiResponses.TradeYear(year.year(), year.exports(), year.imports(), year.total(),
							year.balance(), year.exportsChange(), year.importsChange()))
					.toList(),
				dataset.revisions()
					.all()
					.stream()
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
	@Operation(summary = "Search of published pages, ten results a page.")
	Paged<ApiResponses.SearchHit> search(@RequestParam(required = false) String q,
			@RequestParam(required = false) String page) {
		if (q == null || q.isBlank()) {
			throw new ApiParameters.BadParameter("q", "Give the words to search for in q.");
		}
		SearchQuery query = SearchQuery.of(q);
		Page<SearchResult> results = this.search.search(query, ApiParameters.pageIndex(page)).results();
		UriComponentsBuilder base = UriComponentsBuilder.fromPath(BASE + "/search").queryParam("q", query.text());
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

	private ApiResponses.Area area(CooperationArea area, ShownTexts shown, String lang) {
		return new ApiResponses.Area(area.getSlug(), text(shown, area, "name", area.getName()),
				text(shown, area, "summary", area.getSummary()), text(shown, area, "body", area.getBody()),
				text(shown, area, "benefitsTitle", area.getBenefitsTitle()),
				area.getBenefits()
					.stream()
					.map((benefit) -> text(shown, area, "benefit" + benefit.getKey(), benefit.getText()))
					.toList(),
				area.isShowsTradeFigures(), area.getPublishedAt(), area.getUpdatedAt(), withdrawal(area, lang));
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
	private static ApiResponses.Withdrawal withdrawal(AddressableContent item, String lang) {
		if (!item.isWithdrawn()) {
			return null;
		}
		boolean chinese = "zh".equals(ApiParameters.language(lang).getLanguage());
		return new ApiResponses.Withdrawal(item.getWithdrawnAt(), item.withdrawnReason(chinese));
	}

	private ShownTexts shown(String lang, PageItems items) {
		return this.translations.shown(ApiParameters.language(lang), items);
	}

	private static UriComponentsBuilder base(String path, String lang) {
		UriComponentsBuilder base = UriComponentsBuilder.fromPath(BASE + path);
		if (lang != null) {
			base.queryParam("lang", ApiParameters.language(lang).getLanguage());
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
