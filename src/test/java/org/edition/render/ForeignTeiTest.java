package org.edition.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.sf.saxon.s9api.XdmItem;
import org.edition.testing.Cli;
import org.edition.testing.Cli.Result;
import org.edition.testing.HtmlChecker;
import org.edition.testing.Notes;
import org.edition.testing.TeiAll;
import org.edition.testing.XPaths;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * TEI written as other editions write it (src/test/resources/foreign: a FRUS-like telegram with a
 * source note and footnotes, a transcribed letter with regularisations, deletions and verse, a
 * report with nested divisions and notes inside notes), rendered through the command line as HTML
 * and as plain text in the three views: nothing of the text is lost, each feature reads as
 * editorial.xsl decides, only unknown elements are reported, and every page is valid HTML.
 */
class ForeignTeiTest {
    static final Path FOREIGN = Path.of("src", "test", "resources", "foreign");
    /** the warnings each document must give, in both formats: its unknown elements, and nothing else */
    static final Map<String, List<String>> WARNINGS = Map.of(
            "frus-telegram", List.of(),
            "letter-1850", List.of("unhandled element fw"),
            "report-nested", List.of("unhandled element floatingText"));
    private static final Pattern WORD = Pattern.compile("\\p{L}+|\\p{N}+");

    static Path out;
    static Result text;
    static Result html;

    @BeforeAll
    static void render(@TempDir Path dir) throws IOException {
        out = dir;
        Path tei = Files.createDirectories(dir.resolve("tei"));
        for (String name : names().toList()) {
            Files.copy(FOREIGN.resolve(name + ".xml"), tei.resolve(name + ".xml"));
        }
        text = Cli.run("render", tei.toString(), "--format", "text", "--view", "bracketed,reading,diplomatic",
                "-o", dir.resolve("text").toString());
        html = Cli.run("render", tei.toString(), "--format", "html", "-o", dir.resolve("html").toString());
        assertThat(text.code()).as(text.toString()).isZero();
        assertThat(html.code()).as(html.toString()).isZero();
    }

    static Stream<String> names() throws IOException {
        try (Stream<Path> files = Files.list(FOREIGN)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".xml"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList().stream();
        }
    }

    static String read(String name, String suffix) throws IOException {
        return Files.readString(out.resolve(suffix.endsWith(".html") ? "html" : "text").resolve(name + suffix));
    }

    static String tei(String name) throws IOException {
        return Files.readString(FOREIGN.resolve(name + ".xml"));
    }

    /** How often each word occurs in the text nodes the XPath selects. */
    static Map<String, Integer> teiWords(String name, String textNodes) throws IOException {
        Map<String, Integer> counts = new HashMap<>();
        for (XdmItem t : XPaths.of(tei(name)).eval(textNodes)) {
            words(t.getStringValue()).forEach(w -> counts.merge(w, 1, Integer::sum));
        }
        return counts;
    }

