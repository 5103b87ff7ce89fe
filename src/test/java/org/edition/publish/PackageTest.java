package org.edition.publish;

import static org.assertj.core.api.Assertions.assertThat;

import gov.loc.repository.bagit.domain.Bag;
import gov.loc.repository.bagit.domain.Manifest;
import gov.loc.repository.bagit.reader.BagReader;
import gov.loc.repository.bagit.verify.BagVerifier;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.edition.testing.Cli;
import org.edition.testing.Cli.Result;
import org.edition.testing.TeiAll;
import org.edition.testing.XPaths;
import org.edition.validate.SchemaValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The archive package, through the command line: the bag the sample build gives, checked with the
 * BagIt library itself and with {@code package --verify}; damaged packages; invalid input.
 */
class PackageTest {
    private static final String SAMPLE = "000_2b4c022557e90890";
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String OAI_DC = "http://www.openarchives.org/OAI/2.0/oai_dc/";

    static Path built;
    static Path tei;
    static Path zip;

    @TempDir
    Path dir;

    @BeforeAll
    static void buildAndPackage(@TempDir Path shared) {
        built = shared.resolve("output");
        tei = built.resolve("tei");
        Result build = Cli.run("build", "--seeds", "seeds", "--output", built.toString());
        assertThat(build.code()).as(build.toString()).isZero();
        zip = shared.resolve("edition.zip");
        Result r = pack("-o", zip.toString(), "--tei", tei.toString());
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("package: 1 document(s) and the register", "(written)");
    }

    /** Runs {@code edition package ...}; whatever happens, never a stack trace. */
    private static Result pack(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "package";
        System.arraycopy(args, 0, all, 1, args.length);
        Result r = Cli.run(all);
        assertThat(r.err()).as(r.toString()).doesNotContain("\tat ").doesNotContain("Exception");
        return r;
    }

    @Test
    void theBagHasTheLayoutOfAnEditionPackage() throws IOException {
        assertThat(entries(zip).keySet()).containsExactly("bag-info.txt", "bagit.txt",
                "data/metadata/" + SAMPLE + ".dc.xml", "data/schema/edition.rnc", "data/tei/" + SAMPLE + ".xml",
                "data/tei/register.xml", "data/validation-report.txt", "manifest-sha256.txt", "manifest-sha512.txt",
                "tagmanifest-sha256.txt", "tagmanifest-sha512.txt");
        Map<String, byte[]> e = entries(zip);
        assertThat(e.get("data/tei/" + SAMPLE + ".xml")).isEqualTo(Files.readAllBytes(tei.resolve(SAMPLE + ".xml")));
        assertThat(e.get("data/tei/register.xml")).isEqualTo(Files.readAllBytes(tei.resolve("register.xml")));
        assertThat(e.get("data/schema/edition.rnc"))
                .isEqualTo(Files.readAllBytes(Path.of("src/main/resources/schema/edition.rnc")));
        assertThat(new String(e.get("data/validation-report.txt"), StandardCharsets.UTF_8))
                .contains("edition.rnc (project schema, SHA-256 ", "valid  data/tei/" + SAMPLE + ".xml",
                        "valid  data/tei/register.xml", "2 file(s), 2 valid, 0 invalid.");
    }

    @Test
    void theBagVerifiesWithTheBagItLibrary() throws Exception {
        Path root = unzip(zip);
        Bag bag = new BagReader().read(root);
        assertThat(bag.getVersion().toString()).isEqualTo("1.0");
        assertThat(bag.getPayLoadManifests().stream().map(m -> m.getAlgorithm().getBagitName()))
                .containsExactlyInAnyOrder("sha256", "sha512");
        assertThat(bag.getTagManifests()).hasSize(2);
        for (Manifest m : bag.getPayLoadManifests()) {
            assertThat(m.getFileToChecksumMap()).hasSize(5);
        }
        try (BagVerifier verifier = new BagVerifier()) {
            verifier.isValid(bag, false);
        }
        assertThat(BagVerifier.canQuickVerify(bag)).isTrue();
        BagVerifier.quicklyVerify(bag);
        assertThat(bag.getMetadata().get("Source-Organization")).containsExactly("Edition (sample build)");
        assertThat(bag.getMetadata().get("External-Description").get(0))
                .startsWith("Edition sample: telegrams on ethnic Koreans crossing the border, 1962. TEI P5 edition of 1 document(s)");
        assertThat(bag.getMetadata().get("Bag-Size").get(0)).matches("\\d+\\.\\d KB");
        // the sample's TEI records no dated revision, and the clock is never read
        assertThat(bag.getMetadata().contains("Bagging-Date")).isFalse();
    }

