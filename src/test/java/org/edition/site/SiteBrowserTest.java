package org.edition.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.edition.testing.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The built site as a reader uses it, in headless Chromium, opened from disk: from the home page to a
 * document, the view switch, a name to its index entry and back to the mention, the search (words, a
 * name, the year and person filters, a result to its passage), and the pages with JavaScript off.
 * Pages are reached by following links where a reader would; only the home page's path is assumed.
 * Each step saves a screenshot, target/screenshots/site-*.png.
 */
class SiteBrowserTest {
    static final String SAMPLE = SiteTest.SAMPLE;
    /** The :target highlight of edition.css. */
    static final String HIGHLIGHT = "rgba(255, 241, 168, 1)";

    static Path sample;
    static Path corpus;
    /** The corpus listed two documents a page. */
    static Path paged;
    static Browser browser;

    @BeforeAll
    static void buildAndStart(@TempDir Path dir) throws IOException {
        browser = Browser.start(); // first: without a browser, skip before building
        sample = SiteTest.build("seeds", dir.resolve("sample"));
        corpus = SiteTest.build(SiteTest.corpusSeeds(dir.resolve("seeds")).toString(), dir.resolve("corpus"));
        paged = SiteTest.build(dir.resolve("seeds").toString(), dir.resolve("paged"), "--documents-per-page", "2");
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    private static String url() {
        return browser.driver().getCurrentUrl();
    }

    private static String fragment() {
        return URI.create(url()).getFragment();
    }

    /** The path of the current page's address, without query and fragment. */
    private static String page() {
        return URI.create(url()).getPath();
    }

    private static List<WebElement> all(String css) {
        return browser.driver().findElements(By.cssSelector(css));
    }

    /** The site navigation's link of that name. */
    private static void navigate(String name) {
        browser.find(".site-nav").findElement(By.linkText(name)).click();
    }

    /** Opens the home page and follows the sample's row in the documents' table. */
    private static void openSampleFromHome(Path site) {
        browser.open(site.resolve("index.html"));
        browser.find("#doc-" + SAMPLE + " a").click();
        assertThat(page()).endsWith("/" + SAMPLE + ".html");
    }

    /** The element the address's fragment names: it exists, is in sight and shows the :target highlight. */
    private static WebElement target() {
        String id = fragment();
        assertThat(id).as("fragment of " + url()).isNotBlank();
        List<WebElement> found = browser.driver().findElements(By.id(id));
        assertThat(found).as("an element with the id " + id).hasSize(1);
        WebElement e = found.get(0);
        assertThat(e.isDisplayed()).as(id + " displayed").isTrue();
        assertThat(browser.inViewport(e)).as(id + " in the window").isTrue();
        assertThat(e.getCssValue("background-color")).as(id + " highlighted as :target").isEqualTo(HIGHLIGHT);
        Number top = (Number) ((JavascriptExecutor) browser.driver())
                .executeScript("return arguments[0].getBoundingClientRect().top", e);
        assertThat(top.doubleValue()).as(id + ": not flush against the window's top edge").isGreaterThanOrEqualTo(16);
        return e;
    }

    @Test
    void theHomePageListsTheDocumentAndLinksToIt() {
        browser.open(sample.resolve("index.html"));
        assertThat(browser.driver().getTitle()).startsWith("Edition sample: telegrams");
        assertThat(browser.find("h1").getText()).isEqualTo(
                "Edition sample: telegrams on ethnic Koreans crossing the border, 1962");
        WebElement table = browser.find("#site-documents");
        assertThat(table.isDisplayed()).isTrue();
        assertThat(all("#site-documents tbody tr")).hasSize(1);
        WebElement row = browser.find("#doc-" + SAMPLE);
        assertThat(row.getText()).contains("24 March 1962", "Telegram from the Ministry of Foreign Affairs", "telegram");
        assertThat(all("#site-documents thead button.site-sort")).as("sort buttons, made by site.js").hasSize(3);
        browser.screenshot("site-home");

        browser.find("#doc-" + SAMPLE + " a").click();
        assertThat(page()).endsWith("/" + SAMPLE + ".html");
        assertThat(browser.find("h1").getText()).startsWith("Telegram from the Ministry of Foreign Affairs and the Ministry");
        WebElement cite = browser.find("#site-cite");
        assertThat(cite.isDisplayed()).isTrue();
        assertThat(cite.getText()).startsWith("How to cite: Telegram from the Ministry").contains("Jeffrey Wang");
        assertThat(browser.find("#site-download-tei").isDisplayed()).isTrue();
        assertThat(browser.find("#ed-text").getText()).contains("We also found 243 corpses in the Yalu and Tumen Rivers.");
        browser.screenshot("site-document");
    }

    @Test
    void theHomePageSortsItsTableAndTheDocumentsLinkToTheirNeighbours() {
        browser.open(corpus.resolve("index.html"));
        List<String> byDate = all("#site-documents tbody tr").stream().map(r -> r.getAttribute("id")).toList();
        assertThat(byDate).hasSize(4).contains("doc-" + SAMPLE);
        WebElement caption = browser.find("#site-documents caption");
        assertThat(caption.getText()).isEqualTo("Documents, in date order");
        WebElement date = browser.find("#site-documents thead th:first-child button");
        assertThat(date.getAttribute("title")).isEqualTo("Sort by date");
        assertThat(arrow(date)).as("sorted by date, oldest first").isEqualTo("↑");
        date.click();
        assertThat(arrow(date)).isEqualTo("↓");
        assertThat(caption.getText()).as("the caption follows the order").isEqualTo("Documents, sorted by date, descending");
        assertThat(arrow(browser.find("#site-documents thead th:nth-child(2) button"))).isEmpty();
        List<String> reversed = all("#site-documents tbody tr").stream().map(r -> r.getAttribute("id")).toList();
        List<String> newestFirst = new ArrayList<>(byDate);
        Collections.reverse(newestFirst);
        assertThat(reversed).as("a second click on Date: newest first").containsExactlyElementsOf(newestFirst);
        browser.screenshot("site-home-sorted");

        // from the oldest document, next leads through all of them in date order
        browser.open(corpus.resolve("index.html"));
        browser.find("#" + byDate.get(0) + " a").click();
        assertThat(all("#site-previous")).isEmpty();
        for (int i = 1; i < byDate.size(); i++) {
            browser.find("#site-next").click();
            assertThat(page()).endsWith("/" + byDate.get(i).substring("doc-".length()) + ".html");
        }
        assertThat(all("#site-next")).isEmpty();
        browser.scrollTo(browser.find("#site-previous"));
        browser.screenshot("site-document-neighbours");
    }

    @Test
    void onAListOfSeveralPagesTheHeadingsSayTheySortThePageOnly() {
        browser.open(paged.resolve("index.html"));
        WebElement caption = browser.find("#site-documents caption");
        assertThat(caption.getText()).startsWith("Documents ").endsWith(" of 4, in date order");
        WebElement title = browser.find("#site-documents thead th:nth-child(2) button");
        assertThat(title.getAttribute("title")).isEqualTo("Sort this page by title");
        title.click();
        assertThat(caption.getText()).endsWith(" of 4, sorted by title (this page only)");
        List<String> titles = all("#site-documents tbody tr td:nth-child(2)").stream()
                .map(c -> c.getAttribute("data-value")).toList();
        assertThat(titles).hasSize(2).isSorted();
        title.click();
        assertThat(caption.getText()).endsWith(" of 4, sorted by title, descending (this page only)");
        List<String> reversed = all("#site-documents tbody tr td:nth-child(2)").stream()
                .map(c -> c.getAttribute("data-value")).toList();
        List<String> descending = new ArrayList<>(titles);
        Collections.reverse(descending);
        assertThat(reversed).containsExactlyElementsOf(descending);
        browser.screenshot("site-home-paged-sorted");
    }

    /** The arrow a sort button shows after its name, or "" for none. */
    private static String arrow(WebElement button) {
        String content = (String) ((JavascriptExecutor) browser.driver())
                .executeScript("return getComputedStyle(arguments[0], '::after').content", button);
        return content.equals("none") ? "" : content.replaceAll("[\" /]", "");
    }

    @Test
    void theViewLabelsSwitchWhatTheTextShows() {
        openSampleFromHome(sample);
        WebElement passage = browser.find("#passage-5");
        assertThat(browser.find("#view-bracketed").isSelected()).as("bracketed by default").isTrue();
        assertThat(passage.getText()).contains("crossing the border to [North] Korea is quite severe");

        record View(String name, String shows, String hides) {
        }
        for (View v : List.of(new View("reading", "crossing the border to North Korea is quite severe", "[North]"),
                new View("diplomatic", "crossing the border to ⟨…⟩ Korea is quite severe", "North Korea"),
                new View("bracketed", "crossing the border to [North] Korea is quite severe", "⟨…⟩"))) {
            browser.scrollTo(browser.find(".ed-switch"));
            browser.find("label[for=view-" + v.name() + "]").click();
            assertThat(browser.find("#view-" + v.name()).isSelected()).as(v.name()).isTrue();
            assertThat(passage.getText()).as(v.name()).contains(v.shows()).doesNotContain(v.hides());
            assertThat(browser.find("#ed-help-" + v.name()).isDisplayed()).as("help of " + v.name()).isTrue();
            browser.screenshot("site-view-" + v.name());
        }
    }

    @Test
    void aNameLeadsToItsIndexEntryAndTheEntryBackToTheMention() {
        openSampleFromHome(sample);
        String documentPage = page();
        WebElement name = browser.find("#ed-text a[href$='/pers-hao-deqing.html']");
        assertThat(name.getText()).isEqualTo("Hao [Deqing]");
        browser.scrollTo(name);
        name.click();

        // the entry's own page in the index of persons, not the document's register
        assertThat(page()).endsWith("/persons/pers-hao-deqing.html");
        assertThat(browser.find("#pers-hao-deqing").getText()).contains("Hao Deqing", "Other forms");
        WebElement entry = browser.find("main");
        assertThat(entry.getText()).contains("1 mention in 1 document");
        browser.screenshot("site-index-entry");

        WebElement mention = entry.findElement(By.cssSelector("a.site-mention"));
        mention.click();
        assertThat(page()).isEqualTo(documentPage);
        WebElement back = target();
        assertThat(back.getText()).isEqualTo("Hao [Deqing]");
        assertThat(back.getAttribute("id")).startsWith("ed-name-");
        browser.screenshot("site-index-mention");
    }

    /** Types the words into the search form and sends it; returns the results shown. */
    private static List<WebElement> search(String words) {
        WebElement q = browser.find("#site-search-query");
        q.clear();
        q.sendKeys(words);
        browser.find("#site-search-form button[type=submit]").click();
        // search.js answers within the submit event: no waiting
        assertThat(browser.find("#site-search-status").getText()).as("status after " + words).isNotEmpty();
        return all("#site-search-results li.site-search-result");
    }

    @Test
    void theSearchFindsAWordAndANameAndLeadsToThePassage() {
        browser.open(sample.resolve("index.html"));
        navigate("Search");
        assertThat(browser.find("h1").getText()).isEqualTo("Search");
        assertThat(browser.find("#site-search-form").isDisplayed()).isTrue();
        assertThat(browser.find("#site-search-nojs").isDisplayed()).isFalse();

        List<WebElement> results = search("corpses");
        assertThat(browser.find("#site-search-status").getText()).isEqualTo("1 passage in 1 document.");
        assertThat(results).hasSize(1);
        assertThat(results.get(0).getText()).contains("Telegram from the Ministry", "24 March 1962",
                "We also found 243 corpses in the Yalu and Tumen Rivers.");
        assertThat(results.get(0).findElements(By.tagName("mark"))).extracting(WebElement::getText)
                .containsExactly("corpses");
        browser.screenshot("site-search-word");

        // words the index leaves out ask for nothing; the others must all be in the passage
        assertThat(search("the corpses")).hasSize(1);
        assertThat(browser.find("#site-search-status").getText()).isEqualTo("1 passage in 1 document.");
        assertThat(search("corpses Deqing")).isEmpty();
        assertThat(browser.find("#site-search-status").getText()).isEqualTo("0 passages in 0 documents.");
        assertThat(search("corpses -Yalu")).isEmpty(); // lunr's syntax is taken as written

        results = search("Hao Deqing");
        assertThat(results).isNotEmpty().allSatisfy(r -> assertThat(r.findElements(By.tagName("mark")))
                .extracting(WebElement::getText).contains("Hao", "Deqing"));
        WebElement hao = results.get(0);
        assertThat(hao.getText()).contains("Please have Ambassador Hao Deqing meet with the Minister");
        assertThat(hao.findElements(By.tagName("mark"))).extracting(WebElement::getText).contains("Hao", "Deqing");
        browser.screenshot("site-search-name");

        hao.findElement(By.cssSelector("a")).click();
        assertThat(page()).endsWith("/" + SAMPLE + ".html");
        assertThat(fragment()).startsWith("passage-");
        assertThat(target().getText()).startsWith("Please have Ambassador Hao [Deqing] meet with the Minister");
        browser.screenshot("site-search-passage");
    }

    /** The dates of the results, as shown: "(24 March 1962, telegram)". */
    private static List<String> years(List<WebElement> results) {
        return results.stream().map(r -> r.findElement(By.cssSelector(".site-search-date")).getText())
                .map(d -> d.replaceAll(".*\\b(\\d{4}),.*", "$1")).toList();
    }

    @Test
    void theFiltersNarrowTheResults() {
        browser.open(corpus.resolve("index.html"));
        navigate("Search");
        List<WebElement> all = search("border");
        List<String> years = years(all);
        assertThat(years).as("results in more than one year").contains("1962").hasSizeGreaterThan(1)
                .anyMatch(y -> !y.equals("1962"));
        String status = browser.find("#site-search-status").getText();

        browser.find("#site-search-from").sendKeys("1962");
        browser.find("#site-search-to").sendKeys("1962");
        List<WebElement> in1962 = search("border");
        assertThat(years(in1962)).as("only 1962").hasSize((int) years.stream().filter("1962"::equals).count())
                .containsOnly("1962");
        browser.screenshot("site-search-years");

        browser.find("#site-search-from").clear();
        browser.find("#site-search-to").clear();
        browser.find("#site-search-person option[value=pers-hao-deqing]").click();
        assertThat(browser.find("#site-search-person").getAttribute("value")).isEqualTo("pers-hao-deqing");
        List<WebElement> withHao = search("border");
        assertThat(withHao).isNotEmpty().hasSizeLessThanOrEqualTo(all.size());
        assertThat(browser.find("#site-search-status").getText()).isNotEqualTo(status);
        // every result's document names Hao Deqing: its page links to his entry
        List<String> pages = withHao.stream().map(r -> r.findElement(By.cssSelector("a")).getAttribute("href"))
                .map(h -> h.replaceAll("#.*", "")).distinct().toList();
        browser.screenshot("site-search-person");
        for (String p : pages) {
            browser.driver().get(p);
            assertThat(all("#ed-text a[href$='/pers-hao-deqing.html']")).as(p).isNotEmpty();
        }
    }

    @Test
    void withoutJavaScriptTheSearchSaysSoAndThePagesAreReadable() {
        try (Browser plain = Browser.startWithoutJavaScript()) {
            plain.open(sample.resolve("index.html"));
            assertThat(plain.find("#site-documents").isDisplayed()).isTrue();
            assertThat(plain.driver().findElements(By.cssSelector("#site-documents button"))).as("no sort buttons")
                    .isEmpty();
            plain.find("#doc-" + SAMPLE + " a").click();
            WebElement text = plain.find("#ed-text");
            assertThat(text.isDisplayed()).isTrue();
            assertThat(text.getText()).contains("[North] Korea is quite severe", "Ministry of Public Security");
            assertThat(plain.find("#site-cite").isDisplayed()).isTrue();
            plain.scrollTo(plain.find(".ed-switch"));
            plain.find("label[for=view-reading]").click();
            assertThat(plain.find("#passage-5").getText()).contains("to North Korea is quite severe");
            plain.screenshot("site-nojs-document");

            plain.find(".site-nav").findElement(By.linkText("Search")).click();
            WebElement message = plain.find("#site-search-nojs");
            assertThat(message.isDisplayed()).isTrue();
            assertThat(message.getText()).contains("needs JavaScript");
            assertThat(plain.find("#site-search-form").isDisplayed()).isFalse();
            plain.screenshot("site-nojs-search");
            message.findElement(By.linkText("persons")).click();
            assertThat(plain.find("#pers-hao-deqing").isDisplayed()).isTrue();
        }
    }
}
