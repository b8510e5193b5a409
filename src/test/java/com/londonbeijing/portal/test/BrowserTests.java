package com.londonbeijing.portal.test;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class BrowserTests {

	@Test
	void missingChromiumFailsWithTheInstallCommandInsteadOfSkipping() {
		assertThatIllegalStateException()
			.isThrownBy(() -> Browser.start(Path.of("/nonexistent/chromium"), Browser.CHROMEDRIVER))
			.withMessageContaining("/nonexistent/chromium")
			.withMessageContaining("install: apt-get install chromium chromium-driver");
	}

	@Test
	void missingChromedriverFailsWithTheInstallCommandInsteadOfSkipping() {
		assertThatIllegalStateException()
			.isThrownBy(() -> Browser.start(Browser.CHROMIUM, Path.of("/nonexistent/chromedriver")))
			.withMessageContaining("/nonexistent/chromedriver")
			.withMessageContaining("install: apt-get install chromium chromium-driver");
	}

}
