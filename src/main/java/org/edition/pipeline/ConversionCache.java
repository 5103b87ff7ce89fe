package org.edition.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.edition.diag.Diagnostic;
import org.edition.diag.Severity;
import org.edition.internal.Sha256;
import org.edition.names.Contribution;
import org.edition.names.EntityType;
import org.edition.names.Mention;
import org.edition.names.RegisterEntry;
import org.edition.names.RunRegister;

/**
 * What an earlier build converted. For each input, a record in its own file holds a key over
 * everything the TEI is made from (the run's key: Edition's code, the settings and the register;
 * the input's path and bytes; its metadata file), the SHA-256 of the TEI written, the messages of
 * the conversion and what the document added to the run's register. An input whose key and TEI
 * still match is not converted again: its messages are reported and its contribution replayed into
 * the run's register as they were, so the register and the review come out the same. A record that
 * cannot be read or written only costs a conversion. Thread-safe (one file per input).
 */
public final class ConversionCache {
    private final Path dir;
    private final String runKey;
    private final RunRegister run;
    private final AtomicInteger fresh = new AtomicInteger();

    /**
     * @param dir    where the records go (e.g. {@code output/.build/convert})
     * @param runKey what every conversion of the run depends on besides its input (code, settings, register)
     * @param run    the run's register, into which fresh inputs' contributions are replayed
     */
    public ConversionCache(Path dir, String runKey, RunRegister run) {
        this.dir = dir;
        this.runKey = runKey;
        this.run = run;
    }

    /** How many inputs were found up to date and not converted. */
    public int fresh() {
        return fresh.get();
    }

    /** The record of the input whose TEI is {@code target}: named as the TEI, so that stamps' tidying applies. */
    private Path record(Path target) {
        return dir.resolve(target.getFileName());
    }

    private String key(Path input, byte[] bytes) throws IOException {
        MessageDigest sha = Sha256.digest();
        Sha256.part(sha, runKey);
        Sha256.part(sha, input.toString());
        Sha256.part(sha, bytes);
        Path meta = Converter.metadataFileFor(input);
        Sha256.part(sha, Files.isRegularFile(meta) ? "meta" : "no meta");
        if (Files.isRegularFile(meta)) {
            Sha256.part(sha, Files.readAllBytes(meta));
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /**
     * The conversion of an input that is up to date, its contribution replayed into the run's
     * register; null if it must be converted (no record, another key, its TEI gone or changed).
     */
    Conversion replay(Path input, byte[] bytes, Path target) {
        try {
            Path record = record(target);
            if (!Files.isRegularFile(record) || !Files.isRegularFile(target)) {
                return null;
            }
            List<String> lines = Files.readAllLines(record, StandardCharsets.UTF_8);
            if (lines.size() < 3 || !lines.get(0).equals(key(input, bytes))
                    || !lines.get(1).equals("T\t" + Sha256.hex(Files.readAllBytes(target)))) {
                return null;
            }
            String[] counts = lines.get(2).split("\t");
            List<Diagnostic> diagnostics = new ArrayList<>();
            List<RegisterEntry> added = new ArrayList<>();
            List<Mention> mentions = new ArrayList<>();
            Map<String, Integer> counted = new TreeMap<>();
            for (String line : lines.subList(3, lines.size())) {
                String[] f = line.split("\t", -1);
                for (int i = 1; i < f.length; i++) {
                    f[i] = unescape(f[i]);
                }
                switch (f[0]) {
                    case "D" -> diagnostics.add(new Diagnostic(input.toString(), Integer.parseInt(f[1]),
                            Integer.parseInt(f[2]), Severity.valueOf(f[3]), f[5], f[4]));
                    case "A" -> added.add(new RegisterEntry(f[1], EntityType.valueOf(f[2]),
                            List.of(java.util.Arrays.copyOfRange(f, 3, f.length)), null));
                    case "M" -> mentions.add(new Mention(f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3]), f[4], f[5]));
                    case "C" -> counted.put(f[1], Integer.parseInt(f[2]));
                    default -> {
                        return null; // written by another version: convert again
                    }
                }
            }
            run.replay(new Contribution(added, mentions, counted));
            fresh.incrementAndGet();
            return new Conversion(input, Converter.idFor(input), null, target, false, diagnostics,
                    Integer.parseInt(counts[1]), 0, Integer.parseInt(counts[2]));
        } catch (IOException | RuntimeException e) {
            return null; // an unreadable record: the input is converted again
        }
    }

    /** Keeps the record of a conversion just written to {@code target}; a conversion with errors, or without a contribution, keeps none. */
    void keep(Path input, byte[] bytes, Path target, Conversion c, Contribution contribution) {
        Path record = record(target);
        try {
            if (!c.ok() || contribution == null) {
                Files.deleteIfExists(record);
                return;
            }
            StringBuilder sb = new StringBuilder(key(input, bytes)).append('\n');
            sb.append("T\t").append(Sha256.hex(Files.readAllBytes(target))).append('\n');
            sb.append("S\t").append(c.suppressed()).append('\t').append(c.warnings()).append('\n');
            for (Diagnostic d : c.diagnostics()) {
                line(sb, "D", Integer.toString(d.line()), Integer.toString(d.column()), d.severity().name(), d.code(),
                        d.message());
            }
            for (RegisterEntry e : contribution.added()) {
                List<String> f = new ArrayList<>(List.of(e.id(), e.type().name()));
                f.addAll(e.names());
                line(sb, "A", f.toArray(String[]::new));
            }
            for (Mention m : contribution.mentions()) {
                line(sb, "M", m.file(), Integer.toString(m.line()), Integer.toString(m.column()), m.entryId(), m.surface());
            }
            contribution.counted().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> line(sb, "C", e.getKey(), Integer.toString(e.getValue())));
            OutputFiles.write(record, sb.toString());
        } catch (IOException e) {
            try {
                Files.deleteIfExists(record);
            } catch (IOException ignored) {
                // the key no longer matches the TEI's hash either way: the next build converts it again
            }
        }
    }

    private static void line(StringBuilder sb, String kind, String... fields) {
        sb.append(kind);
        for (String f : fields) {
            sb.append('\t').append(escape(f));
        }
        sb.append('\n');
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                sb.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
