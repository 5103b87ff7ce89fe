package org.edition.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.edition.testing.Axe;
import org.edition.testing.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * The site and the HTML edition against the WCAG 2 A and AA rules that axe-core can check (contrast,
 * names of links and controls, landmarks, headings, language, unique ids ...), in headless Chromium:
 * every page of the edition built from the golden cases (ten documents a page, so that the lists
 * have several), every HTML edition, documents in each of their three views, the search page with
 * results, and a few pages in a window as narrow as a phone's.
 */
class AccessibilityTest {
    static Path cases;
    static Path output;
    static Browser browser;

    @BeforeAll
    static void buildAndStart(@TempDir Path dir) throws IOException {
        browser = Browser.start();
        output = dir.resolve("cases");
        cases = SiteTest.build(SiteTest.caseSeeds(dir.resolve("seeds")).toString(), output, "--documents-per-page", "10");
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    private static List<String> check(Path page) {
        browser.open(page);
        List<String> found = new ArrayList<>();
        for (String v : Axe.violations(browser)) {
            found.add(cases.relativize(page) + ": " + v);
        }
        return found;
    }

    @Test
    void everyPageOfTheSiteHasNoViolation() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path page : SiteFiles.pages(cases)) {
            violations.addAll(check(page));
        }
        assertThat(violations).as(String.join("\n", violations)).isEmpty();
    }

    @Test
    void theSearchPageWithItsResultsHasNoViolation() {
        browser.open(cases.resolve("search.html"));
        browser.find("#site-search-query").sendKeys("Ministry");
        browser.find("#site-search-form button[type=submit]").click();
        // the search data comes in shards, loaded one after another before the results are shown
        for (int i = 0; i < 100 && browser.find("#site-search-status").getText().startsWith("Loading"); i++) {
            sleep();
        }
        assertThat(browser.driver().findElements(By.cssSelector("#site-search-results li.site-search-result")))
                .as("results shown; status: " + browser.find("#site-search-status").getText()).isNotEmpty();
        List<String> violations = Axe.violations(browser);
        assertThat(violations).as(String.join("\n", violations)).isEmpty();
    }

    @Test
    void aNarrowWindowHasNoViolation() {
        // a phone: the layout changes (the register's facts stack, the navigation wraps)
        org.openqa.selenium.Dimension wide = browser.driver().manage().window().getSize();
        List<String> violations = new ArrayList<>();
        try {
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(400, 900));
            for (String page : List.of("index.html", "documents/20-soviet-india-memcon-1956.html", "persons.html",
                    "search.html")) {
                violations.addAll(check(cases.resolve(page)));
            }
        } finally {
            browser.driver().manage().window().setSize(wide);
        }
        assertThat(violations).as(String.join("\n", violations)).isEmpty();
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void everyHtmlEditionHasNoViolation() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> pages = Files.list(output.resolve("html"))) {
            for (Path page : pages.sorted().toList()) {
                violations.addAll(check(page));
            }
        }
        assertThat(violations).as(String.join("\n", violations)).isEmpty();
    }

    @Test
    void eachViewOfTheDocumentsWithMostInterventionsHasNoViolation() {
        // marks, notes, gaps and corrections are shown, hidden and restyled by the view
        List<String> violations = new ArrayList<>();
        for (String name : List.of("03-gaps", "04-sic-unclear", "05-notes", "12-expansions-pages-stamps", "15-nested-brackets")) {
            Path page = cases.resolve("documents/" + name + ".html");
            for (String view : List.of("reading", "diplomatic", "bracketed")) {
                browser.open(page);
                browser.find("label[for='view-" + view + "']").click();
                assertThat(browser.find("#view-" + view).isSelected()).isTrue();
                for (String v : Axe.violations(browser)) {
                    violations.add(name + ", " + view + ": " + v);
                }
            }
        }
        assertThat(violations).as(String.join("\n", violations)).isEmpty();
    }
}
