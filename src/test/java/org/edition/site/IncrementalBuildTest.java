package org.edition.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.edition.corpus.CorpusGenerator;
import org.edition.testing.Cli;
import org.edition.testing.Cli.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Incremental builds through the command line: after one seed changes, a rebuild renders only
 * that document and rewrites only the files that depend on it; every other file keeps its bytes
 * and its modification time.
 */
class IncrementalBuildTest {
    private record Stamp(byte[] bytes, FileTime modified) {
        boolean same(Stamp o) {
            return o != null && Arrays.equals(bytes, o.bytes) && modified.equals(o.modified);
        }
    }

    /** A seeds folder in {@code dir} with the sample, its metadata, the edition's settings and register. */
    private static Path sampleSeeds(Path dir) throws IOException {
        Path seeds = dir.resolve("seeds");
        Files.createDirectories(seeds);
        for (String f : List.of(SiteTest.SAMPLE + ".txt", SiteTest.SAMPLE + ".meta.yaml", "edition.yaml", "register.xml")) {
            Files.copy(Path.of("seeds", f), seeds.resolve(f));
        }
        return seeds;
    }

    /** {@link #sampleSeeds} and four generated documents of 2,000 characters (generator seed {@code seed}). */
    private static Path sampleAndGenerated(Path dir, long seed) throws IOException {
        Path seeds = sampleSeeds(dir);
        CorpusGenerator generator = new CorpusGenerator(seed);
        for (int i = 1; i <= 4; i++) {
            Files.writeString(seeds.resolve("generated-" + i + ".txt"), generator.document(2000));
        }
        return seeds;
    }

    @Test
    void aRebuildAfterOneSeedChangesRewritesOnlyWhatDependsOnIt(@TempDir Path dir) throws IOException {
        Path seeds = sampleAndGenerated(dir, 11);
        Path output = dir.resolve("output");
        build(seeds, output);
        Map<String, Stamp> before = stamps(output);

        Path changed = seeds.resolve("generated-2.txt");
        String text = Files.readString(changed);
        int at = text.indexOf("\n\n", text.indexOf("\n\n", text.indexOf("\n\n") + 2) + 2) + 2;
        Files.writeString(changed, text.substring(0, at) + "The delegation was informed of this change.\n\n"
                + text.substring(at));
        Result r = build(seeds, output);
        assertThat(r.out()).contains("text: 4 of 5 up to date (not rendered)", "html: 4 of 5 up to date (not rendered)",
                "site pages: 4 of 5 up to date (not rendered)");
        // the search data of the other documents' shards is not made again
        java.util.regex.Matcher shards = java.util.regex.Pattern.compile("search shards: (\\d+) of (\\d+) up to date")
                .matcher(r.out());
        assertThat(shards.find()).as(r.out()).isTrue();
        assertThat(Integer.parseInt(shards.group(2))).isGreaterThan(1);
        assertThat(Integer.parseInt(shards.group(1))).isEqualTo(Integer.parseInt(shards.group(2)) - 1);

        Map<String, Stamp> after = stamps(output);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        Set<String> rewritten = new TreeSet<>();
        after.forEach((f, s) -> {
            if (!s.same(before.get(f)) && !f.startsWith(".build/")) {
                rewritten.add(f);
            }
        });
        String d = "generated-2";
        assertThat(rewritten).contains("tei/" + d + ".xml", "text/" + d + ".txt", "text/" + d + ".reading.txt",
                "text/" + d + ".diplomatic.txt", "html/" + d + ".html", "site/documents/" + d + ".html",
                "site/downloads/" + d + ".xml", "site/downloads/" + d + ".txt", "site/downloads/edition.zip");
        // what else may depend on one document's text: the words counted, the review's line numbers, the search data
        Set<String> allowed = new TreeSet<>(Set.of("tei/" + d + ".xml", "text/" + d + ".txt", "text/" + d + ".reading.txt",
                "text/" + d + ".diplomatic.txt", "html/" + d + ".html", "site/documents/" + d + ".html",
                "site/downloads/" + d + ".xml", "site/downloads/" + d + ".txt", "site/downloads/" + d + ".reading.txt",
                "site/downloads/" + d + ".diplomatic.txt", "site/downloads/edition.zip", "site/about.html",
                "register-review.txt"));
        assertThat(rewritten).allMatch(f -> allowed.contains(f) || f.startsWith("site/search"), "only what depends on "
                + d + ": " + rewritten);
        // its title and date did not change: the lists of documents and its neighbours' pages stay as they were
        assertThat(rewritten).doesNotContain("site/index.html", "site/chronology.html");
        // the zip: its TEI and three texts compressed again, the other 16 files and the register copied as stored
        assertThat(r.out()).contains("edition zip: 17 of 21 entries as they were (not compressed again)");

        // nothing is copied from a zip another Edition (or another compression) wrote
        Files.writeString(output.resolve(".build/site/edition.zip.made-by"), "another Edition");
        Files.writeString(changed, Files.readString(changed).replace("informed of this change", "told of this change"));
        assertThat(build(seeds, output).out()).contains("edition zip: 0 of 21 entries as they were");
    }

