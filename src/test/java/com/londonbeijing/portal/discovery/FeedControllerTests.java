package com.londonbeijing.portal.discovery;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.londonbeijing.portal.test.PortalWebMvcTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;

/**
 * The Atom feeds with the published content mocked: entries link to their pages, and an
 * unknown or hostile area or topic is a 404, not an error.
 */
@PortalWebMvcTest(FeedController.class)
class FeedControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	PublishedContent content;

	@Test
	void theSiteFeedLinksItsNewestEntries() {
		Instant published = Instant.parse("2024-05-01T10:00:00Z");
		given(this.content.newest(anyInt())).willReturn(List.of(new PublishedContent.Item(PublishedContent.Kind.MEETING,
				"city-forum", "City forum", "A forum", published, published, null)));

		MvcTestResult result = this.mvc.get().uri("/feed.atom").exchange();

		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith("application/atom+xml");
		assertThat(result).bodyText().contains("City forum").contains("http://localhost/meetings/city-forum");
	}

	@Test
	void anEntryUpdatedForVisitorsSaysWhenAndWhyInItsSummary() {
		Instant published = Instant.parse("2024-05-01T10:00:00Z");
		Instant updated = Instant.parse("2026-12-02T23:30:00Z");
		given(this.content.newest(anyInt()))
			.willReturn(List.of(new PublishedContent.Item(PublishedContent.Kind.MEETING, "city-forum", "City forum",
					"A forum", published, updated, new PublishedContent.Update("Corrected the venue", updated))));

		MvcTestResult result = this.mvc.get().uri("/feed.atom").exchange();

		// London is on GMT in December: 23:30 UTC is still the 2nd there.
		assertThat(result).bodyText().contains("A forum\n\nUpdated 2 December 2026: Corrected the venue");
	}

	@Test
	void unknownOrHostileAreasAndTopicsAreRefusedWithoutAnError() {
		given(this.content.area(anyString())).willReturn(Optional.empty());
		given(this.content.topic(anyString())).willReturn(Optional.empty());

		assertThat(this.mvc.get().uri("/areas/nowhere/feed.atom")).hasStatus(404);
		assertThat(this.mvc.get().uri("/areas/{slug}/feed.atom", "<script>")).hasStatus(404);
		// A control character is refused before the controller, by Spring Security's
		// firewall.
		assertThat(this.mvc.get().uri("/areas/{slug}/feed.atom", "a\u0000b")).hasStatus(400);
		assertThat(this.mvc.get().uri("/topics/nothing/feed.atom")).hasStatus(404);
	}

}
