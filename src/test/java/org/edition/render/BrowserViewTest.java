package org.edition.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.edition.testing.Browser;
import org.edition.testing.Cli;
import org.edition.testing.Cli.Result;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The sample's HTML page in a real browser: the view switch (radio inputs and CSS, no script)
 * changes what a reader sees, keyboard focus shows on it, and a name leads to its register entry.
 * Screenshots of each state go to target/screenshots/.
 */
class BrowserViewTest {
    static Path page;
    static Browser browser;

    @BeforeAll
    static void buildAndStart(@TempDir Path dir) {
        Result r = Cli.run("build", "--seeds", "seeds", "--output", dir.toString());
        assertThat(r.code()).as(r.toString()).isZero();
        page = dir.resolve("html").resolve("000_2b4c022557e90890.html");
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void open() {
        browser.open(page);
    }

    /** The first two paragraphs of the letter, as the browser renders them. */
    private static List<String> paragraphs() {
        return browser.driver().findElements(By.cssSelector("#ed-text .tei-p")).stream()
                .limit(2).map(WebElement::getText).toList();
    }

    /** Clicks the view's label (scrolled into sight first, so the pointer rests on the switch). */
    private static void choose(String view) {
        browser.scrollTo(browser.find(".ed-switch"));
        browser.find("label[for=view-" + view + "]").click();
        assertThat(browser.find("#view-" + view).isSelected()).as(view + " chosen").isTrue();
        browser.screenshot("view-" + view);
    }

    /** What a reader sees in each view: the first paragraph, words of the second, and of the whole text. */
    static Stream<Arguments> views() {
        return Stream.of(
                Arguments.of("bracketed", "[We] received your telegram dated 6 March [1962].",
                        List.of("According to [our] initial understanding", "to [North] Korea is quite severe"),
                        List.of("Ambassador Hao [Deqing]", "Pak Seong-cheol [Pak Song Chol]"), List.of("⟨…⟩")),
                Arguments.of("reading", "We received your telegram dated 6 March 1962.",
                        List.of("According to our initial understanding", "to North Korea is quite severe"),
                        List.of("Ambassador Hao Deqing", "Pak Seong-cheol (Pak Song Chol)"),
                        List.of("[North]", "[We]", "⟨…⟩")),
                Arguments.of("diplomatic", "⟨…⟩ received your telegram dated 6 March ⟨…⟩.",
                        List.of("According to ⟨…⟩ initial understanding", "to ⟨…⟩ Korea is quite severe"),
                        List.of("Ambassador Hao ⟨…⟩", "Pak Seong-cheol ⟨…⟩"),
                        List.of("Deqing", "Pak Song Chol", "[North]", "North Korea is")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("views")
    void eachViewShowsItsOwnText(String view, String first, List<String> second, List<String> present,
            List<String> absent) {
        choose(view);
        List<String> p = paragraphs();
        assertThat(p.get(0)).isEqualTo(first);
        assertThat(p.get(1)).contains(second);
        assertThat(browser.find("#ed-text").getText()).contains(present).doesNotContain(absent);
        for (String v : Renderer.VIEWS) {
            assertThat(browser.find("#ed-help-" + v).isDisplayed()).as("help of " + v).isEqualTo(v.equals(view));
        }
        // the brackets of a supplied name part are there, hidden or shown, in every view
        assertThat(browser.find("#ed-name-12 .ed-mark.ed-in-bracketed").isDisplayed()).isEqualTo(view.equals("bracketed"));
    }

    @Test
    void choosingAViewLeavesThePageWhereItIs() {
        WebElement sw = browser.find(".ed-switch");
        browser.scrollTo(sw);
        long before = scrollY();
        assertThat(before).as("the switch is below the first screen's top").isPositive();
        browser.find("label[for=view-diplomatic]").click();
        assertThat(scrollY()).isEqualTo(before);
        new Actions(browser.driver()).sendKeys(Keys.ARROW_LEFT).perform();
        assertThat(browser.find("#view-reading").isSelected()).isTrue();
        assertThat(scrollY()).isEqualTo(before);
    }

    private static long scrollY() {
        return ((Number) ((JavascriptExecutor) browser.driver())
                .executeScript("return Math.round(window.scrollY)")).longValue();
    }

    @Test
    void switchingBackRestoresTheBracketedText() {
        choose("diplomatic");
        choose("bracketed");
        assertThat(paragraphs().get(0)).isEqualTo("[We] received your telegram dated 6 March [1962].");
    }

    @Test
    void theSwitchWorksFromTheKeyboardAndShowsWhereFocusIs() {
        Actions keys = new Actions(browser.driver());
        keys.sendKeys(Keys.TAB).perform();
        WebElement skip = browser.driver().switchTo().activeElement();
        assertThat(skip.getAttribute("class")).isEqualTo("ed-skip");
        assertThat(browser.inViewport(skip)).as("the skip link shows when focused").isTrue();

        keys.sendKeys(Keys.TAB).perform();
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("view-bracketed");
        WebElement label = browser.find("label[for=view-bracketed]");
        assertThat(label.getCssValue("outline-style")).as("focus ring on the label").isEqualTo("solid");
        assertThat(label.getCssValue("outline-width")).isEqualTo("3px");
        browser.scrollTo(browser.find(".ed-switch"));
        browser.screenshot("focus-bracketed");

        keys.sendKeys(Keys.ARROW_RIGHT).perform();
        assertThat(browser.find("#view-reading").isSelected()).isTrue();
        assertThat(browser.find("label[for=view-reading]").getCssValue("outline-style")).isEqualTo("solid");
        assertThat(label.getCssValue("outline-style")).isEqualTo("none");
        assertThat(paragraphs().get(0)).isEqualTo("We received your telegram dated 6 March 1962.");
        browser.screenshot("focus-reading");
    }

    @Test
    void onANarrowScreenNothingOverflowsSideways() {
        Dimension wide = browser.driver().manage().window().getSize();
        try {
            browser.driver().manage().window().setSize(new Dimension(400, 900));
            browser.open(page);
            Object overflow = ((JavascriptExecutor) browser.driver()).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertThat(((Number) overflow).intValue()).as("pixels wider than the window").isLessThanOrEqualTo(0);
            browser.scrollTo(browser.find(".ed-switch"));
            browser.screenshot("narrow");
        } finally {
            browser.driver().manage().window().setSize(wide);
        }
    }

    @Test
    void aNameLeadsToItsRegisterEntry() {
        WebElement entry = browser.find("#pers-hao-deqing");
        assertThat(browser.inViewport(entry)).as("the entry starts out of sight").isFalse();
        WebElement name = browser.find("#ed-name-12");
        assertThat(name.getText()).isEqualTo("Hao [Deqing]");
        name.click();
        assertThat(browser.driver().getCurrentUrl()).endsWith("#pers-hao-deqing");
        assertThat(browser.inViewport(entry)).as("the entry scrolled into sight").isTrue();
        assertThat(entry.getText()).contains("Hao Deqing");
        assertThat(entry.getCssValue("background-color")).as("the :target highlight")
                .isEqualTo("rgba(255, 241, 168, 1)");
        browser.screenshot("register-entry");
    }
}