    @Test
    void aRebuildConvertsOnlyTheSeedThatChangedAndGivesWhatAFreshBuildGives(@TempDir Path dir) throws IOException {
        Path seeds = sampleAndGenerated(dir, 13);
        Path output = dir.resolve("output");
        Result first = build(seeds, output);
        assertThat(first.out()).contains("convert: 0 of 5 up to date (not converted)");
        Result again = build(seeds, output);
        assertThat(again.out()).contains("convert: 5 of 5 up to date (not converted)", "0 written, 5 unchanged");
        assertThat(again.err()).as("the same messages, replayed").isEqualTo(first.err());

        // names the register does not know, in the changed seed: new entries and mentions for the review
        Path changed = seeds.resolve("generated-3.txt");
        String text = Files.readString(changed);
        int at = text.indexOf("\n\n") + 2;
        Files.writeString(changed, text.substring(0, at)
                + "Ambassador Zhang Wentian met Comrade Ri Ju-yon in Kaesong. Zhang thanked him.\n\n" + text.substring(at));
        Result rebuilt = build(seeds, output);
        assertThat(rebuilt.out()).contains("convert: 4 of 5 up to date (not converted)");

        Path fresh = dir.resolve("fresh");
        Result scratch = build(seeds, fresh);
        assertThat(rebuilt.err()).isEqualTo(scratch.err().replace(fresh.toString(), output.toString()));
        Map<String, Stamp> incremental = stamps(output);
        Map<String, Stamp> whole = stamps(fresh);
        incremental.keySet().removeIf(f -> f.startsWith(".build/"));
        whole.keySet().removeIf(f -> f.startsWith(".build/"));
        assertThat(incremental.keySet()).isEqualTo(whole.keySet());
        incremental.forEach((f, st) -> assertThat(st.bytes()).as(f).isEqualTo(whole.get(f).bytes()));
        assertThat(Files.readString(output.resolve("register-review.txt"))).contains("Zhang Wentian", "Ri Ju-yon");
    }

    @Test
    void aSeedIsConvertedAgainWhenItsTeiIsGoneOrTheRegisterChanged(@TempDir Path dir) throws IOException {
        Path seeds = sampleSeeds(dir);
        Files.writeString(seeds.resolve("generated-1.txt"), new CorpusGenerator(14).document(1500));
        Path output = dir.resolve("output");
        build(seeds, output);
        Files.delete(output.resolve("tei/generated-1.xml"));
        assertThat(build(seeds, output).out()).contains("convert: 1 of 2 up to date (not converted)");
        assertThat(output.resolve("tei/generated-1.xml")).exists();
        // an edited TEI file is the conversion's no longer: converted again, the edit undone
        Path tei = output.resolve("tei/" + SiteTest.SAMPLE + ".xml");
        Files.writeString(tei, Files.readString(tei).replace("Additional Rush", "Edited by hand"));
        assertThat(build(seeds, output).out()).contains("convert: 1 of 2 up to date (not converted)");
        assertThat(Files.readString(tei)).contains("Additional Rush");
        // the register is every document's: an edit of it converts them all again
        Path register = seeds.resolve("register.xml");
        Files.writeString(register, Files.readString(register) + "<!-- reviewed -->\n");
        assertThat(build(seeds, output).out()).contains("convert: 0 of 2 up to date (not converted)");
    }

    @Test
    void aSitePageFollowsItsTeiWhenTheHtmlEditionBesideItIsOlder(@TempDir Path dir) throws IOException {
        Path seeds = sampleSeeds(dir);
        Path output = dir.resolve("output");
        build(seeds, output);
        Path page = output.resolve("site/documents/" + SiteTest.SAMPLE + ".html");
        String made = Files.readString(page);
        // the HTML edition replaced by an older page (as if its last rendering had failed), the site page made again
        Path html = output.resolve("html/" + SiteTest.SAMPLE + ".html");
        Files.writeString(html, Files.readString(html).replace("Additional Rush", "Stale Text"));
        Files.setLastModifiedTime(html, FileTime.fromMillis(
                Files.getLastModifiedTime(output.resolve("tei/" + SiteTest.SAMPLE + ".xml")).toMillis() - 60_000));
        Files.delete(output.resolve(".build/site/pages/" + SiteTest.SAMPLE + ".xml"));
        build(seeds, output);
        assertThat(Files.readString(page)).isEqualTo(made).doesNotContain("Stale Text");
    }

