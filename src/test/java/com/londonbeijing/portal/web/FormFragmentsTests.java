package com.londonbeijing.portal.web;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.londonbeijing.portal.meeting.Side;
import com.londonbeijing.portal.test.HtmlChecker;
import com.londonbeijing.portal.test.PortalIntegrationTest;
import com.londonbeijing.portal.test.WebSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared form fragments (fragments/forms.html) with every kind of field they offer,
 * on a sample form: valid HTML, every input labelled, and errors that link to, and are
 * announced with, their fields.
 */
@PortalIntegrationTest
@Import(FormFragmentsTests.SampleFormController.class)
class FormFragmentsTests {

	@LocalServerPort
	int port;

	@Test
	void everyKindOfFieldIsLabelledAndValidHtml() {
		HttpResponse<String> response = new WebSession(this.port).get("/test/form");

		assertThat(response.statusCode()).isEqualTo(200);
		assertValidHtml(response);
		Document page = Jsoup.parse(response.body());
		assertThat(page.select(".error-summary")).isEmpty();
		for (Element field : page.select(".field")) {
			Element label = field.selectFirst("label");
			assertThat(label).isNotNull();
			assertThat(page.getElementById(label.attr("for"))).as("input of " + label.text()).isNotNull();
		}
		assertThat(page.select("#title").attr("aria-describedby")).isEqualTo("title-hint");
		assertThat(page.select("#amount").attr("inputmode")).isEqualTo("decimal");
		assertThat(page.select("#count").attr("type")).isEqualTo("number");
		assertThat(page.select("#count").attr("step")).isEqualTo("1");
		assertThat(page.select("#day").attr("type")).isEqualTo("date");
		assertThat(page.select("textarea#body").attr("rows")).isEqualTo("3");
		assertThat(page.select("label[for=body]").text()).isEqualTo("Body (optional)");
		assertThat(page.select("#areaId option").eachText()).containsExactly("Choose an area", "Trade", "Culture");
		assertThat(page.select("#areaId option").eachAttr("value")).containsExactly("", "1", "2");
		assertThat(page.select("#side option").eachText()).containsExactly("United Kingdom", "China");
		assertThat(page.select("#size option").eachText()).containsExactly("Small", "Medium");
		assertThat(page.select("input[type=checkbox]#agreed")).hasSize(1);
		assertThat(page.select("input#source-url[name=source.url]")).hasSize(1);
		assertThat(page.select("[aria-invalid]")).isEmpty();
	}

	@Test
	void optionalParametersLeftOutAreNotTakenFromTheModel() {
		Document page = Jsoup.parse(new WebSession(this.port).get("/test/form").body());

		assertThat(page.select("#areaId").attr("aria-describedby")).isEmpty();
		assertThat(page.select("#title").attr("type")).isEqualTo("text");
		assertThat(page.text()).doesNotContain("Leaked hint");
		assertThat(page.select("textarea#body").attr("rows")).isEqualTo("3");
	}

	@Test
	void errorsAreSummarisedWithLinksAndShownBesideTheirFieldsWithTheInputKept() {
		WebSession visitor = new WebSession(this.port);
		visitor.get("/test/form");
		Map<String, String> input = new LinkedHashMap<>();
		input.put("title", "  ");
		input.put("amount", "abc");
		input.put("count", "1.5");
		input.put("day", "31/02/2026");
		input.put("body", "far too long for it");
		input.put("areaId", "2");
		input.put("side", "CHINA");
		input.put("size", "M");
		input.put("_agreed", "on");
		input.put("secret", "s3cret-value");
		input.put("source.url", "");

		HttpResponse<String> response = visitor.post("/test/form", input);

		assertThat(response.statusCode()).isEqualTo(200);
		assertValidHtml(response);
		Document page = Jsoup.parse(response.body());
		List<String> links = page.select(".error-summary a").eachAttr("href");
		assertThat(links).containsExactly("#title", "#amount", "#count", "#day", "#body", "#agreed", "#source-url");
		for (String link : links) {
			Element input2 = page.getElementById(link.substring(1));
			assertThat(input2).as(link).isNotNull();
			assertThat(input2.attr("aria-invalid")).as(link).isEqualTo("true");
			assertThat(input2.attr("aria-describedby")).as(link).contains(link.substring(1) + "-error");
			assertThat(page.getElementById(link.substring(1) + "-error")).as(link).isNotNull();
		}
		// A message from the bundle (typeMismatch…), never Spring's "Failed to convert…".
		assertThat(page.select("#amount-error").text()).startsWith("Error: Enter").doesNotContain("convert");
		assertThat(page.select("#amount").val()).isEqualTo("abc");
		assertThat(page.select("#count").val()).as("not a whole number, so not shown in a number input").isEmpty();
		assertThat(page.select("#day").val()).as("not a date, so not shown in a date input").isEmpty();
		assertThat(page.select("#body").text()).isEqualTo("far too long for it");
		assertThat(page.select("#areaId option[selected]").val()).isEqualTo("2");
		assertThat(page.select("#side option[selected]").val()).isEqualTo("CHINA");
		assertThat(page.select("#size option[selected]").val()).isEqualTo("M");
		assertThat(page.select("#secret").hasAttr("value")).isFalse();
		assertThat(response.body()).doesNotContain("s3cret-value");
		assertThat(page.select("#body").attr("aria-describedby")).isEqualTo("body-hint body-error");
	}

