package org.edition.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.edition.Version;
import org.edition.diag.Diagnostic;
import org.edition.diag.Diagnostics;
import org.edition.diag.InputException;
import org.edition.diag.Severity;
import org.edition.encode.Recognizers;
import org.edition.encode.SourceDecoder;
import org.edition.encode.SourceText;
import org.edition.encode.TeiDocumentBuilder;
import org.edition.encode.TeiWriter;
import org.edition.meta.Metadata;
import org.edition.meta.MetadataLoader;
import org.edition.validate.SchemaValidator;
import org.jdom2.Document;

/**
 * The library entry point: converts a plain-text translation into TEI and checks the result
 * against the project schema. Holds only things compiled once per run (recognizers, schema), so
 * one instance serves all documents and threads.
 */
public final class Converter {
    private final Recognizers recognizers;
    private final SchemaValidator schema;
    private final Metadata defaults;
    private final boolean lenient;

    /**
     * @param schema   checks every document written; null to skip (only for measuring the cost)
     * @param defaults edition-wide metadata, under each document's own
     * @param lenient  unmatched or empty brackets are warnings (kept as text) rather than errors
     */
    public Converter(Recognizers recognizers, SchemaValidator schema, Metadata defaults, boolean lenient) {
        this.recognizers = recognizers;
        this.schema = schema;
        this.defaults = defaults;
        this.lenient = lenient;
    }

    public static Converter standard() {
        return new Converter(Recognizers.standard(), SchemaValidator.project(), Metadata.EMPTY, false);
    }

    /** Converts a file; its metadata is read from {@code <name>.meta.yaml} beside it, if present. */
    public Conversion convert(Path input) {
        Diagnostics diagnostics = new Diagnostics(input.toString());
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(input);
        } catch (NoSuchFileException e) {
            return failed(input, new Diagnostic(input.toString(), 0, 0, Severity.ERROR, "no such file", "E005"));
        } catch (IOException e) {
            return failed(input, new Diagnostic(input.toString(), 0, 0, Severity.ERROR,
                    "cannot read file: " + e.getMessage(), "E005"));
        } catch (OutOfMemoryError e) {
            return failed(input, new Diagnostic(input.toString(), 0, 0, Severity.ERROR,
                    "file too large to read into memory", "E004"));
        }
        Metadata meta = new MetadataLoader().load(metadataFileFor(input), diagnostics);
        return convert(input, bytes, meta, diagnostics);
    }

    /** Converts bytes that came from {@code input} (used for naming and messages only). */
    public Conversion convert(Path input, byte[] bytes, Metadata meta, Diagnostics diagnostics) {
        String id = idFor(input);
        SourceText source;
        try {
            source = new SourceDecoder().decode(input.toString(), bytes, diagnostics);
        } catch (InputException e) {
            List<Diagnostic> all = new ArrayList<>(diagnostics.all());
            all.add(e.diagnostic());
            return new Conversion(input, id, null, all, diagnostics.suppressed());
        }
        Document doc = new TeiDocumentBuilder(recognizers).build(source, meta.over(defaults), id, sha256(bytes),
                lenient, diagnostics, Version.NUMBER);
        if (diagnostics.hasErrors()) {
            return new Conversion(input, id, null, sorted(diagnostics.all()), diagnostics.suppressed());
        }
        String tei = new TeiWriter().write(doc);
        List<Diagnostic> all = new ArrayList<>(diagnostics.all());
        if (schema != null) {
            List<Diagnostic> invalid = schema.validate(tei, outputNameFor(input));
            if (!invalid.isEmpty()) {
                // the input was fine but Edition wrote something its own schema rejects: a bug, said as such
                for (Diagnostic d : invalid) {
                    all.add(new Diagnostic(input.toString(), 0, 0, Severity.ERROR, "internal error, please report: "
                            + "the TEI written for this input is " + d.message() + " (at " + d.line() + ":"
                            + d.column() + " of the output)", "E900"));
                }
                return new Conversion(input, id, null, all, diagnostics.suppressed());
            }
        }
        return new Conversion(input, id, tei, sorted(all), diagnostics.suppressed());
    }

    private static Conversion failed(Path input, Diagnostic d) {
        return new Conversion(input, idFor(input), null, List.of(d), 0);
    }

    private static List<Diagnostic> sorted(List<Diagnostic> ds) {
        List<Diagnostic> out = new ArrayList<>(ds);
        out.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
        return out;
    }

    public static Path metadataFileFor(Path input) {
        return input.resolveSibling(baseName(input) + ".meta.yaml");
    }

    public static String outputNameFor(Path input) {
        return baseName(input) + ".xml";
    }

    /** An xml:id from the file name: "doc-" keeps it a valid NCName whatever the name starts with. */
    public static String idFor(Path input) {
        return "doc-" + baseName(input).replaceAll("[^A-Za-z0-9._-]", "-");
    }

    static String baseName(Path input) {
        String name = input.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

}
