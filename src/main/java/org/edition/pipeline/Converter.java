package org.edition.pipeline;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.edition.Version;
import org.edition.diag.Diagnostic;
import org.edition.diag.Diagnostics;
import org.edition.diag.InputException;
import org.edition.encode.Recognizers;
import org.edition.encode.SourceDecoder;
import org.edition.encode.SourceText;
import org.edition.encode.TeiDocument;
import org.edition.encode.TeiDocumentBuilder;
import org.edition.internal.DeepStack;
import org.edition.internal.Sha256;
import org.edition.meta.Metadata;
import org.edition.meta.MetadataLoader;
import org.edition.validate.SchemaValidator;

/**
 * The library entry point: converts a plain-text translation into TEI and checks the result
 * against the project schema, either in memory or into a file (streamed: memory stays bounded for
 * long inputs; the file appears complete or not at all). Holds only things compiled once per run
 * (recognizers, schema), so one instance serves all documents and threads.
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
        this(recognizers, schema, defaults, lenient, null);
    }

    private Converter(Recognizers recognizers, SchemaValidator schema, Metadata defaults, boolean lenient,
            ConversionCache cache) {
        this.recognizers = recognizers;
        this.schema = schema;
        this.defaults = defaults;
        this.lenient = lenient;
        this.cache = cache;
    }

    /** Where {@link #convertToFile} finds what an earlier build converted, and keeps what it converts. */
    private final ConversionCache cache;

    /**
     * This converter, with {@link #convertToFile} skipping an input that {@code cache} finds up to
     * date with its TEI (its messages and its share of the run's register replayed instead).
     */
    public Converter withCache(ConversionCache cache) {
        return new Converter(recognizers, schema, defaults, lenient, cache);
    }

    public static Converter standard() {
        return new Converter(Recognizers.standard(), SchemaValidator.project(), Metadata.EMPTY, false);
    }

    /** Converts a file in memory; its metadata comes from {@code <name>.meta.yaml} beside it, if present. */
    public Conversion convert(Path input) {
        Diagnostics diagnostics = new Diagnostics(input.toString());
        byte[] bytes = read(input, diagnostics);
        if (bytes == null) {
            return result(input, null, null, false, diagnostics);
        }
        return convert(input, bytes, new MetadataLoader().load(metadataFileFor(input), diagnostics), diagnostics);
    }

    /** Converts bytes in memory; {@code input} names them in ids and messages. */
    public Conversion convert(Path input, byte[] bytes, Metadata meta, Diagnostics diagnostics) {
        return DeepStack.call(() -> {
            TeiDocument doc = build(input, bytes, meta, diagnostics);
            if (doc == null) {
                return result(input, null, null, false, diagnostics);
            }
            StringBuilderWriter out = new StringBuilderWriter();
            write(doc, out, input, diagnostics);
            return result(input, diagnostics.hasErrors() ? null : out.toString(), null, false, diagnostics);
        });
    }

    /**
     * Converts a file into {@code target}: written to a temporary file beside it, validated there,
     * then moved into place only if there was no error and the content changed. A failed
     * conversion leaves an existing target untouched.
     */
    public Conversion convertToFile(Path input, Path target) {
        Diagnostics diagnostics = new Diagnostics(input.toString());
        byte[] bytes = read(input, diagnostics);
        if (bytes == null) {
            return result(input, null, null, false, diagnostics);
        }
        if (cache != null) {
            Conversion fresh = cache.replay(input, bytes, target);
            if (fresh != null) {
                return fresh;
            }
        }
        Metadata meta = new MetadataLoader().load(metadataFileFor(input), diagnostics);
        return DeepStack.call(() -> {
            TeiDocument doc = build(input, bytes, meta, diagnostics);
            if (doc == null) {
                return result(input, null, null, false, diagnostics);
            }
            Path dir = target.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
            try {
                try (Writer w = new BufferedWriter(Files.newBufferedWriter(tmp, StandardCharsets.UTF_8), 1 << 16)) {
                    write(doc, w, input, diagnostics);
                }
                if (diagnostics.hasErrors()) {
                    return result(input, null, null, false, diagnostics);
                }
                boolean changed = OutputFiles.replace(tmp, target);
                Conversion done = result(input, null, target, changed, diagnostics);
                if (cache != null) {
                    cache.keep(input, bytes, target, done, doc.contribution());
                }
                return done;
            } finally {
                Files.deleteIfExists(tmp);
            }
        });
    }

    /** Writes the document and validates the same events against the project schema on the way. */
    private void write(TeiDocument doc, Writer out, Path input, Diagnostics diagnostics) throws IOException {
        if (schema == null) {
            doc.writeTo(out);
            return;
        }
        SchemaValidator.Session session = schema.session(outputNameFor(input));
        doc.writeTo(out, session.handler());
        if (!diagnostics.hasErrors()) {
            report(input, session.problems(), diagnostics);
        }
    }

    private TeiDocument build(Path input, byte[] bytes, Metadata meta, Diagnostics diagnostics) {
        SourceText source;
        try {
            source = new SourceDecoder().decode(input.toString(), bytes, diagnostics);
        } catch (InputException e) {
            Diagnostic d = e.diagnostic();
            diagnostics.error(new org.edition.diag.SourcePosition(d.line(), d.column()), d.code(), d.message());
            return null;
        }
        return new TeiDocumentBuilder(recognizers).build(source, meta.over(defaults), idFor(input), Sha256.hex(bytes),
                lenient, diagnostics, Version.NUMBER);
    }

    private static byte[] read(Path input, Diagnostics diagnostics) {
        try {
            if (Files.size(input) > SourceDecoder.MAX_BYTES) {
                diagnostics.error(null, "E004", "file is " + Files.size(input) + " bytes, more than the limit of "
                        + SourceDecoder.MAX_BYTES + "; split it into one file per document");
                return null;
            }
            return Files.readAllBytes(input);
        } catch (NoSuchFileException e) {
            diagnostics.error(null, "E005", "no such file");
        } catch (IOException e) {
            diagnostics.error(null, "E005", "cannot read file: " + e.getMessage());
        }
        return null;
    }

    /** Edition wrote something its own schema rejects: a bug, reported as one. */
    private static void report(Path input, List<Diagnostic> invalid, Diagnostics diagnostics) {
        for (Diagnostic d : invalid) {
            diagnostics.error(null, "E900", "internal error, please report: the TEI written for this input is "
                    + d.message());
        }
    }

    private static Conversion result(Path input, String tei, Path output, boolean changed, Diagnostics d) {
        List<Diagnostic> sorted = new ArrayList<>(d.all());
        sorted.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
        return new Conversion(input, idFor(input), tei, output, changed, sorted, d.suppressed(), d.errorCount(),
                d.warningCount());
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
}
