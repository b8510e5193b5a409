package com.londonbeijing.portal.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium, driven by Debian's chromedriver, pointed at the application
 * under test. Obtained as a parameter in a {@link BrowserTest}; the extension starts one
 * per test class and resets its window size and colour scheme before each test.
 * <p>
 * Selenium Manager is never used: it would try to download a driver or browser, and the
 * build must work offline with the distribution's packages.
 */
public final class Browser implements AutoCloseable {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	/**
	 * Headless, and without Chromium's sandbox, which refuses to start as root (CI runs
	 * as root). Chromium's background services still look up Google hosts despite the
	 * {@code --disable-*} flags; the resolver rule stops every look-up except the
	 * application's, so a test run never leaves the machine.
	 */
	private static final List<String> ARGUMENTS = List.of("--headless=new", "--no-sandbox", "--disable-gpu",
			"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
			"--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost");

	/** The window size every test starts with (a laptop-sized screen). */
	public static final Dimension DEFAULT_SIZE = new Dimension(1280, 900);

	private final ChromeDriver driver;

	private final Path profile;

	private String baseUrl = "http://localhost";

	private Browser(ChromeDriver driver, Path profile) {
		this.driver = driver;
		this.profile = profile;
	}

	/**
	 * Starts a browser with a fresh profile.
	 * @return the started browser
	 * @throws IllegalStateException if Chromium or its driver is not installed
	 */
	static Browser start() {
		return start(CHROMIUM, CHROMEDRIVER);
	}

	static Browser start(Path chromium, Path chromedriver) {
		List<String> missing = Stream.of(chromium, chromedriver)
			.filter((path) -> !Files.isExecutable(path))
			.map(Path::toString)
			.toList();
		if (!missing.isEmpty()) {
			throw new IllegalStateException("""
					Browser tests (the "browser" Maven profile) need Debian's Chromium and chromedriver, \
					and this is missing: %s. install: apt-get install chromium chromium-driver"""
				.formatted(String.join(", ", missing)));
		}
		Path profile = createProfileDirectory();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(chromium.toFile());
		options.addArguments(ARGUMENTS);
		options.addArguments("--window-size=" + DEFAULT_SIZE.getWidth() + "," + DEFAULT_SIZE.getHeight(),
				"--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile())
			.usingAnyFreePort()
			.build();
		try {
			ChromeDriver driver = new ChromeDriver(service, options);
			driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
			return new Browser(driver, profile);
		}
		catch (RuntimeException ex) {
			service.stop();
			deleteRecursively(profile);
			throw ex;
		}
	}

	private static Path createProfileDirectory() {
		try {
			return Files.createTempDirectory("portal-chromium-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Makes {@link #open(String)} resolve paths against the application under test. */
	void useBaseUrl(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	/** Puts the window back to its default size and the colour scheme back to light. */
	void reset() {
		this.driver.manage().window().setSize(DEFAULT_SIZE);
		useDarkColourScheme(false);
	}

	/**
	 * The underlying driver, for anything this class does not wrap.
	 * @return the driver
	 */
	public WebDriver driver() {
		return this.driver;
	}

	/**
	 * Loads a page of the application and waits until it has loaded.
	 * @param path the path, for example {@code "/trade"}
	 */
	public void open(String path) {
		this.driver.get(this.baseUrl + path);
	}

	/**
	 * Runs JavaScript in the current page.
	 * @param script the script body; it may {@code return} a value
	 * @param arguments available to the script as {@code arguments[i]}
	 * @return what the script returned (numbers as {@code Long} or {@code Double})
	 */
	public Object script(String script, Object... arguments) {
		return ((JavascriptExecutor) this.driver).executeScript(script, arguments);
	}

	/**
	 * Resizes the window; in headless Chromium this is the size of the viewport.
	 * @param width the width in CSS pixels
	 * @param height the height in CSS pixels
	 */
	public void resize(int width, int height) {
		this.driver.manage().window().setSize(new Dimension(width, height));
	}

	/**
	 * Emulates the user's colour-scheme preference ({@code prefers-color-scheme}).
	 * @param dark {@code true} for dark, {@code false} for light
	 */
	public void useDarkColourScheme(boolean dark) {
		Map<String, String> feature = Map.of("name", "prefers-color-scheme", "value", dark ? "dark" : "light");
		this.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of(feature)));
	}

	@Override
	public void close() {
		try {
			this.driver.quit();
		}
		finally {
			deleteRecursively(this.profile);
		}
	}

	private static void deleteRecursively(Path directory) {
		try (Stream<Path> paths = Files.walk(directory)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			// A leftover temporary profile must not fail the build; the OS cleans /tmp.
		}
	}

}