    @Test
    void whenADocumentMovesInTheOrderOnlyItsOldAndNewNeighboursPagesAreRewritten(@TempDir Path dir) throws IOException {
        Path seeds = dir.resolve("seeds");
        Files.createDirectories(seeds);
        Files.copy(Path.of("seeds", "register.xml"), seeds.resolve("register.xml"));
        CorpusGenerator generator = new CorpusGenerator(12);
        for (int i = 1; i <= 6; i++) {
            Files.writeString(seeds.resolve("generated-" + i + ".txt"), generator.document(1500));
        }
        Path output = dir.resolve("output");
        build(seeds, output);
        List<String> before = order(output);
        Map<String, Stamp> pagesBefore = stamps(output.resolve("site/documents"));

        // the last of the order becomes the first: its closing date (the last line) moves before all others
        String moved = before.get(before.size() - 1);
        Path file = seeds.resolve(moved + ".txt");
        String text = Files.readString(file).stripTrailing();
        Files.writeString(file, text.substring(0, text.lastIndexOf('\n') + 1) + "1 January 1949\n");
        build(seeds, output);
        List<String> after = order(output);
        assertThat(after.get(0)).isEqualTo(moved);

        Set<String> expected = new TreeSet<>(Set.of(moved, before.get(before.size() - 2), after.get(1)));
        Set<String> rewritten = new TreeSet<>();
        stamps(output.resolve("site/documents")).forEach((f, st) -> {
            if (!st.same(pagesBefore.get(f))) {
                rewritten.add(f.replace(".html", ""));
            }
        });
        assertThat(rewritten).isEqualTo(expected);
    }

    /** The documents in the order of the home page's table. */
    private static List<String> order(Path output) throws IOException {
        List<String> ids = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<tr id=\"doc-([^\"]+)\"")
                .matcher(Files.readString(output.resolve("site/index.html")));
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    @Test
    void aBuildWhoseSiteInputsAreAllUnchangedDoesNotMakeThePagesOverTheEditionAgain(@TempDir Path dir) throws IOException {
        Path seeds = sampleAndGenerated(dir, 17);
        Path output = dir.resolve("output");
        assertThat(build(seeds, output).out()).doesNotContain("pages over the edition: up to date");
        Map<String, Stamp> before = stamps(output);
        Result again = build(seeds, output);
        assertThat(again.out()).contains("pages over the edition: up to date (not made again)", "0 written",
                "0 removed");
        Map<String, Stamp> after = stamps(output);
        before.keySet().removeIf(f -> f.startsWith(".build/"));
        after.keySet().removeIf(f -> f.startsWith(".build/"));
        // every page is still there (none taken for stale), with its bytes and time
        assertThat(after.keySet()).isEqualTo(before.keySet()).contains("site/index.html", "site/about.html",
                "site/search-index.js", "site/persons.html");
        after.forEach((f, st) -> assertThat(st.same(before.get(f))).as(f).isTrue());

        // one of their inputs changed (the edition's title, in the digest): made again, as a fresh build makes them
        Path settings = seeds.resolve("edition.yaml");
        Files.writeString(settings, Files.readString(settings).replaceFirst("edition: \"([^\"]*)\"",
                "edition: \"$1, second edition\""));
        Result changed = build(seeds, output);
        assertThat(changed.out()).doesNotContain("pages over the edition: up to date");
        Path fresh = dir.resolve("fresh");
        build(seeds, fresh);
        for (String page : List.of("site/index.html", "site/about.html", "site/search.html", "site/persons.html")) {
            assertThat(Files.readString(output.resolve(page))).as(page).contains("second edition")
                    .isEqualTo(Files.readString(fresh.resolve(page)));
        }
    }

    private static Result build(Path seeds, Path output) {
        Result r = Cli.run("build", "--seeds", seeds.toString(), "--output", output.toString());
        assertThat(r.code()).as(r.toString()).isZero();
        return r;
    }

    private static Map<String, Stamp> stamps(Path dir) throws IOException {
        Map<String, Stamp> stamps = new HashMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                stamps.put(dir.relativize(p).toString().replace('\\', '/'),
                        new Stamp(Files.readAllBytes(p), Files.getLastModifiedTime(p)));
            }
        }
        return stamps;
    }
}
