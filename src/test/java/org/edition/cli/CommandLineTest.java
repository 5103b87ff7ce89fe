package org.edition.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.edition.testing.Cli;
import org.edition.testing.Cli.Result;
import org.edition.testing.TeiAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands as a user runs them: help, exit codes, the main job, validation. */
class CommandLineTest {
    @TempDir
    Path dir;

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"build", "convert", "validate", "benchmark"}) {
            Result r = Cli.run(command, "--help");
            assertThat(r.code()).as(command).isZero();
            assertThat(r.out()).as(command).contains("Usage: edition " + command);
        }
        assertThat(Cli.run("--help").out()).contains("build", "convert", "validate", "benchmark");
        assertThat(Cli.run("--version").out()).startsWith("Edition ");
    }

    @Test
    void usageMistakesExitWithTwoAndSayWhatIsWrong() {
        Result unknown = Cli.run("convert", "--no-such-option", "x.txt", "-o", dir.toString());
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("Unknown option: '--no-such-option'");
        Result missing = Cli.run("convert", "x.txt");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("Missing required option: '--output=<dir>'");
        assertThat(Cli.run().code()).isEqualTo(2);
    }

    @Test
    void aMissingInputIsAnErrorWithoutAStackTrace() {
        Result r = Cli.run("convert", dir.resolve("nope.txt").toString(), "-o", dir.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("edition: error: " + dir.resolve("nope.txt") + ": no such file or folder\n");
    }

    @Test
    void convertWithoutNamesTagsNoneAndStaysValid() throws IOException {
        Path out = dir.resolve("plain");
        Result r = Cli.run("convert", "seeds", "-o", out.toString(), "--no-names");
        assertThat(r.code()).as(r.toString()).isZero();
        String tei = Files.readString(out.resolve("000_2b4c022557e90890.xml"));
        String text = tei.substring(tei.indexOf("<text>")); // the header names the translator
        assertThat(text).contains("<supplied reason=\"name-completion\"", "<date when=\"1962-03-24\"")
                .doesNotContain("<persName", "<placeName", "<orgName", "<standOff");
        assertThat(out.resolve("register.xml")).doesNotExist();
        assertThat(Cli.run("validate", out.toString()).code()).isZero();

        Result both = Cli.run("convert", "seeds", "-o", out.toString(), "--no-names", "--register", "seeds/register.xml");
        assertThat(both.code()).isEqualTo(2);
        assertThat(both.err()).contains("--no-names and --register exclude each other");
    }

    @Test
    void buildWritesTheSampleAndARepeatedBuildChangesNothing() throws IOException {
        Path out = dir.resolve("output");
        Result first = Cli.run("build", "--seeds", "seeds", "--output", out.toString());
        assertThat(first.code()).as(first.toString()).isZero();
        assertThat(first.out()).contains("written    seeds/000_2b4c022557e90890.txt", "1 document(s): 1 written");
        Path tei = out.resolve("tei").resolve("000_2b4c022557e90890.xml");
        byte[] bytes = Files.readAllBytes(tei);
        var modified = Files.getLastModifiedTime(tei);

        Result second = Cli.run("build", "--seeds", "seeds", "--output", out.toString());
        assertThat(second.code()).isZero();
        assertThat(second.out()).contains("unchanged  seeds/000_2b4c022557e90890.txt", "0 written, 1 unchanged");
        assertThat(Files.readAllBytes(tei)).isEqualTo(bytes);
        assertThat(Files.getLastModifiedTime(tei)).isEqualTo(modified);
    }

    @Test
    void validateUsesTheProjectSchemaByDefaultAndAnyOtherOnRequest() throws IOException {
        Path out = dir.resolve("output");
        Cli.run("build", "--seeds", "seeds", "--output", out.toString());
        Result own = Cli.run("validate", out.resolve("tei").toString());
        assertThat(own.code()).as(own.toString()).isZero();
        assertThat(own.out()).contains("2 file(s) checked against the project schema: 2 valid, 0 invalid");

        Path teiAll = TeiAll.location();
        TeiAll.schema(); // skips, visibly, where tei_all.rng is absent
        Result official = Cli.run("validate", "--schema", teiAll.toString(), out.resolve("tei").toString());
        assertThat(official.code()).as(official.toString()).isZero();
    }

    @Test
    void validateReportsInvalidTeiWithItsPosition() throws IOException {
        Path bad = dir.resolve("bad.xml");
        Files.writeString(bad, "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n  <bogus/>\n</TEI>\n");
        Result r = Cli.run("validate", bad.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains(bad + ":2:11: error: not valid against the project schema: element \"bogus\" "
                + "not allowed here; expected element \"teiHeader\" [E030]");
        assertThat(r.out()).contains("INVALID  " + bad);
    }

    @Test
    void aBadSchemaPathIsAUsageError() {
        Result r = Cli.run("validate", "--schema", dir.resolve("none.rng").toString(), dir.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("edition: error: cannot read schema");
    }

    /** A heap too small for the edition: one line that says so and what to do, never a stack trace. */
    @Test
    void runningOutOfMemorySaysSoInOneLineWithWhatToDo() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx16m",
                "-cp", System.getProperty("java.class.path"), "org.edition.cli.EditionCli", "build", "--seeds", "seeds",
                "--output", dir.resolve("out").toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, java.util.concurrent.TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(err).isEqualTo(1);
        // where it runs out (a page in a worker, or the command itself) depends on the machine
        assertThat(err).containsPattern("error: (cannot [a-z ]+: )?out of memory \\(.*\\) in a Java heap of at most 1\\d MB; "
                + "give Java more, e\\.g\\. EDITION_JAVA_OPTS=-Xmx2g \\./edition \\.\\.\\.")
                .doesNotContain("Exception", "\tat ");
    }

    @Test
    void benchmarkReportsThroughput() {
        Result r = Cli.run("benchmark", "--documents", "20", "--threads", "2");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("documents:   20", "throughput:", "documents/s", "peak heap:");
    }

    @Test
    void benchmarkComparesNamesOnTheGeneratedCorpusOrOnRealTextsAndSaysHowDenseTheirNamesAre() {
        Result generated = Cli.run("benchmark", "--documents", "20", "--threads", "1", "--compare-names", "2");
        assertThat(generated.code()).as(generated.toString()).isZero();
        assertThat(generated.out()).containsPattern("(?m)^mentions: +[0-9.]+ per document, [0-9.]+ per 1,000 characters")
                .containsPattern("(?m)^names cost: +\\+-?[0-9]+% time");

        // the sample with its register: the 37 mentions of its gold list, each time it is converted
        Result sample = Cli.run("benchmark", "--documents", "3", "--threads", "1", "--compare-names", "1",
                "--register", "seeds/register.xml", "--inputs", "seeds");
        assertThat(sample.code()).as(sample.toString()).isZero();
        assertThat(sample.out()).contains("rounds:      1 of 3 documents each", "mentions:    37.0 per document");

        Result alone = Cli.run("benchmark", "--inputs", "seeds");
        assertThat(alone.code()).isEqualTo(2);
        assertThat(alone.err()).contains("--inputs goes with --compare-names");
        Result missing = Cli.run("benchmark", "--compare-names", "1", "--inputs", dir.resolve("none").toString());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("no such file or folder");
    }

    @Test
    void benchmarkRendersTheConvertedDocumentsAndReportsRenderingApart() {
        Result r = Cli.run("benchmark", "--documents", "20", "--threads", "2", "--render");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("documents:   20", "throughput:")
                .containsPattern("(?m)^render: +20 documents \\([0-9.]+ MB of TEI held in memory\\) to HTML \\+ 3 text views each, 0 failed")
                .containsPattern("(?m)^render time: +[0-9.]+ s \\(one parse and 4 transformations per document; [0-9.]+ M characters written\\)")
                .containsPattern("(?m)^render rate: +[0-9]+ documents/s")
                .containsPattern("(?m)^render heap: +[0-9]+ MB peak");
    }

    @Test
    void benchmarkScalingTimesOneDocumentPerSize() {
        Result r = Cli.run("benchmark", "--scaling", "40,80");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).startsWith("scaling: one document at a time")
                .containsPattern("x[0-9.]+ size, x[0-9.]+ HTML time")
                .doesNotContain("documents:");
        // one row per size: TEI, input, parse, HTML, text, HTML per MB; the second document the larger
        List<Integer> sizes = r.out().lines()
                .filter(l -> l.matches(" *[0-9]+ kB +[0-9]+ kB +[0-9]+ ms +[0-9]+ ms +[0-9]+ ms +[0-9]+ ms .*"))
                .map(l -> Integer.parseInt(l.trim().split(" ")[0])).toList();
        assertThat(sizes).hasSize(2);
        assertThat(sizes.get(1)).isGreaterThan(sizes.get(0));
    }

    @Test
    void siteBenchmarkReportsEachStepTheSiteAndTheRebuildOfOneDocument() {
        Result r = Cli.run("benchmark", "--site", "--documents", "3", "--size", "1500", "--threads", "2",
                "--change-one");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("documents:   3 generated", "threads:     2")
                .containsPattern("(?m)^  convert +[0-9.]+ s wall, +[0-9.]+ s cpu$")
                .containsPattern("(?m)^  render +[0-9.]+ s wall")
                .containsPattern("(?m)^  site +[0-9.]+ s wall")
                .containsPattern("(?m)^    wall: summaries [0-9.]+ s, document pages [0-9.]+ s, ")
                .containsPattern("(?m)^build: +[0-9.]+ s wall, [0-9.]+ s cpu$")
                .containsPattern("(?m)^site: +\\d+ files, [0-9.]+ MB; largest ")
                .containsPattern("(?m)^search data: \\d+ files, [0-9.]+ MB")
                .containsPattern("(?m)^peak heap: +\\d+ MB used .*; \\d+ MB live after GC")
                .contains("changed:     generated-1.txt")
                .containsPattern("(?m)^rebuild: +[0-9.]+ s wall")
                .containsPattern("(?m)^rewritten: +\\d+ of \\d+ files$")
                .contains("  tei/generated-1.xml", "  site/documents/generated-1.html")
                .doesNotContain("note:");
    }

    @Test
    void siteBenchmarkSaysWhenItsWorkFolderHoldsAnEarlierBuild(@TempDir Path work) {
        String[] args = {"benchmark", "--site", "--documents", "2", "--size", "1500", "--work", work.toString()};
        Result first = Cli.run(args);
        assertThat(first.code()).as(first.toString()).isZero();
        assertThat(first.out()).doesNotContain("note:");
        Result again = Cli.run(args);
        assertThat(again.code()).as(again.toString()).isZero();
        assertThat(again.out()).contains("holds an earlier build: this is a rebuild, not a fresh build");
    }
}