    static List<String> words(String s) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    /** The words the output lacks: each word of the TEI must occur in it at least as often. */
    static Map<String, Integer> missing(Map<String, Integer> expected, String output) {
        Map<String, Integer> found = new HashMap<>();
        words(output).forEach(w -> found.merge(w, 1, Integer::sum));
        Map<String, Integer> missing = new LinkedHashMap<>();
        expected.forEach((w, n) -> {
            if (found.getOrDefault(w, 0) < n) {
                missing.put(w, n - found.getOrDefault(w, 0));
            }
        });
        return missing;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void isValidAgainstTeiAll(String name) throws IOException {
        assertThat(TeiAll.schema().validate(tei(name), name + ".xml")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void theBracketedViewKeepsEveryWordOfTheText(String name) throws IOException {
        assertThat(missing(teiWords(name, "/TEI/text//text()"), read(name, ".txt"))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void theReadingViewKeepsEveryWordButTheReplacedAndDeletedOnes(String name) throws IOException {
        String kept = "/TEI/text//text()[not(ancestor::del or ancestor::*[parent::choice][self::sic or self::orig or self::abbr])]";
        assertThat(missing(teiWords(name, kept), read(name, ".reading.txt"))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void theHtmlPageKeepsEveryWordOfTheText(String name) throws IOException {
        String page = read(name, ".html").replaceAll("<[^>]+>", " ");
        assertThat(missing(teiWords(name, "/TEI/text//text()"), page)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void onlyUnknownElementsAreReportedInBothFormats(String name) {
        for (Result r : List.of(text, html)) {
            List<String> warnings = r.err().lines().filter(l -> l.contains(name + ".xml: warning: "))
                    .map(l -> l.replaceFirst("^.*: warning: (.*) \\[W050\\]$", "$1")).toList();
            assertThat(warnings).as(r.toString()).isEqualTo(WARNINGS.get(name));
        }
        assertThat(text.err() + html.err()).doesNotContain("error");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void everyPagePassesTheNuHtmlChecker(String name) throws Exception {
        assertThat(HtmlChecker.errors(out.resolve("html").resolve(name + ".html").toFile())).isEmpty();
    }

    @Test
    void aChoiceShowsOneFormPerView() throws IOException {
        assertThat(read("frus-telegram", ".txt")).contains("told the Soveit [Soviet] Ambassador");
        assertThat(read("frus-telegram", ".reading.txt")).contains("told the Soviet Ambassador").doesNotContain("Soveit");
        assertThat(read("frus-telegram", ".diplomatic.txt")).contains("told the Soveit Ambassador").doesNotContain("Soviet");
        assertThat(read("letter-1850", ".txt")).contains("My dear Bro. [Brother],", "a tedious [wearisome] passage",
                "shew'd [showed] us", "Upon the straights [straits].", "write to Revd [Reverend] Mr Hale");
        assertThat(read("letter-1850", ".reading.txt")).contains("My dear Brother,", "a wearisome passage",
                "showed us", "Upon the straits.", "write to Reverend Mr Hale").doesNotContain("tedious", "Revd");
        assertThat(read("letter-1850", ".diplomatic.txt")).contains("My dear Bro.,", "a tedious passage",
                "shew'd us", "Upon the straights.", "write to Revd Mr Hale").doesNotContain("wearisome", "Reverend");
        String page = read("letter-1850", ".html");
        assertThat(page).contains("<abbr class=\"tei-abbr ed-v ed-in-bracketed ed-in-diplomatic\">",
                "<span class=\"ed-content ed-v ed-in-bracketed ed-in-reading\">Brother</span>");
    }

    @Test
    void deletionsAndAdditionsReadByView() throws IOException {
        assertThat(read("letter-1850", ".txt")).contains("The Captain was ⟦very⟧ [most] kind,");
        assertThat(read("letter-1850", ".reading.txt")).contains("The Captain was most kind,");
        assertThat(read("letter-1850", ".diplomatic.txt")).contains("The Captain was ⟦very⟧ most kind,");
        assertThat(read("letter-1850", ".html")).contains("<del class=\"tei-del");
    }

    @Test
    void footnotesAreNumberedEndnotesWithBackLinks() throws IOException {
        String reading = read("frus-telegram", ".reading.txt");
        assertThat(reading).contains("to the Department of State[1]\n", "Reference: Deptel 918.[2] This afternoon",
                "if the King wishes it”.[4]",
                "\nNotes\n1. Source: Department of State, Central Files, 751J.00/3–1461.",
                "\n2. Telegram 918 to Vientiane, March 12,", "\n3. Figures as of March 1.", "\n4. The meeting took place on March 9;");
        assertThat(read("frus-telegram", ".txt")).contains("Deptel 918. [Telegram 918 to Vientiane,")
                .doesNotContain("Notes\n");
        assertThat(read("frus-telegram", ".diplomatic.txt")).doesNotContain("Telegram 918 to Vientiane");
        String page = read("frus-telegram", ".html");
        for (int n = 1; n <= 4; n++) {
            assertThat(page).contains("<a href=\"#ed-note-" + n + "\" id=\"ed-noteref-" + n + "\">",
                    "<li value=\"" + n + "\" id=\"ed-note-" + n + "\"",
                    "<a class=\"ed-backref\" href=\"#ed-noteref-" + n + "\">");
        }
        assertThat(page).doesNotContain("ed-note-5");
        assertThat(page).contains("<a class=\"tei-ref\" href=\"https://example.org/frus/d44\">Document 44</a>");
    }

    @Test
    void notesInsideNotesSuppliedTextAndListsAreNumberedAlikeInTextAndHtml() throws IOException {
        String reading = read("report-nested", ".reading.txt");
        assertThat(reading).contains("12,500 tons.[1] Most", "Herring[3], in both zones", "unanimously[4] recommends",
                "\n1. The figure for the northern zone is an estimate.[2] It was revised in 1958.",
                "\n2. Estimated by the Commission's secretariat.", "\n3. Including sprat.",
                "\n4. One member abstained on point 2.\n");
        // a note inside a misspelling the reading view replaces is not read there, so it has no number
        assertThat(reading).doesNotContain("So spelt", "5.");
        assertThat(read("report-nested", ".txt")).contains("Comission [So spelt throughout the typescript.] [Commission]");
        String page = read("report-nested", ".html");
        Map<Integer, String> textNotes = Notes.listedInText(reading);
        Map<Integer, String> htmlNotes = Notes.listedInHtml(page);
        // the reference to 2 is in note 1, in the list (and, in HTML, in note 1 as the bracketed view reads it)
        assertThat(new TreeSet<>(Notes.referencedInHtml(page))).isEqualTo(new TreeSet<>(Notes.referencedInText(reading)));
        assertThat(htmlNotes.keySet()).containsExactlyElementsOf(textNotes.keySet()).containsExactly(1, 2, 3, 4);
        textNotes.forEach((n, note) -> assertThat(htmlNotes.get(n)).startsWith(note.substring(0, Math.min(20, note.length()))));
        assertThat(read("report-nested", ".html")).contains(
                "<a href=\"#ed-note-2\" id=\"ed-noteref-2-note\">", "<a class=\"ed-backref\" href=\"#ed-noteref-2-note\">",
                "<a href=\"#ed-note-4\" id=\"ed-noteref-4\">");
    }

    @Test
    void tablesHaveHeaderCellsInHtmlAndColumnsInText() throws IOException {
        assertThat(read("frus-telegram", ".reading.txt")).contains(
                "Force       Battalions  Men\nRoyal Army  31          24,000\n[3]\nPathet Lao  9           7,500\n");
        assertThat(read("frus-telegram", ".html")).contains("<th class=\"tei-cell\" scope=\"col\">Battalions</th>",
                "<td class=\"tei-cell\">24,000</td>");
        assertThat(read("frus-telegram", ".html").replaceAll("\\s+", " ")).contains(
                "<tr class=\"ed-table-between\"> <td colspan=\"3\">");
        assertThat(read("report-nested", ".reading.txt")).contains("\nTAC total allowable catch\nEEZ exclusive economic zone\n");
    }

    @Test
    void verseLinesLineBreaksAndPagesKeepTheirLayout() throws IOException {
        assertThat(read("letter-1850", ".reading.txt")).contains(
                "\n\nThe sea is calm to-night,\nThe tide is full, the moon lies fair\nUpon the straits.\n\n",
                "passage of\nnineteen days.");
        assertThat(read("letter-1850", ".txt")).contains("\n\n[page 2]\n\n");
        assertThat(read("letter-1850", ".reading.txt")).doesNotContain("[page 2]");
        String page = read("letter-1850", ".html");
        assertThat(page.split("<p class=\"tei-l\"", -1)).hasSize(4);
        assertThat(page).contains("<div class=\"tei-lg tei-lg-stanza\">");
        assertThat(page.replaceAll("\\s+", " ")).contains("passage of <br class=\"tei-lb\"/>");
        assertThat(read("frus-telegram", ".html")).contains("<blockquote class=\"tei-quote\">");
    }

    @Test
    void hiIsStyledByItsRend() throws IOException {
        assertThat(read("frus-telegram", ".html")).contains("<i class=\"tei-hi tei-hi-italic\">Pathet Lao</i>",
                "<b class=\"tei-hi tei-hi-bold\">before</b>", "<u class=\"tei-hi tei-hi-underline\">real</u>");
        assertThat(read("letter-1850", ".html")).contains("<span class=\"tei-hi tei-hi-smallcaps\">Captain</span>",
                "3<sup class=\"tei-hi tei-hi-superscript\">rd</sup> May");
        assertThat(read("frus-telegram", ".reading.txt")).contains("the Pathet Lao would not accept a cease-fire before the");
    }

    @Test
    void frontBackAndUnknownElementsKeepTheirText() throws IOException {
        assertThat(read("letter-1850", ".reading.txt")).startsWith("Summary\n\nA letter about the voyage home")
                .contains("Lane family papers, bundle 4").endsWith("The verse is an early version of a poem printed later.\n");
        assertThat(read("report-nested", ".reading.txt")).contains("Annex: text of the closing statement\n\nThe delegates thank the hosts.");
        assertThat(read("report-nested", ".html")).contains("<div class=\"tei-floatingText tei-floatingText-annex\">");
    }
}
