package org.edition.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.edition.testing.Cli;
import org.edition.testing.Cli.Result;
import org.edition.testing.TeiAll;
import org.edition.testing.Texts;
import org.edition.testing.XPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input through the command line: each gets {@code file:line:column: level: message [code]}
 * on stderr, exit 1 on error and no output file for that input, and never a stack trace.
 */
class BadInputTest {
    @TempDir
    Path dir;

    private Path input(String name, String text) throws IOException {
        return input(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path input(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private Result convert(String... extra) {
        List<String> args = new ArrayList<>(List.of("convert", dir.toString(), "-o", dir.resolve("out").toString()));
        args.addAll(List.of(extra));
        Result r = Cli.run(args.toArray(String[]::new));
        assertThat(r.err()).as("no stack trace").doesNotContain("\tat ").doesNotContain("Exception");
        return r;
    }

    private Path output(String name) {
        return dir.resolve("out").resolve(name);
    }

    private void assertFailed(Result r, String name, String expectedMessage) {
        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).as(r.toString()).contains(dir.resolve(name) + expectedMessage);
        assertThat(output(name.replace(".txt", ".xml"))).doesNotExist();
    }

    @Test
    void unclosedBracketIsReportedWhereItOpens() throws IOException {
        input("a.txt", "First paragraph.\n\nWe went to [North Korea by train.\n\nLast paragraph.\n");
        assertFailed(convert(), "a.txt", ":3:12: error: unclosed '[' (the paragraph ends at 3:34); add the missing ']' [E010]");
    }

    @Test
    void strayClosingBracketIsReportedWhereItStands() throws IOException {
        input("a.txt", "A stray ] here.\n");
        assertFailed(convert(), "a.txt", ":1:9: error: stray ']' with no '[' before it in this paragraph; "
                + "remove it or add the missing '[' [E011]");
    }

    @Test
    void emptyBracketsAreReported() throws IOException {
        input("a.txt", "Empty [] and blank [ ] brackets.\n");
        Result r = convert();
        assertFailed(r, "a.txt", ":1:7: error: empty brackets '[]'; remove them or put the missing words inside [E012]");
        assertThat(r.err()).contains(dir.resolve("a.txt") + ":1:20: error: empty brackets '[ ]'");
    }

    @Test
    void everyBracketProblemOfAFileIsReportedInOneRun() throws IOException {
        input("a.txt", "One ] two.\n\nThree [ four.\n\nFive [] six.\n");
        Result r = convert();
        assertThat(r.err()).contains(":1:5: error:", ":3:7: error:", ":5:6: error:");
    }

    @Test
    void emptyFileIsAnError() throws IOException {
        input("a.txt", "");
        assertFailed(convert(), "a.txt", ": error: file is empty; nothing to convert [E001]");
    }

    @Test
    void whitespaceOnlyFileIsAnError() throws IOException {
        input("a.txt", "  \n\n\t \n");
        assertFailed(convert(), "a.txt", ": error: file contains only whitespace; nothing to convert [E001]");
    }

    @Test
    void invalidUtf8IsReportedWithLineColumnAndByteOffset() throws IOException {
        byte[] latin1 = "Line one.\nCaf\u00e9 au lait.\n".getBytes(StandardCharsets.ISO_8859_1);
        input("a.txt", latin1);
        assertFailed(convert(), "a.txt", ":2:4: error: invalid UTF-8 (byte 0xE9 at byte offset 13); re-save the file as UTF-8 [E003]");
    }

    @Test
    void binaryFileIsRefused() throws IOException {
        input("a.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        assertFailed(convert(), "a.txt", ": error: binary file (NUL byte at byte offset 8); Edition converts plain UTF-8 text only [E002]");
    }

    @Test
    void characterForbiddenInXmlIsReplacedWithAWarningAndTheRestKept() throws IOException {
        input("a.txt", "Before\u0001after and [more] text.\n");
        Result r = convert();
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.err()).contains(dir.resolve("a.txt") + ":1:7: warning: character U+0001 is not allowed in XML; replaced by U+FFFD [W001]");
        String tei = Files.readString(output("a.xml"));
        assertThat(XPaths.of(tei).string("//body//p")).isEqualTo("Before\uFFFDafter and more text.");
    }

    @Test
    void markupCharactersAndLiteralTagsComeOutAsText() throws IOException {
        String text = "Profits & losses: 3 < 4 > 2, and <b>bold</b> or <script>x</script> stay text.\n";
        input("a.txt", text);
        Result r = convert();
        assertThat(r.code()).as(r.toString()).isZero();
        String tei = Files.readString(output("a.xml"));
        assertThat(tei).contains("Profits &amp; losses", "&lt;b&gt;bold&lt;/b&gt;");
        assertThat(Texts.normalise(XPaths.of(tei).string("//body//p"))).isEqualTo(Texts.normalise(text));
    }

    @Test
    void cdataEndInTheTextIsKeptAsTextWhenBracketsAreLenient() throws IOException {
        // "]]>" holds two closing brackets without an opening one: an error by default, text with --lenient
        input("a.txt", "The marker ]]> ends a CDATA section.\n");
        assertFailed(convert(), "a.txt", ":1:12: error: stray ']'");
        Result r = convert("--lenient");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.err()).contains(":1:12: warning: stray ']'", ":1:13: warning: stray ']'");
        String tei = Files.readString(output("a.xml"));
        assertThat(tei).contains("]]&gt;");
        assertThat(XPaths.of(tei).string("//body//p")).isEqualTo("The marker ]]> ends a CDATA section.");
    }

    @Test
    void byteOrderMarkAndWindowsLineEndingsAreAcceptedSilently() throws IOException {
        String text = "Heading\n\n[We] received 6 March [1962].\n- 1. One.\n- 2. Two.\n";
        input("unix.txt", text);
        byte[] crlf = text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[crlf.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(crlf, 0, withBom, 3, crlf.length);
        input("windows.txt", withBom);
        Result r = convert();
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.err()).isEmpty();
        String unix = Files.readString(output("unix.xml"));
        String windows = Files.readString(output("windows.xml"));
        assertThat(windows.substring(windows.indexOf("<text>"))).isEqualTo(unix.substring(unix.indexOf("<text>")));
    }

    @Test
    void aLineOfAHundredThousandCharactersIsConverted() throws IOException {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (sb.length() < 100_000) {
            sb.append("word ").append(i++ % 7 == 0 ? "[supplied] " : "").append(i % 13 == 0 ? "6 March [1962], " : "");
        }
        input("a.txt", sb.append('.').toString());
        Result r = convert();
        assertThat(r.code()).as(r.toString()).isZero();
        String tei = Files.readString(output("a.xml"));
        assertThat(Texts.normalise(Texts.bracketed(tei))).isEqualTo(Texts.normalise(sb.toString()));
    }

    @Test
    void fiveHundredLevelsOfNestedBracketsConvertWithAWarning() throws IOException {
        String text = "Deep " + "[a ".repeat(500) + "core" + "]".repeat(500) + " end.\n";
        input("a.txt", text);
        Result r = convert();
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.err()).contains(":1:9: warning: bracket nested inside the bracket opened at 1:6; "
                + "encoded inner-inside-outer, check the reading [W013]");
        String tei = Files.readString(output("a.xml"));
        assertThat(XPaths.of(tei).count("//supplied")).isEqualTo(500);
        assertThat(Texts.normalise(Texts.bracketed(tei))).isEqualTo(Texts.normalise(text));
        assertThat(TeiAll.schema().validate(tei, "a.xml")).isEmpty();
    }

