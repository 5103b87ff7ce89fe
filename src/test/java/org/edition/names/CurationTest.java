package org.edition.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.edition.testing.Cli;
import org.edition.testing.Cli.Result;
import org.edition.testing.TeiAll;
import org.edition.testing.XPaths;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The register over repeated builds, as an editor uses it: new names are proposed, never written
 * into the editor's file; an edited entry is used exactly as edited; a rejected name is not tagged
 * again; and the same inputs always give the same bytes.
 */
class CurationTest {
    @TempDir
    Path dir;
    Path seeds;
    Path output;

    @BeforeEach
    void seeds() throws IOException {
        seeds = dir.resolve("seeds");
        output = dir.resolve("output");
        Files.createDirectories(seeds);
        for (String f : new String[] {"000_2b4c022557e90890.txt", "000_2b4c022557e90890.meta.yaml", "edition.yaml",
                "register.xml"}) {
            Files.copy(Path.of("seeds", f), seeds.resolve(f));
        }
        Files.writeString(seeds.resolve("memo.txt"), "Memorandum of Conversation\n\n"
                + "Ambassador Qiao [Xiaoguang] met Comrade Nikolai Belyaev in Moscow on 3 May 1961.\n\n"
                + "Belyaev said that Ambassador Hao [Deqing] had already left Moscow.\n");
    }

    private Result build() {
        Result r = Cli.run("build", "--seeds", seeds.toString(), "--output", output.toString());
        assertThat(r.code()).as(r.toString()).isZero();
        return r;
    }

