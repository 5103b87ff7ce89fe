package org.edition.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.edition.corpus.CorpusGenerator;
import org.edition.testing.Cli;
import org.edition.testing.Cli.Result;
import org.edition.testing.HtmlChecker;
import org.edition.testing.XPaths;
import org.jdom2.Document;
import org.jdom2.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The static site, built through the command line: from the sample, from the sample with three
 * generated documents (for the order of documents and previous/next), and from the inputs of all
 * golden cases (notes, tables, undated documents, names by rule ...). Valid HTML, no broken
 * internal link, citation tags, indexes that link to the exact mention, same inputs same bytes.
 */
class SiteTest {
    static final String SAMPLE = "000_2b4c022557e90890";
    static Path sample;
    static Path corpus;
    static Path cases;
    /** The corpus again, one document to a page of every list: the entries' pages go on several pages. */
    static Path paged;

    @BeforeAll
    static void build(@TempDir Path dir) throws IOException {
        sample = build("seeds", dir.resolve("sample"));
        corpus = build(corpusSeeds(dir.resolve("seeds")).toString(), dir.resolve("corpus"));
        // listed ten documents to a page: the pages of the lists are walked and checked like the others
        cases = build(caseSeeds(dir.resolve("case-seeds")).toString(), dir.resolve("cases"), "--documents-per-page", "10");
        paged = build(corpusSeeds(dir.resolve("paged-seeds")).toString(), dir.resolve("paged"), "--documents-per-page", "1");
    }

    /**
     * The sample's seeds with three generated documents ({@code generated-1} to {@code -3}, seeded, so
     * always the same) and the edition's url set.
     */
    static Path corpusSeeds(Path seeds) throws IOException {
        Files.createDirectories(seeds);
        for (String f : List.of(SAMPLE + ".txt", SAMPLE + ".meta.yaml", "edition.yaml", "register.xml")) {
            Files.copy(Path.of("seeds", f), seeds.resolve(f));
        }
        Files.writeString(seeds.resolve("edition.yaml"), "url: \"https://example.org/edition\"\n",
                java.nio.file.StandardOpenOption.APPEND);
        CorpusGenerator generator = new CorpusGenerator(5);
        for (int i = 1; i <= 3; i++) {
            Files.writeString(seeds.resolve("generated-" + i + ".txt"), generator.document(2500));
        }
        return seeds;
    }

    /** The golden cases' inputs as the seeds of one edition, with the sample's register. */
    /** How many golden cases there are: the pages of a list of them are counted from it, ten to a page. */
    static int caseCount() throws IOException {
        try (Stream<Path> dirs = Files.list(Path.of("src", "test", "resources", "cases"))) {
            int n = (int) dirs.filter(Files::isDirectory).count();
            assertThat(n).as("golden cases for three pages of ten or more").isGreaterThan(20);
            return n;
        }
    }

    /** The pages of a list of {@code n} documents, ten to a page: {@code first}, then {@code prefix}-2.html ... */
    private static List<String> listPages(int n, String first, String prefix) {
        List<String> pages = new ArrayList<>();
        pages.add(first);
        for (int k = 2; k <= (n + 9) / 10; k++) {
            pages.add(prefix + "-" + k + ".html");
        }
        return pages;
    }

    static Path caseSeeds(Path seeds) throws IOException {
        Files.createDirectories(seeds);
        try (Stream<Path> dirs = Files.list(Path.of("src", "test", "resources", "cases"))) {
            for (Path c : dirs.toList()) {
                String name = c.getFileName().toString();
                Files.copy(c.resolve("input.txt"), seeds.resolve(name + ".txt"));
                if (Files.exists(c.resolve("input.meta.yaml"))) {
                    Files.copy(c.resolve("input.meta.yaml"), seeds.resolve(name + ".meta.yaml"));
                }
            }
        }
        Files.copy(Path.of("seeds", "register.xml"), seeds.resolve("register.xml"));
        return seeds;
    }