	private static void assertValidHtml(HttpResponse<String> response) {
		List<HtmlChecker.Message> errors = HtmlChecker.errors(response.body().getBytes(StandardCharsets.UTF_8));
		assertThat(errors).overridingErrorMessage(() -> HtmlChecker.report("/test/form", errors)).isEmpty();
	}

	@TestConfiguration
	@Controller
	static class SampleFormController {

		@ModelAttribute
		void choices(Model model) {
			model.addAttribute("areas", List.of(new Area(1, "Trade"), new Area(2, "Culture")));
			model.addAttribute("sides", Side.values());
			Map<String, String> sizes = new LinkedHashMap<>();
			sizes.put("S", "Small");
			sizes.put("M", "Medium");
			model.addAttribute("sizes", sizes);
			// Model attributes named like the field fragment's optional parameters.
			model.addAttribute("type", "date");
			model.addAttribute("hint", "Leaked hint");
			model.addAttribute("rows", 99);
		}

		@GetMapping("/test/form")
		String showForm(Model model) {
			model.addAttribute("sampleForm", new SampleForm());
			return "test/form-fragments";
		}

		@PostMapping("/test/form")
		String save(@Valid @ModelAttribute SampleForm form, BindingResult result) {
			return result.hasErrors() ? "test/form-fragments" : "redirect:/test/form";
		}

	}

	record Area(long id, String name) {

	}

	public static class SampleForm {

		@NotBlank
		private String title;

		@NotNull
		@DecimalMin("0")
		private BigDecimal amount;

		private Integer count;

		@NotNull
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate day;

		@Size(max = 10)
		private String body;

		@NotNull
		private Long areaId;

		private Side side = Side.UK;

		private String size = "S";

		@AssertTrue
		private boolean agreed;

		private String secret;

		@Valid
		private Source source = new Source();

		public String getTitle() {
			return this.title;
		}

		public void setTitle(String title) {
			this.title = title;
		}

		public BigDecimal getAmount() {
			return this.amount;
		}

		public void setAmount(BigDecimal amount) {
			this.amount = amount;
		}

		public Integer getCount() {
			return this.count;
		}

		public void setCount(Integer count) {
			this.count = count;
		}

		public LocalDate getDay() {
			return this.day;
		}

		public void setDay(LocalDate day) {
			this.day = day;
		}

		public String getBody() {
			return this.body;
		}

		public void setBody(String body) {
			this.body = body;
		}

		public Long getAreaId() {
			return this.areaId;
		}

		public void setAreaId(Long areaId) {
			this.areaId = areaId;
		}

		public Side getSide() {
			return this.side;
		}

		public void setSide(Side side) {
			this.side = side;
		}

		public String getSize() {
			return this.size;
		}

		public void setSize(String size) {
			this.size = size;
		}

		public boolean isAgreed() {
			return this.agreed;
		}

		public void setAgreed(boolean agreed) {
			this.agreed = agreed;
		}

		public String getSecret() {
			return this.secret;
		}

		public void setSecret(String secret) {
			this.secret = secret;
		}

		public Source getSource() {
			return this.source;
		}

		public void setSource(Source source) {
			this.source = source;
		}

	}

	public static class Source {

		@NotBlank
		private String url;

		public String getUrl() {
			return this.url;
		}

		public void setUrl(String url) {
			this.url = url;
		}

	}

}