    private Map<String, byte[]> snapshot() throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(output)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                files.put(output.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    @Test
    void newNamesAreProposedForReviewAndTheEditorsFileIsNeverWritten() throws IOException {
        byte[] register = Files.readAllBytes(seeds.resolve("register.xml"));
        build();
        assertThat(Files.readAllBytes(seeds.resolve("register.xml"))).isEqualTo(register);
        String review = Files.readString(output.resolve("register-review.txt"));
        assertThat(review).contains("pers-qiao-xiaoguang  person  Qiao Xiaoguang",
                seeds.resolve("memo.txt") + ":3:12  Qiao [Xiaoguang]",
                "pers-nikolai-belyaev  person  Nikolai Belyaev",
                seeds.resolve("memo.txt") + ":5:1  Belyaev");
        XPaths reg = XPaths.of(Files.readString(output.resolve("tei").resolve("register.xml")));
        assertThat(reg.string("//person[@xml:id='pers-qiao-xiaoguang']/@resp")).isEqualTo("#edition");
        assertThat(reg.count("//person[@xml:id='pers-hao-deqing']/@resp")).isZero();
        XPaths memo = XPaths.of(Files.readString(output.resolve("tei").resolve("memo.xml")));
        assertThat(memo.string("string-join(//body//persName/@ref, ' ')"))
                .isEqualTo("#pers-qiao-xiaoguang #pers-nikolai-belyaev #pers-nikolai-belyaev #pers-hao-deqing");
        assertThat(memo.count("//standOff//person")).isEqualTo(3);
    }

    @Test
    void aNameFoundInManyPlacesIsListedWithItsFirstMentionsAndACount() throws IOException {
        StringBuilder memo = new StringBuilder("Memorandum of Conversation\n\n");
        for (int i = 1; i <= 30; i++) {
            memo.append("Ambassador Qiao [Xiaoguang] called, time ").append(i).append(".\n\n");
        }
        Files.writeString(seeds.resolve("memo.txt"), memo);
        build();
        String review = Files.readString(output.resolve("register-review.txt"));
        String first = seeds.resolve("memo.txt") + ":3:12  Qiao [Xiaoguang]";
        String twentieth = seeds.resolve("memo.txt") + ":41:12  Qiao [Xiaoguang]";
        assertThat(review).contains(first, twentieth, twentieth + "\n  ... and 10 more mentions\n")
                .doesNotContain(seeds.resolve("memo.txt") + ":43:12");
    }

    @Test
    void aRepeatedBuildGivesTheSameBytes() throws IOException {
        build();
        Map<String, byte[]> first = snapshot();
        Result again = build();
        assertThat(again.out()).contains("0 written, 2 unchanged");
        Map<String, byte[]> second = snapshot();
        assertThat(second.keySet()).isEqualTo(first.keySet());
        first.forEach((k, v) -> assertThat(second.get(k)).as(k).isEqualTo(v));
    }

    @Test
    void anEditedEntryWinsAndARejectedNameIsNotTaggedAgain() throws IOException {
        build();
        String register = Files.readString(seeds.resolve("register.xml"));
        // the editor confirms Qiao with a note of their own, annotates Hao, and rejects "Moscow"
        register = register.replace("    </listPerson>", """
                      <person xml:id="pers-qiao-xiaoguang">
                        <persName type="reg">Qiao Xiaoguang</persName>
                        <note>Confirmed by the editor.</note>
                      </person>
                    </listPerson>""")
                .replace("<persName type=\"variant\">Hao</persName>",
                        "<persName type=\"variant\">Hao</persName>\n        <note>Checked against the embassy lists.</note>")
                .replace("<item><name>Korean side</name></item>", "<item><name>Korean side</name></item>\n      <item><name>Moscow</name></item>");
        Files.writeString(seeds.resolve("register.xml"), register);
        build();
        XPaths reg = XPaths.of(Files.readString(output.resolve("tei").resolve("register.xml")));
        assertThat(reg.count("//person[@xml:id='pers-qiao-xiaoguang']")).isEqualTo(1);
        assertThat(reg.string("//person[@xml:id='pers-qiao-xiaoguang']/note")).isEqualTo("Confirmed by the editor.");
        assertThat(reg.count("//person[@xml:id='pers-qiao-xiaoguang']/@resp")).isZero();
        assertThat(reg.string("//person[@xml:id='pers-hao-deqing']/note")).isEqualTo("Checked against the embassy lists.");
        XPaths memo = XPaths.of(Files.readString(output.resolve("tei").resolve("memo.xml")));
        assertThat(memo.string("//standOff//person[@xml:id='pers-hao-deqing']/note")).isEqualTo("Checked against the embassy lists.");
        assertThat(memo.count("//body//placeName[. = 'Moscow']")).isZero();
        assertThat(Files.readString(output.resolve("register-review.txt"))).doesNotContain("pers-qiao-xiaoguang");
        assertThat(TeiAll.schema().validate(Files.readString(output.resolve("tei").resolve("register.xml")),
                "register.xml")).isEmpty();
    }

    @Test
    void theRegisterCommandChecksTheRegister() throws IOException {
        String register = Files.readString(seeds.resolve("register.xml"));
        // a name form shared by two entries, and an entry no document mentions
        register = register.replace("    </listPlace>", """
                      <place xml:id="pl-korea-peninsula">
                        <placeName type="reg">Korean Peninsula</placeName>
                        <placeName type="variant">Korea</placeName>
                      </place>
                    </listPlace>""");
        Files.writeString(seeds.resolve("register.xml"), register);
        build();
        Files.writeString(output.resolve("tei").resolve("stray.xml"),
                "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body><p><persName ref=\"#pers-nobody\">X</persName></p></body></text></TEI>\n");
        Result r = Cli.run("register", "--seeds", seeds.toString(), "--tei", output.resolve("tei").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("pl-dprk", "pers-qiao-xiaoguang", "(unreviewed)");
        assertThat(r.err()).contains("warning: the name \"Korea\" belongs to pl-dprk and pl-korea-peninsula; it is linked to the first [W042]",
                "warning: pl-korea-peninsula (Korean Peninsula) is mentioned in no document [W043]",
                "stray.xml: error: @ref=\"#pers-nobody\" points to no entry in this file [E044]");
    }
}