    static Path build(String seeds, Path output, String... options) {
        List<String> args = new java.util.ArrayList<>(List.of("build", "--seeds", seeds, "--output", output.toString()));
        args.addAll(List.of(options));
        Result r = Cli.run(args.toArray(String[]::new));
        assertThat(r.code()).as(r.toString()).isZero();
        return output.resolve("site");
    }

    static Stream<Path> pages() throws IOException {
        return Stream.of(sample, corpus, cases, paged).flatMap(site -> {
            try {
                return SiteFiles.pages(site).stream();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void everyPagePassesTheNuHtmlChecker(Path page) throws Exception {
        assertThat(HtmlChecker.errors(page.toFile())).as(page.toString()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void everyPageHasALanguageOneHeadingTheLandmarksAndOneStylesheet(Path page) throws IOException {
        Document html = SiteFiles.parse(page);
        assertThat(html.getRootElement().getAttributeValue("lang")).isEqualTo("en");
        Map<String, Integer> counts = new HashMap<>();
        for (Element e : SiteFiles.elements(html)) {
            counts.merge(e.getName(), 1, Integer::sum);
        }
        assertThat(counts).containsEntry("h1", 1).containsEntry("main", 1).containsKeys("nav", "footer", "header");
        assertThat(SiteFiles.links(html)).filteredOn(l -> l.endsWith(".css")).hasSize(1)
                .allMatch(l -> l.endsWith("assets/edition.css"));
        assertThat(SiteFiles.links(html)).noneMatch(l -> l.startsWith("/") || l.startsWith("file:"));
    }

    @Test
    void theSiteHasEveryPageAndDownload() {
        for (String f : List.of("index.html", "chronology.html", "persons.html", "places.html", "organizations.html",
                "about.html", "search.html", "search-index.js", "search/1962-1.js", "persons/pers-hao-deqing.html",
                "places/pl-jilin.html", "assets/edition.css", "assets/site.js",
                "assets/search.js", "assets/lunr.min.js", "documents/" + SAMPLE + ".html",
                "downloads/" + SAMPLE + ".xml", "downloads/" + SAMPLE + ".txt", "downloads/" + SAMPLE + ".reading.txt",
                "downloads/" + SAMPLE + ".diplomatic.txt", "downloads/register.xml", "downloads/edition.zip")) {
            assertThat(sample.resolve(f)).as(f).isRegularFile();
        }
    }

    @Test
    void noInternalLinkIsBroken() throws IOException {
        for (Path site : List.of(sample, corpus, cases, paged)) {
            Map<Path, Set<String>> ids = new HashMap<>();
            List<String> broken = new ArrayList<>();
            for (Path page : SiteFiles.pages(site)) {
                for (String link : SiteFiles.links(SiteFiles.parse(page))) {
                    URI uri = URI.create(link);
                    if (uri.getScheme() != null) {
                        continue;
                    }
                    Path target = uri.getPath().isEmpty() ? page : page.getParent().resolve(uri.getPath()).normalize();
                    if (!target.startsWith(site) || !Files.isRegularFile(target)) {
                        broken.add(site.relativize(page) + ": " + link + " (no such file)");
                    } else if (uri.getFragment() != null && !ids.computeIfAbsent(target, SiteTest::ids)
                            .contains(uri.getFragment())) {
                        broken.add(site.relativize(page) + ": " + link + " (no such id)");
                    }
                }
            }
            assertThat(broken).as(site.toString()).isEmpty();
        }
    }

    static Set<String> ids(Path page) {
        try {
            return SiteFiles.ids(SiteFiles.parse(page));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theDocumentPageHasCitationTagsAHowToCiteLineAndItsDownloads() throws IOException {
        String page = Files.readString(sample.resolve("documents/" + SAMPLE + ".html"));
        assertThat(page).contains(
                "<meta name=\"citation_title\" content=\"Telegram from the Ministry of Foreign Affairs",
                "<meta name=\"citation_author\" content=\"Ministry of Foreign Affairs\"/>",
                "<meta name=\"citation_date\" content=\"1962/03/24\"/>",
                "<meta name=\"citation_publisher\" content=\"Edition (sample build)\"/>",
                "id=\"site-cite\"", "How to cite: ",
                "id=\"site-download-tei\" href=\"../downloads/" + SAMPLE + ".xml\"",
                "href=\"../persons/pers-hao-deqing.html\"");
        assertThat(page.split("<h1", -1)).hasSize(2);
        assertThat(page).contains("<main", "<nav", "<footer", "lang=\"en\"");
        // a single document has no neighbours
        assertThat(page).doesNotContain("site-previous", "site-next");
    }

    @Test
    void withTheEditionsAddressTheCitationIsAbsolute() throws IOException {
        String page = Files.readString(corpus.resolve("documents/" + SAMPLE + ".html"));
        String url = "https://example.org/edition/documents/" + SAMPLE + ".html";
        assertThat(page).contains("<meta name=\"citation_public_url\" content=\"" + url + "\"/>",
                "<link rel=\"canonical\" href=\"" + url + "\"/>", ">" + url + "</a>");
        assertThat(Files.readString(sample.resolve("documents/" + SAMPLE + ".html"))).doesNotContain("citation_public_url");
    }

    @Test
    void withTheEditionsAddressItsAuthorityIdentifiersAreBeaconLinkDumps() throws IOException {
        // the sample's register identifies three places in Wikidata
        List<String> lines = Files.readAllLines(corpus.resolve("beacon-wikidata.txt"));
        assertThat(lines).startsWith("#FORMAT: BEACON", "#PREFIX: http://www.wikidata.org/entity/{ID}",
                "#TARGET: https://example.org/edition/{+ID}");
        assertThat(lines).contains("#FEED: https://example.org/edition/beacon-wikidata.txt", "");
        List<String> links = lines.stream().filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        assertThat(links).extracting(l -> l.split("\\|")[0]).containsExactly("Q148", "Q423", "Q45208");
        for (String link : links) {
            String[] fields = link.split("\\|");
            assertThat(corpus.resolve(fields[2])).as(link).isRegularFile();
            // the annotation: how many documents of the edition mention the entry
            String ref = "ref=\"#" + fields[2].replaceAll(".*/|\\.html$", "") + "\"";
            long mentioning;
            try (Stream<Path> tei = Files.list(corpus.resolveSibling("tei"))) {
                mentioning = tei.filter(f -> !f.endsWith("register.xml")).filter(f -> {
                    try {
                        return Files.readString(f).contains(ref);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }).count();
            }
            assertThat(fields[1]).as(link).isEqualTo(String.valueOf(mentioning));
        }
        assertThat(links).contains("Q423|4|places/pl-dprk.html");
        assertThat(Files.readString(corpus.resolve("about.html"))).contains("<a href=\"beacon-wikidata.txt\">Wikidata</a>");
        // without the site's address a dump's links could not be absolute: none is written
        try (Stream<Path> top = Files.list(sample)) {
            assertThat(top.map(f -> f.getFileName().toString())).noneMatch(f -> f.startsWith("beacon"));
        }
        assertThat(Files.readString(sample.resolve("about.html"))).doesNotContain("BEACON");
    }

    @Test
    void aBeaconDumpTakesAnIdentifierGivenAsALinkToItsRecordAndLeavesOutOneItCannotReadOrNeverMentioned(@TempDir Path dir)
            throws IOException {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Files.writeString(seeds.resolve("edition.yaml"), "url: \"https://example.org/yu/\"\n");
        Files.writeString(seeds.resolve("visit.txt"), "Tito received the delegation in Belgrade and then in Zagreb.\n");
        Files.writeString(seeds.resolve("register.xml"), """
                <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Register</title>
                </titleStmt><publicationStmt><p>Test.</p></publicationStmt><sourceDesc><p>Test.</p></sourceDesc>
                </fileDesc></teiHeader><standOff>
                <listPerson><person xml:id="pers-tito"><persName type="reg">Josip Broz Tito</persName>
                <persName type="variant">Tito</persName><idno type="viaf">https://viaf.org/viaf/27070016/</idno>
                <idno type="wikidata">Q915</idno></person></listPerson>
                <listPlace><place xml:id="pl-belgrade"><placeName type="reg">Belgrade</placeName>
                <idno type="geonames">792680</idno></place>
                <place xml:id="pl-zagreb"><placeName type="reg">Zagreb</placeName>
                <idno type="geonames">https://www.geonames.org/3186886/zagreb.html</idno></place>
                <place xml:id="pl-split"><placeName type="reg">Split</placeName><idno type="wikidata">Q1663</idno></place>
                </listPlace>
                </standOff></TEI>
                """);
        Path site = build(seeds.toString(), dir.resolve("out"));
        assertThat(Files.readAllLines(site.resolve("beacon-viaf.txt"))).contains(
                "#PREFIX: http://viaf.org/viaf/{ID}", "27070016|1|persons/pers-tito.html");
        List<String> geonames = Files.readAllLines(site.resolve("beacon-geonames.txt"));
        assertThat(geonames).contains("#PREFIX: https://sws.geonames.org/{ID}/", "792680|1|places/pl-belgrade.html");
        assertThat(geonames).noneMatch(l -> l.contains("zagreb"));
        // an entry no document mentions is left out
        assertThat(Files.readAllLines(site.resolve("beacon-wikidata.txt"))).contains("Q915|1|persons/pers-tito.html")
                .noneMatch(l -> l.startsWith("Q1663"));
    }

    @Test
    void documentsAreInDateOrderWithPreviousAndNext() throws IOException {
        Document home = SiteFiles.parse(corpus.resolve("index.html"));
        List<String> order = new ArrayList<>();
        List<String> dates = new ArrayList<>();
        for (Element tr : SiteFiles.elements(home)) {
            if (tr.getName().equals("tr") && tr.getAttributeValue("id") != null) {
                order.add(tr.getAttributeValue("id").substring("doc-".length()));
                dates.add(tr.getChildren().get(0).getAttributeValue("data-value"));
            }
        }
        assertThat(order).hasSize(4).contains(SAMPLE);
        assertThat(dates).isSorted();
        for (int i = 0; i < order.size(); i++) {
            Document page = SiteFiles.parse(corpus.resolve("documents/" + order.get(i) + ".html"));
            Element previous = SiteFiles.byId(page, "site-previous");
            Element next = SiteFiles.byId(page, "site-next");
            if (i == 0) {
                assertThat(previous).isNull();
            } else {
                assertThat(previous.getAttributeValue("href")).isEqualTo(order.get(i - 1) + ".html");
            }
            if (i == order.size() - 1) {
                assertThat(next).isNull();
            } else {
                assertThat(next.getAttributeValue("href")).isEqualTo(order.get(i + 1) + ".html");
            }
        }
    }

    @Test
    void aLongListGoesOnSeveralPagesEachDocumentOnceAndInDateOrder() throws IOException {
        // the golden cases, ten to a page: index.html, documents-2.html, documents-3.html ...
        int n = caseCount();
        List<String> homes = listPages(n, "index.html", "documents");
        List<String> chronologies = listPages(n, "chronology.html", "chronology");
        assertThat(cases.resolve("documents-" + (homes.size() + 1) + ".html")).doesNotExist();
        List<String> listed = new ArrayList<>();
        List<String> dates = new ArrayList<>();
        for (String home : homes) {
            Document page = SiteFiles.parse(cases.resolve(home));
            List<String> rows = new ArrayList<>();
            for (Element e : documentRows(page)) {
                rows.add(e.getAttributeValue("id").substring("doc-".length()));
                dates.add(e.getChildren().get(0).getAttributeValue("data-value"));
            }
            assertThat(rows).as(home).hasSize(home.equals(homes.get(homes.size() - 1)) ? n - 10 * (homes.size() - 1) : 10);
            listed.addAll(rows);
            assertThat(pagesOfTheList(page)).as(home).containsExactlyElementsOf(homes);
            assertThat(current(page)).as(home).isEqualTo(home);
        }
        assertThat(listed).hasSize(n).doesNotHaveDuplicates();
        assertThat(dates).isSorted();
        assertThat(Files.readString(cases.resolve("index.html"))).contains("<strong>" + n + "</strong> documents");
        assertThat(Files.readString(cases.resolve("documents-2.html"))).doesNotContain("site-counts")
                .contains("<h1>Documents 11–20</h1>");
        List<String> chronology = new ArrayList<>();
        for (String file : chronologies) {
            Document page = SiteFiles.parse(cases.resolve(file));
            for (Element e : SiteFiles.elements(page)) {
                if (e.getName().equals("a") && e.getAttributeValue("href", "").startsWith("documents/")) {
                    chronology.add(e.getAttributeValue("href").replaceAll("^documents/|\\.html$", ""));
                }
            }
            assertThat(pagesOfTheList(page)).as(file).containsExactlyElementsOf(chronologies);
        }
        assertThat(chronology).containsExactlyElementsOf(listed);
    }

    @Test
    void aLongListIsAlsoListedByTitleOverAllItsPages() throws IOException {
        // the golden cases, ten to a page: titles.html, titles-2.html ..., in title order over all of them
        int n = caseCount();
        List<String> pages = listPages(n, "titles.html", "titles");
        assertThat(cases.resolve("titles-" + (pages.size() + 1) + ".html")).doesNotExist();
        List<String> listed = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        for (String file : pages) {
            Document page = SiteFiles.parse(cases.resolve(file));
            for (Element e : documentRows(page)) {
                listed.add(e.getAttributeValue("id"));
                titles.add(e.getChildren().get(1).getChildren().get(0).getText());
            }
            assertThat(pagesOfTheList(page)).as(file).containsExactlyElementsOf(pages);
            assertThat(current(page)).as(file).isEqualTo(file);
            assertThat(Files.readString(cases.resolve(file))).as(file).contains("in title order</span>")
                    .contains("<a href=\"index.html\">in date order</a>");
        }
        assertThat(listed).hasSize(n).doesNotHaveDuplicates();
        java.text.Collator collator = java.text.Collator.getInstance(java.util.Locale.ENGLISH);
        assertThat(titles).isSortedAccordingTo(collator::compare);
        assertThat(Files.readString(cases.resolve("titles-2.html"))).contains("<h1>Documents by title, 11–20</h1>");
        assertThat(Files.readString(cases.resolve("documents-3.html"))).contains("<a href=\"titles.html\">by title</a>");
        // a list of one page is sorted in the browser, over all its documents: no second list
        assertThat(corpus.resolve("titles.html")).doesNotExist();
        assertThat(Files.readString(corpus.resolve("index.html"))).doesNotContain("titles.html");
    }

    @Test
    void anEntryNamedInMoreDocumentsThanAPageListsGoesOnSeveralPagesWithAllItsMentions() throws IOException {
        // one document to a page: each entry's page N lists the N-th document naming it, in date order
        int entries = 0;
        for (String kind : List.of("persons", "places", "organizations")) {
            try (Stream<Path> files = Files.list(corpus.resolve(kind))) {
                for (Path whole : files.toList()) {
                    String id = whole.getFileName().toString().replaceFirst("\\.html$", "");
                    List<String> all = mentionLinks(whole);
                    Set<String> documents = new java.util.LinkedHashSet<>();
                    all.forEach(l -> documents.add(l.substring(0, l.indexOf('#'))));
                    List<String> pieces = new ArrayList<>();
                    for (int n = 1; n <= documents.size(); n++) {
                        Path page = paged.resolve(kind).resolve(id + (n == 1 ? "" : "~" + n) + ".html");
                        List<String> here = mentionLinks(page);
                        assertThat(here.stream().map(l -> l.substring(0, l.indexOf('#'))).distinct()).as(page.toString())
                                .hasSize(1);
                        pieces.addAll(here);
                    }
                    assertThat(paged.resolve(kind).resolve(id + "~" + (documents.size() + 1) + ".html")).doesNotExist();
                    assertThat(pieces).as(id).containsExactlyElementsOf(all);
                    if (documents.size() > 1) {
                        entries++;
                        assertThat(Files.readString(paged.resolve(kind).resolve(id + "~2.html")))
                                .contains(countText(whole), "; documents 2–2 here");
                    }
                }
            }
        }
        assertThat(entries).as("entries named in more than one document").isGreaterThan(3);
    }

    /** The links of an entry's page to the mentions (documents/<name>.html#<id>), in order. */
    private static List<String> mentionLinks(Path entryPage) throws IOException {
        List<String> links = new ArrayList<>();
        for (Element a : SiteFiles.elements(SiteFiles.parse(entryPage))) {
            if (a.getName().equals("a") && a.getAttributeValue("class", "").equals("site-mention")) {
                links.add(a.getAttributeValue("href"));
            }
        }
        return links;
    }

    /** "5 mentions in 3 documents", as the entry's first page says. */
    private static String countText(Path entryPage) throws IOException {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("class=\"site-mentions\">([^<;:]+)")
                .matcher(Files.readString(entryPage));
        assertThat(m.find()).as(entryPage.toString()).isTrue();
        return m.group(1);
    }

    /** The pages a list's page links to as its pages (nav.site-parts). */
    /** The rows of a listing page's table of documents (each with the id doc-...). */
    private static List<Element> documentRows(Document page) {
        List<Element> rows = new ArrayList<>();
        for (Element e : SiteFiles.elements(page)) {
            if (e.getName().equals("tr") && e.getAttributeValue("id") != null) {
                rows.add(e);
            }
        }
        return rows;
    }

    private static List<String> pagesOfTheList(Document page) {
        List<String> pages = new ArrayList<>();
        for (Element a : linksOfTheList(page)) {
            pages.add(a.getAttributeValue("href"));
        }
        return pages;
    }

    /** Which of them is marked as the page itself. */
    private static String current(Document page) {
        return linksOfTheList(page).stream().filter(a -> "page".equals(a.getAttributeValue("aria-current")))
                .map(a -> a.getAttributeValue("href")).findFirst().orElse(null);
    }

    private static List<Element> linksOfTheList(Document page) {
        List<Element> links = new ArrayList<>();
        for (Element nav : SiteFiles.elements(page)) {
            if (nav.getName().equals("nav") && nav.getAttributeValue("class", "").equals("site-parts")) {
                for (Element a : nav.getDescendants(org.jdom2.filter.Filters.element())) {
                    if (a.getName().equals("a")) {
                        links.add(a);
                    }
                }
            }
        }
        return links;
    }

    @Test
    void thePersonsPageListsHaoDeqingAndHisPageLinksToHisMention() throws IOException {
        Document persons = SiteFiles.parse(sample.resolve("persons.html"));
        Element entry = SiteFiles.byId(persons, "pers-hao-deqing");
        assertThat(entry).isNotNull();
        assertThat(entry.getValue()).contains("Hao Deqing", "1 mention in 1 document");
        assertThat(SiteFiles.links(persons)).contains("persons/pers-hao-deqing.html");
        Document own = SiteFiles.parse(sample.resolve("persons/pers-hao-deqing.html"));
        assertThat(SiteFiles.byId(own, "pers-hao-deqing")).isNotNull();
        List<String> mentions = new ArrayList<>();
        for (String href : SiteFiles.links(own)) {
            if (href.startsWith("../documents/" + SAMPLE + ".html#")) {
                mentions.add(href.substring(href.indexOf('#') + 1));
            }
        }
        assertThat(mentions).hasSize(1);
        Document page = SiteFiles.parse(sample.resolve("documents/" + SAMPLE + ".html"));
        Element mention = SiteFiles.byId(page, mentions.get(0));
        assertThat(mention).isNotNull();
        assertThat(mention.getValue()).contains("Hao").contains("Deqing");
        assertThat(mention.getAttributeValue("href")).isEqualTo("../persons/pers-hao-deqing.html");
    }

    /**
     * The indexes are made from counts and from buckets of mentions (MentionIndex), never from all
     * the mentions at once: what they say must still be what the TEI says, counted here afresh.
     */
    @Test
    void everyEntryOfTheIndexesHasTheMentionsTheTeiHas() throws IOException {
        Map<String, int[]> inTei = new java.util.TreeMap<>();
        try (Stream<Path> files = Files.list(cases.resolveSibling("tei"))) {
            for (Path tei : files.filter(f -> !f.endsWith("register.xml")).toList()) {
                XPaths doc = XPaths.of(Files.readString(tei));
                String refs = doc.string("string-join(//text//(persName | placeName | orgName)"
                        + "/substring-after(tokenize(@ref)[1], '#')[. ne ''], ' ')");
                Set<String> here = new java.util.HashSet<>();
                for (String ref : refs.isEmpty() ? new String[0] : refs.split(" ")) {
                    int[] c = inTei.computeIfAbsent(ref, r -> new int[2]);
                    c[0]++;
                    c[1] += here.add(ref) ? 1 : 0;
                }
            }
        }
        int entries = 0;
        int mentioned = 0;
        for (String index : List.of("persons", "places", "organizations")) {
            Document page = SiteFiles.parse(cases.resolve(index + ".html"));
            for (Element li : SiteFiles.elements(page)) {
                String id = li.getAttributeValue("id");
                if (!li.getName().equals("li") || id == null
                        || !li.getParentElement().getAttributeValue("class", "").contains("site-entry-index-list")) {
                    continue;
                }
                entries++;
                int[] c = inTei.getOrDefault(id, new int[2]);
                String expected = c[0] == 0 ? "not mentioned" : c[0] + " mention" + (c[0] == 1 ? "" : "s") + " in "
                        + c[1] + " document" + (c[1] == 1 ? "" : "s");
                assertThat(li.getValue()).as(index + " " + id).endsWith(": " + expected);
                // the entry's own page links each mention
                Document own = SiteFiles.parse(cases.resolve(index).resolve(id + ".html"));
                long links = SiteFiles.links(own).stream().filter(h -> h.startsWith("../documents/") && h.contains("#")).count();
                assertThat(links).as(id).isEqualTo(c[0]);
                mentioned += c[0] > 0 ? 1 : 0;
            }
        }
        assertThat(entries).isGreaterThan(50);
        assertThat(mentioned).isGreaterThan(40);
    }

    @Test
    void theSameInputsGiveTheSameSiteByteForByte(@TempDir Path dir) throws IOException {
        Path again = build("seeds", dir.resolve("again"));
        Map<String, byte[]> first = SiteFiles.contents(sample);
        Map<String, byte[]> second = SiteFiles.contents(again);
        assertThat(second.keySet()).containsExactlyElementsOf(first.keySet());
        for (String f : first.keySet()) {
            assertThat(second.get(f)).as(f).isEqualTo(first.get(f));
        }
    }

    @Test
    void aRepeatedBuildRewritesNothingAndRemovesWhatNoLongerBelongs(@TempDir Path dir) throws IOException {
        Path site = build("seeds", dir);
        Path stale = site.resolve("documents").resolve("removed-since.html");
        Files.writeString(stale, "old");
        Result r = Cli.run("build", "--seeds", "seeds", "--output", dir.toString());
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).containsPattern("site: \\d+ file\\(s\\), 0 written, \\d+ unchanged, 1 removed");
        assertThat(stale).doesNotExist();
    }

    @Test
    void theSearchDataIsAScriptOfDocumentsAndShardsWhosePassagesExistOnTheirPages() throws IOException {
        String data = Files.readString(corpus.resolve("search-index.js"));
        assertThat(data).startsWith("window.EDITION_SEARCH = {\"documents\":[{\"id\":").endsWith("};\n");
        List<String> ids = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{\"id\":\"([^\"]+)\",\"title\"").matcher(data);
        while (m.find()) {
            ids.add(m.group(1));
        }
        assertThat(ids).hasSize(4);
        java.util.regex.Matcher f = java.util.regex.Pattern.compile("\"file\":\"search\\\\/([^\"]+)\"").matcher(data);
        List<String> shards = new ArrayList<>();
        while (f.find()) {
            shards.add(f.group(1));
        }
        assertThat(shards).isNotEmpty();
        int passages = 0;
        Map<String, Set<String>> pageIds = new HashMap<>();
        StringBuilder all = new StringBuilder();
        for (String shard : shards) {
            String text = Files.readString(corpus.resolve("search").resolve(shard));
            assertThat(text).startsWith("EDITION_SEARCH_SHARD(\"" + shard.replace(".js", "") + "\", [").endsWith("]);\n");
            all.append(text);
            java.util.regex.Matcher p = java.util.regex.Pattern
                    .compile("\\{\"doc\":\"([^\"]+)\",\"id\":\"([^\"]+)\",\"text\":\"").matcher(text);
            while (p.find()) {
                passages++;
                String doc = p.group(1);
                assertThat(ids).contains(doc);
                assertThat(pageIds.computeIfAbsent(doc, d -> ids(corpus.resolve("documents/" + d + ".html"))))
                        .as(doc).contains(p.group(2));
                // the page is made from the HTML edition, which has the passages' ids as well
                assertThat(pageIds.computeIfAbsent("html/" + doc, d -> ids(corpus.resolveSibling(d + ".html"))))
                        .as(doc).contains(p.group(2));
            }
        }
        assertThat(passages).isGreaterThan(40);
        assertThat(all).contains("\"text\":\"Please have Ambassador Hao Deqing meet with the Minister of Foreign Affairs");
    }

    @Test
    void theSearchPageBringsLunrAndSaysWhatToDoWithoutJavaScript() throws IOException {
        try (var lunr = SiteTest.class.getClassLoader().getResourceAsStream("META-INF/resources/webjars/lunr/2.3.9/lunr.min.js")) {
            assertThat(Files.readAllBytes(sample.resolve("assets/lunr.min.js"))).isEqualTo(lunr.readAllBytes());
        }
        Document search = SiteFiles.parse(sample.resolve("search.html"));
        assertThat(SiteFiles.byId(search, "site-search-nojs").getValue()).contains("needs JavaScript");
        assertThat(SiteFiles.byId(search, "site-search-form").getAttributeValue("hidden")).isNotNull();
        assertThat(SiteFiles.byId(search, "site-search-person").getValue()).contains("Hao Deqing");
        assertThat(SiteFiles.links(search)).contains("assets/lunr.min.js", "search-index.js", "assets/search.js");
    }

    @Test
    void theZipHasSortedEntriesWithAFixedTime() throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(corpus.resolve("downloads/edition.zip")))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                names.add(e.getName());
                assertThat(e.getTimeLocal()).isEqualTo(java.time.LocalDateTime.of(2000, 1, 1, 0, 0));
                assertThat(e.getExtra()).as("no extra field, such as a time in the zone of the build").isNull();
            }
        }
        assertThat(names).isSorted().contains("tei/" + SAMPLE + ".xml", "tei/register.xml", "text/" + SAMPLE + ".txt",
                "text/generated-1.reading.txt");
    }
}
