package org.edition.publish;

import gov.loc.repository.bagit.domain.Manifest;
import gov.loc.repository.bagit.domain.Metadata;
import gov.loc.repository.bagit.domain.Version;
import gov.loc.repository.bagit.hash.Hasher;
import gov.loc.repository.bagit.hash.StandardSupportedAlgorithms;
import gov.loc.repository.bagit.hash.SupportedAlgorithm;
import gov.loc.repository.bagit.writer.BagitFileWriter;
import gov.loc.repository.bagit.writer.ManifestWriter;
import gov.loc.repository.bagit.writer.MetadataWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import net.sf.saxon.s9api.XdmNode;
import org.edition.diag.Diagnostic;
import org.edition.diag.Severity;
import org.edition.pipeline.ReproducibleZip;
import org.edition.render.XsltEngine;

/**
 * Writes the archive package of a built edition: a BagIt 1.0 bag, zipped, with
 * <pre>
 *   data/tei/*.xml                 every TEI document and register.xml, byte for byte
 *   data/schema/edition.rnc        the project schema
 *   data/metadata/NAME.dc.xml      a Dublin Core record of each document (xslt/dc/dc.xsl)
 *   data/validation-report.txt     each TEI file, the schemas it was checked against, the result
 * </pre>
 * and SHA-256 and SHA-512 payload and tag manifests. Nothing is written unless every TEI file is
 * valid against every schema and within the size limit; the zip appears atomically. The same input
 * gives the same bytes: entries sorted, one timestamp, and no date but the TEI's own.
 */
public final class ArchivePackage {
    /** No file over this size goes into a package. */
    public static final long MAX_FILE_BYTES = 10L * 1024 * 1024;
    public static final String REGISTER = "register.xml";
    static final List<StandardSupportedAlgorithms> ALGORITHMS =
            List.of(StandardSupportedAlgorithms.SHA256, StandardSupportedAlgorithms.SHA512);
    static final Version BAGIT = new Version(1, 0);

    private final XsltEngine engine;
    private final List<SchemaCheck> schemas;

    /** {@code schemas}: the project schema first, then any the user asked for. */
    public ArchivePackage(XsltEngine engine, List<SchemaCheck> schemas) {
        this.engine = engine;
        this.schemas = List.copyOf(schemas);
    }

    /**
     * What the bag-info.txt says beyond the computed fields; any may be null. {@code baggingDate}
     * (ISO, from the user) wins over the date found in the TEI.
     */
    public record Description(String organization, String edition, LocalDate baggingDate) {
    }

    /** What was written. */
    public record Result(boolean written, int documents, boolean register, int payloadFiles, long payloadBytes,
            String baggingDate) {
    }

    /** Packs every {@code tei/*.xml} into {@code target}; throws {@link PackageException} and writes nothing on a problem. */
    public Result write(Path tei, Path target, Description description) throws IOException {
        List<Path> files = teiFiles(tei);
        validate(files);
        Path stage = Files.createTempDirectory("edition-package");
        try {
            Path data = Files.createDirectories(stage.resolve("data"));
            Path teiOut = Files.createDirectories(data.resolve("tei"));
            Path meta = Files.createDirectories(data.resolve("metadata"));
            Files.write(Files.createDirectories(data.resolve("schema")).resolve("edition.rnc"), SchemaCheck.projectSchema());
            Set<String> dates = new TreeSet<>();
            Set<String> publishers = new TreeSet<>();
            int documents = 0;
            for (Path f : files) {
                Files.copy(f, teiOut.resolve(f.getFileName()));
                if (isRegister(f)) {
                    continue;
                }
                XdmNode doc = engine.parse(f);
                String name = f.getFileName().toString().replaceFirst("\\.xml$", "");
                Files.writeString(meta.resolve(name + ".dc.xml"), engine.render(XsltEngine.DC, doc, Map.of()).text(),
                        StandardCharsets.UTF_8);
                addIfPresent(dates, engine.xpath(doc, "max(/tei:TEI/tei:teiHeader/tei:revisionDesc//tei:change/@when"
                        + " ! substring(., 1, 10))"));
                addIfPresent(publishers, engine.xpath(doc, "/tei:TEI/tei:teiHeader/tei:fileDesc/tei:publicationStmt/tei:publisher"));
                documents++;
            }
            Files.writeString(data.resolve("validation-report.txt"), report(files), StandardCharsets.UTF_8);
            String date = description.baggingDate() != null ? description.baggingDate().toString() : baggingDate(dates);
            String organization = description.organization() != null ? description.organization()
                    : publishers.size() == 1 ? publishers.iterator().next() : null;
            long[] oxum = bag(stage, bagInfo(organization, description.edition(), documents, date));
            LocalDateTime stamp = date != null ? LocalDate.parse(date).atStartOfDay() : ReproducibleZip.DEFAULT_TIME;
            boolean written = ReproducibleZip.write(target, ReproducibleZip.filesUnder(stage), stamp);
            return new Result(written, documents, files.stream().anyMatch(ArchivePackage::isRegister), (int) oxum[1],
                    oxum[0], date);
        } finally {
            BagZip.delete(stage);
        }
    }

