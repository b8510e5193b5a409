package com.londonbeijing.portal.discovery;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import com.londonbeijing.portal.test.PortalIntegrationTest;
import com.londonbeijing.portal.test.WebClient;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sitemap, the Atom feeds and robots.txt, read as a search engine or feed reader
 * reads them: parsed by a namespace-aware XML parser (so a document that is not
 * well-formed fails the test), with the right entries and only published content.
 */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiscoveryTests {

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";

	private static final String MEETING = "/meetings/2024-10-18-wang-yi-david-lammy";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	WebClient web;

	String base;

	@BeforeAll
	void addContent() {
		removeContent();
		// The newest case study; its summary carries characters XML must escape or cannot
		// hold.
		this.jdbc.update("""
				INSERT INTO case_study (slug, title, summary, published_at, status) VALUES
				('discovery-test-newest', 'Newest <case> & study', 'Quotes " and '' and a bell \u0007 here.',
				 now() + interval '1 minute', 'PUBLISHED'),
				('discovery-test-draft', 'Draft case study', 'Not public.', now() + interval '2 minutes', 'DRAFT')""");
		this.jdbc
			.update("""
					INSERT INTO cooperation_area (slug, name, status) VALUES ('discovery-test-draft-area', 'Draft area', 'DRAFT')""");
	}

	@AfterAll
	void removeContent() {
		this.jdbc.update("DELETE FROM case_study WHERE slug LIKE 'discovery-test-%'");
		this.jdbc.update("DELETE FROM cooperation_area WHERE slug LIKE 'discovery-test-%'");
	}

	@BeforeEach
	void setUp() {
		this.web = new WebClient(this.port);
		this.base = "http://localhost:" + this.port;
	}

	@Test
	void sitemapListsEveryPublishedPageWithWhenItChanged() {
		HttpResponse<String> response = this.web.get("/sitemap.xml");

		assertThat(contentType(response)).isEqualTo("application/xml;charset=utf-8");
		Element urlset = parse(response).getDocumentElement();
		assertThat(urlset.getNamespaceURI()).isEqualTo(SITEMAP);
		assertThat(urlset.getLocalName()).isEqualTo("urlset");
		List<String> locs = texts(urlset, SITEMAP, "loc");
		assertThat(locs).contains(this.base + "/", this.base + "/areas", this.base + "/trade",
				this.base + "/case-studies", this.base + "/meetings", this.base + "/areas/trade-and-investment",
				this.base + "/areas/education-and-research", this.base + "/areas/cultural-exchange",
				this.base + "/areas/technology-and-innovation", this.base + "/case-studies/london-shanghai-cooperation",
				this.base + "/case-studies/tech-partnerships", this.base + "/case-studies/discovery-test-newest",
				this.base + MEETING);
		assertThat(locs).doesNotHaveDuplicates()
			.noneMatch((loc) -> loc.contains("draft") || loc.contains("/admin") || loc.contains("/search"));
		NodeList urls = urlset.getElementsByTagNameNS(SITEMAP, "url");
		assertThat(urls.getLength()).isEqualTo(locs.size());
		for (int i = 0; i < urls.getLength(); i++) {
			List<String> lastmod = texts((Element) urls.item(i), SITEMAP, "lastmod");
			assertThat(lastmod).hasSize(1);
			assertThat(OffsetDateTime.parse(lastmod.get(0))).isNotNull();
		}
	}

	@Test
	void sitemapListsEachPageInBothLanguagesWithItsAlternates() {
		Element urlset = parse(this.web.get("/sitemap.xml")).getDocumentElement();

		assertThat(texts(urlset, SITEMAP, "loc")).contains(this.base + "/zh", this.base + "/zh/areas",
				this.base + "/zh" + MEETING);
		NodeList urls = urlset.getElementsByTagNameNS(SITEMAP, "url");
		for (int i = 0; i < urls.getLength(); i++) {
			Element url = (Element) urls.item(i);
			if (texts(url, SITEMAP, "loc").get(0).equals(this.base + "/zh" + MEETING)) {
				NodeList links = url.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "link");
				List<String> alternates = new java.util.ArrayList<>();
				for (int j = 0; j < links.getLength(); j++) {
					Element link = (Element) links.item(j);
					alternates.add(link.getAttribute("hreflang") + " " + link.getAttribute("href"));
				}
				assertThat(alternates).containsExactlyInAnyOrder("en-GB " + this.base + MEETING,
						"zh-CN " + this.base + "/zh" + MEETING, "x-default " + this.base + MEETING);
				return;
			}
		}
		throw new AssertionError("The Chinese meeting page is not in the sitemap");
	}

	@Test
	void siteFeedIsAtomWithTheNewestMeetingsAndCaseStudies() {
		HttpResponse<String> response = this.web.get("/feed.atom");

		assertThat(contentType(response)).isEqualTo("application/atom+xml;charset=utf-8");
		Element feed = parse(response).getDocumentElement();
		assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
		assertThat(feed.getLocalName()).isEqualTo("feed");
		assertThat(texts(feed, ATOM, "id").get(0)).isEqualTo(this.base + "/feed.atom");
		assertThat(OffsetDateTime.parse(child(feed, "updated").getTextContent())).isNotNull();
		assertThat(child(feed, "author").getTextContent()).contains("London–Beijing Cooperation Portal");
		assertThat(links(feed)).contains("self " + this.base + "/feed.atom", "alternate " + this.base + "/");

		List<Element> entries = entries(feed);
		// The seed's items were all published at the same moment, so only the newest has
		// a place.
		assertThat(entries).extracting(DiscoveryTests::entryUrl)
			.containsExactlyInAnyOrder(this.base + "/case-studies/discovery-test-newest", this.base + MEETING,
					this.base + "/case-studies/london-shanghai-cooperation",
					this.base + "/case-studies/tech-partnerships")
			.first()
			.isEqualTo(this.base + "/case-studies/discovery-test-newest");
		Element newest = entries.get(0);
		assertThat(child(newest, "title").getTextContent()).isEqualTo("Newest <case> & study");
		assertThat(child(newest, "summary").getTextContent()).isEqualTo("Quotes \" and ' and a bell  here.");
		assertThat(child(newest, "id").getTextContent()).isEqualTo(this.base + "/case-studies/discovery-test-newest");
		assertThat(child(newest, "category").getAttribute("term")).isEqualTo("case-study");
		for (Element entry : entries) {
			assertThat(OffsetDateTime.parse(child(entry, "updated").getTextContent())).isNotNull();
			assertThat(OffsetDateTime.parse(child(entry, "published").getTextContent())).isNotNull();
			assertThat(child(entry, "summary").getTextContent()).isNotBlank();
		}
		Element meeting = entries.stream()
			.filter((entry) -> entryUrl(entry).endsWith(MEETING))
			.findFirst()
			.orElseThrow();
		assertThat(child(meeting, "title").getTextContent())
			.isEqualTo("Strengthening UK-China Relations: A New Chapter");
		assertThat(child(meeting, "category").getAttribute("term")).isEqualTo("meeting");
	}

	@Test
	void areaFeedListsTheAreasMeetingsAndCaseStudies() {
		Element trade = parse(this.web.get("/areas/trade-and-investment/feed.atom")).getDocumentElement();
		Element technology = parse(this.web.get("/areas/technology-and-innovation/feed.atom")).getDocumentElement();

		assertThat(child(trade, "title").getTextContent()).contains("Trade and Investment");
		assertThat(links(trade)).contains("alternate " + this.base + "/areas/trade-and-investment");
		assertThat(entries(trade)).extracting(DiscoveryTests::entryUrl)
			.containsExactlyInAnyOrder(this.base + MEETING, this.base + "/case-studies/london-shanghai-cooperation");
		assertThat(entries(technology)).extracting(DiscoveryTests::entryUrl)
			.containsExactly(this.base + "/case-studies/tech-partnerships");
	}

	@Test
	void topicFeedListsTheMeetingsOnThatTopic() {
		Element taiwan = parse(this.web.get("/topics/taiwan/feed.atom")).getDocumentElement();

		assertThat(child(taiwan, "title").getTextContent()).contains("Taiwan");
		assertThat(links(taiwan)).contains("alternate " + this.base + "/meetings?topic=taiwan");
		assertThat(entries(taiwan)).extracting(DiscoveryTests::entryUrl).containsExactly(this.base + MEETING);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/areas/nope/feed.atom", "/areas/discovery-test-draft-area/feed.atom",
			"/topics/nope/feed.atom", "/topics/%3Cscript%3E/feed.atom" })
	void feedsOfUnknownAreasAndTopicsAreNotFound(String path) {
		HttpResponse<String> response = this.web.get(path);

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Page not found");
	}

	@Test
	void pagesAnnounceTheirFeeds() {
		assertThat(feedLinks("/")).containsExactly("/feed.atom");
		assertThat(feedLinks("/areas/education-and-research")).containsExactly("/feed.atom",
				"/areas/education-and-research/feed.atom");
		assertThat(feedLinks("/meetings?topic=taiwan")).containsExactly("/feed.atom", "/topics/taiwan/feed.atom");
		assertThat(Jsoup.parse(this.web.get("/areas/education-and-research").body())
			.select("main a[href=/areas/education-and-research/feed.atom]")
			.text()).contains("Atom feed");
	}

	@Test
	void robotsKeepCrawlersOutOfTheAdminAreaAndPointAtTheSitemap() {
		HttpResponse<String> response = this.web.get("/robots.txt");

		assertThat(contentType(response)).isEqualTo("text/plain;charset=utf-8");
		assertThat(response.body().lines()).contains("User-agent: *", "Disallow: /admin", "Disallow: /login",
				"Disallow: /account", "Sitemap: " + this.base + "/sitemap.xml");
		assertThat(response.body()).doesNotContain("Disallow: /\n");
	}

	@Test
	void addressesFollowTheSchemeATrustedProxyReports() throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.base + "/sitemap.xml"))
			.header("X-Forwarded-Proto", "https")
			.build();
		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

		List<String> locs = texts(parse(response).getDocumentElement(), SITEMAP, "loc");
		assertThat(locs).isNotEmpty().allMatch((loc) -> loc.startsWith("https://localhost"));
	}

	private List<String> feedLinks(String path) {
		return Jsoup.parse(this.web.get(path).body())
			.select("head link[rel=alternate][type=application/atom+xml]")
			.eachAttr("href");
	}

	private static String contentType(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(200);
		return response.headers().firstValue("Content-Type").orElse("").toLowerCase().replace(" ", "");
	}

	private static Document parse(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(200);
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			return factory.newDocumentBuilder()
				.parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
		}
		catch (ParserConfigurationException | SAXException ex) {
			throw new AssertionError("Not well-formed XML: " + ex.getMessage() + "\n" + response.body(), ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<String> texts(Element parent, String namespace, String name) {
		NodeList nodes = parent.getElementsByTagNameNS(namespace, name);
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			texts.add(nodes.item(i).getTextContent());
		}
		return texts;
	}

	/** The first child element of that name in the Atom namespace. */
	private static Element child(Element parent, String name) {
		for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element && ATOM.equals(element.getNamespaceURI())
					&& name.equals(element.getLocalName())) {
				return element;
			}
		}
		throw new AssertionError("no <" + name + "> in <" + parent.getLocalName() + ">");
	}

	private static List<String> links(Element parent) {
		List<String> links = new ArrayList<>();
		for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element && "link".equals(element.getLocalName())) {
				links.add(element.getAttribute("rel") + " " + element.getAttribute("href"));
			}
		}
		return links;
	}

	private static List<Element> entries(Element feed) {
		NodeList nodes = feed.getElementsByTagNameNS(ATOM, "entry");
		List<Element> entries = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			entries.add((Element) nodes.item(i));
		}
		return entries;
	}

	private static String entryUrl(Element entry) {
		return links(entry).stream()
			.filter((link) -> link.startsWith("alternate "))
			.map((link) -> link.substring("alternate ".length()))
			.findFirst()
			.orElseThrow();
	}

}
