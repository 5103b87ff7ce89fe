package org.edition.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.edition.meta.Metadata;
import org.edition.publish.ArchivePackage;
import org.edition.publish.PackageException;
import org.edition.publish.PackageVerifier;
import org.edition.publish.SchemaCheck;
import org.edition.render.XsltEngine;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code edition package}: the archive package (a zipped BagIt bag) of the built edition, and its check. */
@Command(name = "package", mixinStandardHelpOptions = true,
        description = {"Write the archive package of the built edition: a zipped BagIt 1.0 bag with every TEI file "
                + "(data/tei/), the project schema (data/schema/), a Dublin Core record per document (data/metadata/) "
                + "and a validation report, with SHA-256 and SHA-512 manifests.",
                "Nothing is written unless every TEI file is valid. With --verify, check a package instead."})
final class PackageCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "<file.zip>", description = "the package to write")
    Path output;

    @Option(names = "--verify", paramLabel = "<file.zip>",
            description = "verify a package: the bag (completeness, checksums) and the validity of its TEI")
    Path verify;

    @Option(names = "--tei", paramLabel = "<dir>", defaultValue = "output/tei",
            description = "the built TEI, with register.xml (default: ${DEFAULT-VALUE})")
    Path tei;

    @Option(names = "--schema", paramLabel = "<file.rng|file.rnc>",
            description = "also validate against this RELAX NG schema, e.g. tei_all.rng (the project schema always applies)")
    Path schemaFile;

    @Option(names = "--config", paramLabel = "<edition.yaml>",
            description = "edition configuration, for the bag's Source-Organization and description "
                    + "(default: seeds/edition.yaml where it exists)")
    Path config;

    @Option(names = "--bagging-date", paramLabel = "<YYYY-MM-DD>",
            description = "the bag's Bagging-Date (default: the newest revision date in the TEI, else "
                    + "$SOURCE_DATE_EPOCH, else none: never the clock, so that the same input gives the same zip)")
    LocalDate baggingDate;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if ((output == null) == (verify == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "name the package to write with -o <file.zip>, or one to check with --verify <file.zip>");
        }
        List<SchemaCheck> schemas = new ArrayList<>();
        schemas.add(SchemaCheck.project());
        if (schemaFile != null) {
            schemas.add(SchemaCheck.of(schemaFile, Setup.schema(schemaFile)));
        }
        if (output != null && Files.isDirectory(output)) {
            throw new UserException(output + " is a folder; name the zip file to write", EditionCli.USAGE);
        }
        try {
            return verify != null ? verify(schemas, out) : write(schemas, out, err);
        } catch (PackageException e) {
            Setup.print(e.details(), err);
            throw new UserException(e.getMessage(), EditionCli.FAILED);
        } catch (IOException e) {
            throw new UserException("cannot " + (verify != null ? "read " + verify : "write " + output) + ": " + e,
                    EditionCli.FAILED);
        }
    }

    private int write(List<SchemaCheck> schemas, PrintWriter out, PrintWriter err) throws IOException {
        Path configFile = config != null ? config : Path.of("seeds", "edition.yaml");
        if (config != null && !Files.isRegularFile(config)) {
            throw new UserException("no configuration file " + config, EditionCli.FAILED);
        }
        Metadata m = Setup.config(Files.isRegularFile(configFile) ? configFile : null, err);
        if (Files.isDirectory(tei) && !Files.isRegularFile(tei.resolve(ArchivePackage.REGISTER))) {
            err.println("edition: warning: no " + ArchivePackage.REGISTER + " in " + tei + "; the package has no register");
        }
        ArchivePackage.Result r = new ArchivePackage(new XsltEngine(), schemas)
                .write(tei, output, new ArchivePackage.Description(m.publisher(), m.edition(), baggingDate));
        out.printf(Locale.ROOT, "package: %d document(s)%s, valid against %s -> %s (%s)%n", r.documents(),
                r.register() ? " and the register" : "", names(schemas), output, r.written() ? "written" : "unchanged");
        out.printf(Locale.ROOT, "bag: BagIt 1.0, %d payload file(s), %,d bytes, SHA-256 and SHA-512 manifests, "
                + "Bagging-Date %s%n", r.payloadFiles(), r.payloadBytes(),
                r.baggingDate() != null ? r.baggingDate() : "omitted (no dated revision in the TEI)");
        return EditionCli.OK;
    }

    private int verify(List<SchemaCheck> schemas, PrintWriter out) throws IOException {
        PackageVerifier.Summary s = new PackageVerifier(schemas).verify(verify);
        out.printf(Locale.ROOT, "bag valid: %s, BagIt %s, %d payload file(s), every checksum matches (%s)%n", verify,
                s.version(), s.payloadFiles(), String.join(", ", s.algorithms()));
        out.printf(Locale.ROOT, "TEI valid: %d file(s) against %s%n", s.teiFiles(), names(schemas));
        return EditionCli.OK;
    }

    private static String names(List<SchemaCheck> schemas) {
        return String.join(" and ", schemas.stream().map(s -> s.label().replaceFirst(" \\(.*", "")).toList());
    }
}
