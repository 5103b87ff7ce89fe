package org.edition.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium, driven through its chromedriver, for tests that must see a page as a
 * reader does (what is displayed, where focus is, where a link lands).
 *
 * <pre>{@code
 * try (Browser browser = Browser.start()) {      // skips the test if there is no browser
 *     browser.open(dir.resolve("page.html"));     // a file on disk, by its file:// URL
 *     browser.find("#ed-text").getText();         // the text as rendered: hidden elements left out
 *     browser.screenshot("page");                 // target/screenshots/page.png (the viewport)
 *     browser.driver();                           // Selenium's WebDriver, for anything else
 * }
 * }</pre>
 *
 * The browser is {@code /usr/bin/chromium} with {@code /usr/bin/chromedriver} (other paths through
 * the environment variables {@code EDITION_CHROMIUM} and {@code EDITION_CHROMEDRIVER}), started with
 * a fresh profile that is deleted on {@link #close()}, a {@value #WIDTH}x{@value #HEIGHT} window,
 * and no network activity of its own. Where either program is missing, {@link #start()} skips the
 * test; where the environment has {@code EDITION_REQUIRE_BROWSER=1} (CI does), it fails it instead.
 * Starting takes a few seconds: share one browser between the tests of a class.
 */
public final class Browser implements AutoCloseable {
    public static final int WIDTH = 1280;
    public static final int HEIGHT = 1000;
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /** Selenium logs through java.util.logging; a logger kept here keeps its level. */
    private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts the browser, or skips (or, with EDITION_REQUIRE_BROWSER=1, fails) the test without one. */
    public static Browser start() {
        return start(true);
    }

    /**
     * The same browser with the pages' scripts switched off (as a reader may have them), for checking
     * that a page works without them; Selenium's own calls ({@link #inViewport}, {@link #scrollTo})
     * still work.
     */
    public static Browser startWithoutJavaScript() {
        return start(false);
    }

    private static Browser start(boolean javascript) {
        Path chromium = program("EDITION_CHROMIUM", "/usr/bin/chromium");
        Path chromedriver = program("EDITION_CHROMEDRIVER", "/usr/bin/chromedriver");
        String missing = Stream.of(chromium, chromedriver).filter(p -> !Files.isExecutable(p)).map(Path::toString)
                .reduce((a, b) -> a + " and " + b).orElse(null);
        if (missing != null) {
            String why = "no headless browser: " + missing + " not found (apt-get install chromium chromium-driver)";
            if ("1".equals(System.getenv("EDITION_REQUIRE_BROWSER"))) {
                Assertions.fail(why + "; EDITION_REQUIRE_BROWSER=1 makes this a failure");
            }
            Assumptions.abort(why + ": browser test skipped");
        }
        SELENIUM_LOG.setLevel(Level.WARNING);
        Path profile;
        try {
            profile = Files.createTempDirectory("edition-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--hide-scrollbars", "--window-size=" + WIDTH + "," + HEIGHT,
                "--user-data-dir=" + profile.toAbsolutePath());
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .withLogOutput(OutputStream.nullOutputStream())
                .build();
        try {
            return new Browser(new ChromeDriver(service, options), profile);
        } catch (WebDriverException e) {
            delete(profile);
            throw new IllegalStateException("Chromium (" + chromium + ") did not start through " + chromedriver
                    + ": " + e.getMessage(), e);
        }
    }

    private static Path program(String variable, String standard) {
        String p = System.getenv(variable);
        return Path.of(p == null || p.isBlank() ? standard : p);
    }

    /** Opens a file from disk and waits until it has loaded. */
    public void open(Path file) {
        driver.get(file.toAbsolutePath().toUri().toString());
    }

    /** The first element the CSS selector matches; fails when there is none. */
    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    /** Scrolls the element to the top of the window (for a screenshot of that part of the page). */
    public void scrollTo(WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'start'})", element);
    }

    /** Whether any part of the element lies inside the window as it is scrolled now. */
    public boolean inViewport(WebElement element) {
        Object in = ((JavascriptExecutor) driver).executeScript(
                "const r = arguments[0].getBoundingClientRect();"
                        + " return r.bottom > 0 && r.top < window.innerHeight && r.height > 0;", element);
        return Boolean.TRUE.equals(in);
    }

    /** Saves what the window shows as {@code target/screenshots/<name>.png} and returns the file. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path png = SCREENSHOTS.resolve(name + ".png");
            Files.write(png, driver.getScreenshotAs(OutputType.BYTES));
            return png;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Selenium's driver, for what this class does not wrap. */
    public WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            delete(profile);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary profile left behind is harmless
        }
    }
}