    /** The TEI files of a folder, sorted by name; none is an error. */
    static List<Path> teiFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new PackageException("no TEI folder " + dir + " (build the edition first, or name the folder with --tei)");
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".xml") && !p.getFileName().toString().startsWith("."))
                    .filter(Files::isRegularFile).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new PackageException("no .xml files in " + dir + " (build the edition first, or name the folder with --tei)");
        }
        return files;
    }

    static boolean isRegister(Path f) {
        return f.getFileName().toString().equals(REGISTER);
    }

    /** Every file within the size limit and valid against every schema, or nothing is packed. */
    private void validate(List<Path> files) throws IOException {
        List<Diagnostic> problems = new ArrayList<>();
        List<Path> invalid = new ArrayList<>();
        for (Path f : files) {
            long size = Files.size(f);
            if (size > MAX_FILE_BYTES) {
                problems.add(new Diagnostic(f.toString(), 0, 0, Severity.ERROR, String.format(Locale.ROOT,
                        "%,d bytes: over the %d MB limit for a file in a package", size, MAX_FILE_BYTES >> 20), "E004"));
                invalid.add(f);
            }
        }
        List<List<Diagnostic>> found = files.parallelStream()
                .map(f -> invalid.contains(f) ? List.<Diagnostic>of() : check(f)).toList();
        for (int i = 0; i < files.size(); i++) {
            if (!found.get(i).isEmpty()) {
                problems.addAll(found.get(i));
                invalid.add(files.get(i));
            }
        }
        if (!invalid.isEmpty()) {
            throw new PackageException("no package written: " + invalid.size() + " file(s) too large or not valid: "
                    + String.join(", ", invalid.stream().sorted().map(Path::toString).toList()), problems);
        }
    }

    /** A file's problems against every schema (read as UTF-8 so that positions refer to the file as named). */
    List<Diagnostic> check(Path f) {
        String xml;
        try {
            xml = Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return List.of(new Diagnostic(f.toString(), 0, 0, Severity.ERROR, "cannot read: " + e.getMessage(), "E005"));
        }
        List<Diagnostic> out = new ArrayList<>();
        for (SchemaCheck s : schemas) {
            out.addAll(s.validator().validate(xml, f.toString()));
        }
        return out;
    }

    private String report(List<Path> files) {
        StringBuilder sb = new StringBuilder("Validation report of the TEI files in this bag\n\nSchemas:\n");
        for (SchemaCheck s : schemas) {
            sb.append("  ").append(s.label()).append('\n');
        }
        sb.append("\nFiles (every file was checked against every schema above):\n");
        for (Path f : files) {
            sb.append("  valid  data/tei/").append(f.getFileName()).append('\n');
        }
        sb.append(String.format(Locale.ROOT, "%n%d file(s), %d valid, 0 invalid.%n", files.size(), files.size()));
        return sb.toString();
    }

    /** The newest revision date of the TEI; else the reproducible-builds convention; else none. */
    private static String baggingDate(Set<String> dates) {
        for (String d : dates.stream().sorted(Comparator.reverseOrder()).toList()) {
            try {
                return LocalDate.parse(d).toString();
            } catch (DateTimeParseException e) {
                // a year or a month alone says too little for a bagging date
            }
        }
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.matches("\\d{1,12}")) {
            return java.time.Instant.ofEpochSecond(Long.parseLong(epoch)).atZone(java.time.ZoneOffset.UTC).toLocalDate()
                    .toString();
        }
        return null;
    }

    private static Metadata bagInfo(String organization, String edition, int documents, String date) {
        Metadata m = new Metadata();
        if (organization != null) {
            m.add("Source-Organization", oneLine(organization));
        }
        m.add("External-Description", oneLine((edition != null ? edition + ". " : "") + "TEI P5 edition of " + documents
                + " document(s) with the register of persons, places and organizations, the project schema "
                + "(edition.rnc), a Dublin Core record of each document and a validation report."));
        if (date != null) {
            m.add("Bagging-Date", date);
        }
        m.add("Bag-Software-Agent", "Edition " + org.edition.Version.NUMBER + " (BagIt via gov.loc bagit-java)");
        return m;
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    /** Writes bagit.txt, the payload manifests, bag-info.txt and the tag manifests; returns {bytes, files}. */
    private static long[] bag(Path root, Metadata info) throws IOException {
        List<Path> payload;
        try (Stream<Path> walk = Files.walk(root.resolve("data"))) {
            payload = walk.filter(Files::isRegularFile).sorted().toList();
        }
        long bytes = 0;
        for (Path p : payload) {
            bytes += Files.size(p);
        }
        info.add("Bag-Size", size(bytes));
        info.add("Payload-Oxum", bytes + "." + payload.size());
        BagitFileWriter.writeBagitFile(BAGIT, StandardCharsets.UTF_8, root);
        ManifestWriter.writePayloadManifests(manifests(payload), root, root, StandardCharsets.UTF_8);
        MetadataWriter.writeBagMetadata(info, BAGIT, root, StandardCharsets.UTF_8);
        List<Path> tags;
        try (Stream<Path> list = Files.list(root)) {
            tags = list.filter(Files::isRegularFile).sorted().toList();
        }
        ManifestWriter.writeTagManifests(manifests(tags), root, root, StandardCharsets.UTF_8);
        return new long[] {bytes, payload.size()};
    }

    /** One manifest per algorithm, its lines in path order. */
    private static Set<Manifest> manifests(List<Path> files) throws IOException {
        Set<Manifest> out = new LinkedHashSet<>();
        for (SupportedAlgorithm a : ALGORITHMS) {
            Map<Path, String> sums = new TreeMap<>();
            try {
                for (Path f : files) {
                    sums.put(f, Hasher.hash(f, MessageDigest.getInstance(a.getMessageDigestName())));
                }
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(a.getMessageDigestName() + " is not available in this Java", e);
            }
            Manifest m = new Manifest(a);
            m.setFileToChecksumMap(sums);
            out.add(m);
        }
        return out;
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double v = bytes;
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
    }

    private static void addIfPresent(Set<String> into, String value) {
        if (value != null && !value.isBlank()) {
            into.add(value.strip());
        }
    }
}