    /**
     * A 20 MB translation, converted by a separate JVM limited to 128 MB of heap: the body is
     * encoded and written a paragraph at a time, so memory does not grow with the document.
     */
    @Test
    void aTwentyMegabyteFileIsConvertedInBoundedMemory() throws Exception {
        Path big = dir.resolve("big.txt");
        try (var w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            String paragraph = "According to [our] understanding, 28,028 people crossed the border to [North] Korea "
                    + "on 6 March [1962], and \"authorization letters\" were issued [to them]. ";
            long written = 0;
            int n = 0;
            while (written < 20_000_000) {
                String p = paragraph.repeat(1 + n++ % 5) + "\n\n";
                w.write(p);
                written += p.length();
            }
        }
        Path out = dir.resolve("out");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-cp", System.getProperty("java.class.path"), "org.edition.cli.EditionCli",
                "convert", big.toString(), "-o", out.toString())
                .redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(log).isZero();
        assertThat(Files.size(out.resolve("big.xml"))).isGreaterThan(20_000_000L);
    }

    @Test
    void otherInputsAreStillConvertedAndExistingOutputIsNotOverwritten() throws IOException {
        input("bad.txt", "Unclosed [ bracket.\n");
        input("good.txt", "A good [paragraph].\n");
        Files.createDirectories(dir.resolve("out"));
        Files.writeString(output("bad.xml"), "hand-edited, keep me");
        Result r = convert();
        assertThat(r.code()).isEqualTo(1);
        assertThat(output("good.xml")).exists();
        assertThat(Files.readString(output("bad.xml"))).isEqualTo("hand-edited, keep me");
        assertThat(r.out()).contains("failed     " + dir.resolve("bad.txt"), "1 failed");
    }

    @Test
    void leavesNoTemporaryFilesBehind() throws IOException {
        input("a.txt", "A [paragraph].\n");
        convert();
        try (var files = Files.list(dir.resolve("out"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("a.xml");
        }
    }
}
