package org.edition.publish;

import gov.loc.repository.bagit.domain.Bag;
import gov.loc.repository.bagit.domain.Manifest;
import gov.loc.repository.bagit.exceptions.CorruptChecksumException;
import gov.loc.repository.bagit.reader.BagReader;
import gov.loc.repository.bagit.verify.BagVerifier;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.edition.diag.Diagnostic;

/**
 * Checks an archive package: unpacks it safely into a temporary folder, verifies the bag with the
 * BagIt library (every file present and listed, every checksum right, the Payload-Oxum), then
 * validates its TEI again against the schemas given. Problems name the file inside the bag.
 */
public final class PackageVerifier {
    private final List<SchemaCheck> schemas;

    public PackageVerifier(List<SchemaCheck> schemas) {
        this.schemas = List.copyOf(schemas);
    }

    /** A verified package: its BagIt version, payload and algorithms, and the TEI files checked. */
    public record Summary(String version, int payloadFiles, List<String> algorithms, int teiFiles, List<String> schemas) {
    }

    /** Verifies {@code zip}; a problem is a {@link PackageException} naming what is wrong. */
    public Summary verify(Path zip) throws IOException {
        if (!Files.isRegularFile(zip)) {
            throw new PackageException("no such file: " + zip);
        }
        Path dir = Files.createTempDirectory("edition-verify");
        try {
            BagZip.unzip(zip, dir);
            Path root = bagRoot(dir, zip);
            Bag bag = read(root, zip);
            try (BagVerifier verifier = new BagVerifier()) {
                verifier.isValid(bag, false);
                if (BagVerifier.canQuickVerify(bag)) {
                    BagVerifier.quicklyVerify(bag);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PackageException("verification of " + zip + " was interrupted");
            } catch (CorruptChecksumException e) {
                throw new PackageException(zip + " is not a valid bag: a file changed after bagging: " + inBag(e, root));
            } catch (Exception e) {
                throw new PackageException(zip + " is not a valid bag: " + inBag(e, root));
            }
            List<Path> tei = teiFiles(root, zip);
            List<Diagnostic> problems = new ArrayList<>();
            for (Path f : tei) {
                String xml = Files.readString(f, StandardCharsets.UTF_8);
                String name = root.relativize(f).toString().replace('\\', '/');
                for (SchemaCheck s : schemas) {
                    problems.addAll(s.validator().validate(xml, name));
                }
            }
            if (!problems.isEmpty()) {
                throw new PackageException(zip + ": the bag is complete, but its TEI is not valid: "
                        + String.join(", ", problems.stream().map(Diagnostic::file).distinct().toList()), problems);
            }
            long payload;
            try (Stream<Path> walk = Files.walk(root.resolve("data"))) {
                payload = walk.filter(Files::isRegularFile).count();
            }
            return new Summary(bag.getVersion().toString(), (int) payload,
                    bag.getPayLoadManifests().stream().map(Manifest::getAlgorithm).map(a -> a.getBagitName()).sorted().toList(),
                    tei.size(), schemas.stream().map(SchemaCheck::label).toList());
        } finally {
            BagZip.delete(dir);
        }
    }

    /** The bag is the archive's top level, or its only folder. */
    private static Path bagRoot(Path dir, Path zip) throws IOException {
        if (Files.isRegularFile(dir.resolve("bagit.txt"))) {
            return dir;
        }
        List<Path> top;
        try (Stream<Path> list = Files.list(dir)) {
            top = list.toList();
        }
        if (top.size() == 1 && Files.isRegularFile(top.get(0).resolve("bagit.txt"))) {
            return top.get(0);
        }
        throw new PackageException(zip + " is not a BagIt bag: it has no bagit.txt at its top level");
    }

    private static Bag read(Path root, Path zip) {
        try {
            return new BagReader().read(root);
        } catch (Exception e) {
            throw new PackageException(zip + " is not a readable bag: " + inBag(e, root));
        }
    }

    private static List<Path> teiFiles(Path root, Path zip) throws IOException {
        Path dir = root.resolve("data").resolve("tei");
        if (!Files.isDirectory(dir)) {
            throw new PackageException(zip + " is a bag, but not an Edition package: it has no data/tei/");
        }
        try (Stream<Path> list = Files.list(dir)) {
            List<Path> files = list.filter(p -> p.getFileName().toString().endsWith(".xml")).sorted().toList();
            if (files.isEmpty()) {
                throw new PackageException(zip + " is a bag, but not an Edition package: data/tei/ has no TEI");
            }
            return files;
        }
    }

    /** The library's message with the temporary folder taken out, so that it names files inside the bag. */
    private static String inBag(Exception e, Path root) {
        String m = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        String prefix = root.toAbsolutePath().toString();
        return m.replace(prefix + root.getFileSystem().getSeparator(), "").replace(prefix, "the bag");
    }
}
