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
    void entriesThatMayNameOnePersonOrBodyAreShownSideBySide() throws IOException {
        Files.writeString(seeds.resolve("memo.txt"), "Memorandum of Conversation\n\n"
                + "Comrade Tsedenbal received me. The Council of Ministers of the MPR met in the evening.\n");
        Files.writeString(seeds.resolve("note.txt"), "Note\n\nI visited Comrade Yu. Tsedenbal. B. K. Nehru and Jawaharlal "
                + "Nehru were there. The decision is for the Council of Ministers.\n");
        build();
        String review = Files.readString(output.resolve("register-review.txt"));
        assertThat(review).contains("pers-tsedenbal  person  Tsedenbal\n  perhaps the same as: pers-yu-tsedenbal (Yu. Tsedenbal)\n",
                "pers-yu-tsedenbal  person  Yu. Tsedenbal\n  perhaps the same as: pers-tsedenbal (Tsedenbal)\n",
                "org-council-of-ministers  org  Council of Ministers\n  perhaps the same as: org-council-of-ministers-of-the-mpr");
        // a hint, never a merge; and another given name is another person
        assertThat(review).doesNotContain("perhaps the same as: pers-jawaharlal-nehru", "perhaps the same as: pers-b-k-nehru");
        XPaths note = XPaths.of(Files.readString(output.resolve("tei").resolve("note.xml")));
        assertThat(note.string("//body//persName[. = 'Yu. Tsedenbal']/@ref")).isEqualTo("#pers-yu-tsedenbal");
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
    void anEntryWithWhatTeiDoesNotAllowThereStopsTheBuildBeforeAnythingIsWritten() throws IOException {
        String register = Files.readString(seeds.resolve("register.xml"));
        // a misspelt element, and one from another vocabulary, in entries copied into the documents
        register = register.replace("<persName type=\"variant\">Hao</persName>",
                        "<persName type=\"variant\">Hao</persName>\n        <persname>Hao Te-ching</persname>")
                .replace("    </listPlace>", """
                      <place xml:id="pl-wonsan">
                        <placeName type="reg">Wonsan</placeName>
                        <geo:point xmlns:geo="http://www.w3.org/2003/01/geo/wgs84_pos#">39.15 127.44</geo:point>
                      </place>
                    </listPlace>""");
        Files.writeString(seeds.resolve("register.xml"), register);
        int line = (int) register.lines().takeWhile(l -> !l.contains("<persname>")).count() + 1;

        Result r = Cli.run("build", "--seeds", seeds.toString(), "--output", output.toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains(seeds.resolve("register.xml") + ":" + line + ":",
                "error: register entry pers-hao-deqing: TEI does not allow <persname> directly in <person>; every "
                        + "document naming it would be invalid TEI. Did you mean <persName>? Correct it, or put the "
                        + "information in a <note> [E042]",
                "register entry pl-wonsan: <geo:point> is not a TEI element", "has errors; fix them and run again")
                .doesNotContain("Exception");
        assertThat(output).doesNotExist();
    }

    /** The elements an entry may hold are those tei_all allows there, neither more nor fewer. */
    @Test
    void theElementsAllowedInAnEntryAreThoseOfTeiAll() throws Exception {
        TeiAll.schema(); // skipped, and said so, where tei_all.rng is absent
        org.jdom2.Document rng = new org.jdom2.input.SAXBuilder().build(TeiAll.location().toFile());
        org.jdom2.Namespace ns = org.jdom2.Namespace.getNamespace("http://relaxng.org/ns/structure/1.0");
        Map<String, java.util.List<org.jdom2.Element>> defines = new java.util.HashMap<>();
        for (org.jdom2.Element d : rng.getRootElement().getDescendants(org.jdom2.filter.Filters.element("define", ns))) {
            defines.computeIfAbsent(d.getAttributeValue("name"), k -> new java.util.ArrayList<>()).add(d);
        }
        for (EntityType type : EntityType.values()) {
            String entry = type.entryElement();
            java.util.Set<String> allowed = new java.util.TreeSet<>();
            for (org.jdom2.Element d : defines.get(entry)) {
                org.jdom2.Element element = d.getChild("element", ns);
                for (org.jdom2.Element ref : element.getDescendants(org.jdom2.filter.Filters.element("ref", ns))) {
                    elementsOf(ref.getAttributeValue("name"), defines, ns, new java.util.HashSet<>(), allowed);
                }
            }
            assertThat(new java.util.TreeSet<>(EntryChildren.allowed(type))).as(entry).isEqualTo(allowed);
        }
    }

    /** The element names a pattern stands for, following references, attributes left out. */
    private static void elementsOf(String name, Map<String, java.util.List<org.jdom2.Element>> defines,
            org.jdom2.Namespace ns, java.util.Set<String> seen, java.util.Set<String> into) {
        if (name.startsWith("att.") || !seen.add(name) || !defines.containsKey(name)) {
            return;
        }
        for (org.jdom2.Element d : defines.get(name)) {
            org.jdom2.Element element = d.getChild("element", ns);
            if (element != null) {
                into.add(element.getAttributeValue("name"));
                continue;
            }
            for (org.jdom2.Element ref : d.getDescendants(org.jdom2.filter.Filters.element("ref", ns))) {
                elementsOf(ref.getAttributeValue("name"), defines, ns, seen, into);
            }
        }
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