    @Test
    void theVerifyCommandAcceptsThePackage() {
        Result r = pack("--verify", zip.toString());
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("bag valid: " + zip + ", BagIt 1.0, 5 payload file(s), every checksum matches "
                + "(sha256, sha512)", "TEI valid: 2 file(s) against edition.rnc");
    }

    @Test
    void aChangedPayloadByteFailsVerificationNamingTheFile() throws IOException {
        Map<String, byte[]> e = entries(zip);
        byte[] doc = e.get("data/tei/" + SAMPLE + ".xml");
        int at = indexOf(doc, "Jilin".getBytes(StandardCharsets.UTF_8));
        doc[at] = 'X';
        Path bad = write(e, dir.resolve("tampered.zip"));
        Result r = pack("--verify", bad.toString());
        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).contains("edition: error: " + bad + " is not a valid bag: a file changed after bagging",
                "data/tei/" + SAMPLE + ".xml");
    }

    @Test
    void aMissingPayloadFileFailsVerificationNamingTheFile() throws IOException {
        Map<String, byte[]> e = entries(zip);
        e.remove("data/metadata/" + SAMPLE + ".dc.xml");
        Result r = pack("--verify", write(e, dir.resolve("missing.zip")).toString());
        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).contains("not a valid bag", "data/metadata/" + SAMPLE + ".dc.xml");
    }

    @Test
    void aFileNoManifestListsFailsVerification() throws IOException {
        Map<String, byte[]> e = entries(zip);
        e.put("data/tei/extra.xml", "<x/>".getBytes(StandardCharsets.UTF_8));
        Result r = pack("--verify", write(e, dir.resolve("extra.zip")).toString());
        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).contains("data/tei/extra.xml");
    }

    @Test
    void aZipThatIsNoBagAndAFileThatIsNoZipAreReported() throws IOException {
        Map<String, byte[]> e = entries(zip);
        e.remove("bagit.txt");
        Path noBag = write(e, dir.resolve("nobag.zip"));
        Result r = pack("--verify", noBag.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains(noBag + " is not a BagIt bag: it has no bagit.txt at its top level");

        Path text = Files.writeString(dir.resolve("text.zip"), "not a zip at all\n");
        r = pack("--verify", text.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains(text + " is not a readable zip archive");

        r = pack("--verify", dir.resolve("absent.zip").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("no such file: " + dir.resolve("absent.zip"));
    }

    @Test
    void anEntryThatWouldLeaveTheFolderIsRefused() throws IOException {
        Map<String, byte[]> e = entries(zip);
        e.put("../../escaped.txt", "x".getBytes(StandardCharsets.UTF_8));
        Path evil = write(e, dir.resolve("deep").resolve("er").resolve("slip.zip"));
        Result r = pack("--verify", evil.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("the entry '../../escaped.txt' would be written outside the folder");
        assertThat(dir.resolve("escaped.txt")).doesNotExist();
        assertThat(Path.of(System.getProperty("java.io.tmpdir")).getParent().resolve("escaped.txt")).doesNotExist();
    }

    @Test
    void everyTeiFileInTheBagIsValidAgainstTeiAll() throws IOException {
        SchemaValidator teiAll = TeiAll.schema();
        Path root = unzip(zip);
        try (Stream<Path> files = Files.list(root.resolve("data").resolve("tei"))) {
            List<Path> all = files.sorted().toList();
            assertThat(all).hasSize(2);
            for (Path f : all) {
                assertThat(teiAll.validate(f)).as(f.toString()).isEmpty();
            }
        }
        // and the command checks it too, when asked, and says so in the report
        Path withTeiAll = dir.resolve("tei-all.zip");
        Result r = pack("-o", withTeiAll.toString(), "--tei", tei.toString(), "--schema", TeiAll.location().toString());
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("valid against edition.rnc and tei_all.rng");
        assertThat(new String(entries(withTeiAll).get("data/validation-report.txt"), StandardCharsets.UTF_8))
                .contains("tei_all.rng (SHA-256 ");
        r = pack("--verify", withTeiAll.toString(), "--schema", TeiAll.location().toString());
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("TEI valid: 2 file(s) against edition.rnc and tei_all.rng");
    }

    @Test
    void theDublinCoreRecordCarriesTheSamplesTitleDateAndLicence() throws Exception {
        Element dc = dublinCore(entries(zip).get("data/metadata/" + SAMPLE + ".dc.xml"));
        XPaths header = XPaths.of(Files.readString(tei.resolve(SAMPLE + ".xml")));
        assertThat(values(dc, "title")).containsExactly("Telegram from the Ministry of Foreign Affairs and the "
                + "Ministry of Public Security on the Issue of Ethnic Koreans Crossing the Border to Korea");
        assertThat(values(dc, "date")).containsExactly("1962-03-24");
        // the sample records no licence: the record says what its header says instead
        assertThat(values(dc, "rights")).containsExactly(header.string("normalize-space(//publicationStmt/availability/p)"));
        assertThat(values(dc, "rights").get(0)).startsWith("No licence is recorded for this document");
        assertThat(values(dc, "creator")).containsExactly("Ministry of Foreign Affairs", "Ministry of Public Security");
        assertThat(values(dc, "contributor")).containsExactly("Jeffrey Wang");
        assertThat(values(dc, "language")).containsExactly("en");
        assertThat(values(dc, "publisher")).containsExactly("Edition (sample build)");
        assertThat(values(dc, "identifier")).containsExactly("doc-" + SAMPLE);
        assertThat(values(dc, "type")).containsExactly("Text", "telegram");
        assertThat(values(dc, "subject")).contains("Border crossings", "Hao Deqing", "Pak Song-chol", "Jilin Province",
                "Yalu River", "Ministry of Public Security of the People's Republic of China");
        assertThat(values(dc, "source").get(0)).contains("Woodrow Wilson International Center for Scholars",
                "https://digitalarchive.wilsoncenter.org/document/");
        assertThat(values(dc, "description")).containsExactly("Telegram of 24 March 1962 from Ministry of Foreign "
                + "Affairs and Ministry of Public Security to Chinese Embassy in North Korea.");
    }

    @Test
    void aRecordedLicenceBecomesTheRecordsRights() throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        for (String name : List.of(SAMPLE + ".txt", SAMPLE + ".meta.yaml", "edition.yaml", "register.xml")) {
            Files.copy(Path.of("seeds", name), seeds.resolve(name));
        }
        Files.writeString(seeds.resolve("edition.yaml"), Files.readString(seeds.resolve("edition.yaml"))
                + "licence: \"https://creativecommons.org/licenses/by/4.0/\"\nlicenceText: \"CC BY 4.0\"\n");
        Path out = dir.resolve("licensed");
        Result convert = Cli.run("convert", seeds.resolve(SAMPLE + ".txt").toString(), "-o", out.toString(),
                "--config", seeds.resolve("edition.yaml").toString(), "--register", seeds.resolve("register.xml").toString());
        assertThat(convert.code()).as(convert.toString()).isZero();
        Files.deleteIfExists(out.resolve("register.xml")); // a package without a register is made, with a warning
        Path licensed = dir.resolve("licensed.zip");
        Result r = pack("-o", licensed.toString(), "--tei", out.toString(), "--config", seeds.resolve("edition.yaml").toString());
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.err()).contains("warning: no register.xml in " + out);
        Element dc = dublinCore(entries(licensed).get("data/metadata/" + SAMPLE + ".dc.xml"));
        assertThat(values(dc, "rights")).containsExactly("CC BY 4.0 https://creativecommons.org/licenses/by/4.0/");
        assertThat(values(dc, "date")).containsExactly("1962-03-24");
    }

    @Test
    void theSameInputGivesTheSameBytes() throws IOException {
        Path again = dir.resolve("again.zip");
        assertThat(pack("-o", again.toString(), "--tei", tei.toString()).code()).isZero();
        assertThat(Files.mismatch(zip, again)).isEqualTo(-1L);
        // a second build of the same seeds, at another time and place, packs to the same bytes as well
        Path rebuilt = dir.resolve("rebuilt");
        assertThat(Cli.run("build", "--seeds", "seeds", "--output", rebuilt.toString()).code()).isZero();
        Path third = dir.resolve("third.zip");
        assertThat(pack("-o", third.toString(), "--tei", rebuilt.resolve("tei").toString()).code()).isZero();
        assertThat(Files.mismatch(zip, third)).isEqualTo(-1L);
        // and writing the same package over itself leaves it alone
        Result r = pack("-o", third.toString(), "--tei", rebuilt.resolve("tei").toString());
        assertThat(r.out()).contains("(unchanged)");
    }

    @Test
    void theBaggingDateIsTheOneGivenAndStampsEveryEntry() throws Exception {
        Path dated = dir.resolve("dated.zip");
        Result r = pack("-o", dated.toString(), "--tei", tei.toString(), "--bagging-date", "2026-11-28");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(new String(entries(dated).get("bag-info.txt"), StandardCharsets.UTF_8)).contains("Bagging-Date: 2026-11-28\n");
        try (ZipFile z = new ZipFile(dated.toFile())) {
            assertThat(z.stream().map(ZipEntry::getTimeLocal).distinct())
                    .containsExactly(java.time.LocalDateTime.of(2026, 11, 28, 0, 0));
        }
    }

    @Test
    void anInvalidTeiFileMeansNoPackage() throws IOException {
        Path input = copyOfTei();
        Path broken = input.resolve(SAMPLE + ".xml");
        Files.writeString(broken, Files.readString(broken).replace("<p>", "<p><bogus/>"));
        Path target = dir.resolve("never.zip");
        Result r = pack("-o", target.toString(), "--tei", input.toString());
        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).contains(broken + ":", "[E030]",
                "edition: error: no package written: 1 file(s) too large or not valid: " + broken);
        assertThat(target).doesNotExist();
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void aFailedRunLeavesAnExistingPackageAsItWas() throws IOException {
        Path target = dir.resolve("kept.zip");
        Files.copy(zip, target);
        Path input = copyOfTei();
        Files.writeString(input.resolve("register.xml"), "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"/>");
        Result r = pack("-o", target.toString(), "--tei", input.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains(input.resolve("register.xml").toString());
        assertThat(Files.mismatch(zip, target)).isEqualTo(-1L);
    }

    @Test
    void aFileOverTenMegabytesMeansNoPackage() throws IOException {
        Path input = copyOfTei();
        Path big = input.resolve(SAMPLE + ".xml");
        byte[] padding = new byte[11 * 1024 * 1024];
        Arrays.fill(padding, (byte) ' ');
        try (OutputStream out = Files.newOutputStream(big, java.nio.file.StandardOpenOption.APPEND)) {
            out.write(padding);
        }
        Path target = dir.resolve("big.zip");
        Result r = pack("-o", target.toString(), "--tei", input.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains(big + ": error: ", "over the 10 MB limit for a file in a package [E004]");
        assertThat(target).doesNotExist();
    }

    @Test
    void aMissingTeiFolderIsAClearError() {
        Path target = dir.resolve("none.zip");
        Result r = pack("-o", target.toString(), "--tei", dir.resolve("no-such-folder").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("edition: error: no TEI folder " + dir.resolve("no-such-folder")
                + " (build the edition first, or name the folder with --tei)" + System.lineSeparator());
        assertThat(target).doesNotExist();
    }

    @Test
    void thePackageToWriteOrToCheckMustBeNamed() {
        assertThat(pack().code()).isEqualTo(2);
        assertThat(pack("-o", "a.zip", "--verify", "b.zip").code()).isEqualTo(2);
        Result r = pack("-o", dir.toString(), "--tei", tei.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(dir + " is a folder; name the zip file to write");
    }

    private Path copyOfTei() throws IOException {
        Path copy = Files.createDirectories(dir.resolve("tei"));
        try (Stream<Path> files = Files.list(tei)) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        return copy;
    }

    private static Element dublinCore(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document d = f.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(xml));
        Element root = d.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(OAI_DC);
        assertThat(root.getLocalName()).isEqualTo("dc");
        return root;
    }

    private static List<String> values(Element dc, String name) {
        List<String> out = new ArrayList<>();
        var nodes = dc.getElementsByTagNameNS(DC, name);
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }

    private static Map<String, byte[]> entries(Path zip) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            for (ZipEntry e : z.stream().toList()) {
                out.put(e.getName(), z.getInputStream(e).readAllBytes());
            }
        }
        return out;
    }

    private static Path write(Map<String, byte[]> entries, Path zip) throws IOException {
        Files.createDirectories(zip.getParent());
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (var e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        return zip;
    }

    private Path unzip(Path zip) throws IOException {
        Path root = Files.createTempDirectory(dir, "bag");
        for (var e : entries(zip).entrySet()) {
            Path p = root.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.write(p, e.getValue());
        }
        return root;
    }
}
