package org.edition.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.edition.internal.Sha256;
import org.edition.pipeline.OutputFiles;

/**
 * What a build already made from which input: for each output of a step, a small stamp file
 * holding the SHA-256 of everything the output was made from (the input's bytes, the parameters,
 * and the code that makes it: {@link #code()}). A step whose stamp still matches, and whose files
 * are all there, is skipped without reading its input; any change of input, parameters or code
 * (stylesheets included) gives another key, and the output is made again. Deterministic: the
 * key depends on bytes alone, never on times. Stamps live in {@code <output>/.build/}, outside
 * the published folders. Thread-safe (each output has its own stamp file).
 */
public final class Stamps {
    private static volatile String code;

    private final Path dir;
    private final java.util.concurrent.atomic.AtomicInteger skipped = new java.util.concurrent.atomic.AtomicInteger();

    /** Stamps of one step (e.g. {@code output/.build/html}), one file per input, named after it. */
    public Stamps(Path dir) {
        this.dir = dir;
    }

    /** The folder of this step's stamps. */
    public Path dir() {
        return dir;
    }

    /** A key over the code, the given parts (parameters, neighbours ...) and the bytes of the given files, in order. */
    public static String key(java.util.Collection<String> parts, java.util.Collection<Path> files) throws IOException {
        MessageDigest sha = Sha256.digest();
        Sha256.part(sha, code());
        for (String p : parts) {
            Sha256.part(sha, p == null ? "\u0000null" : p);
        }
        for (Path f : files) {
            Sha256.part(sha, f.getFileName().toString());
            sha.update(Files.readAllBytes(f));
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /**
     * Runs {@code job} on {@code tei} unless its stamp says that {@code outputs} were made from the
     * same TEI, {@code parts} and code; then it reports them unchanged, with the stylesheets' messages
     * of the run that made them (kept in the stamp), without reading the TEI at all.
     */
    public Renderer.Result unlessFresh(Path tei, List<Path> outputs, List<String> parts, RenderBatch.Job job)
            throws Exception {
        String name = tei.getFileName().toString();
        String key = key(parts, List.of(tei));
        Path stamp = dir.resolve(name);
        if (outputs.stream().allMatch(Files::isRegularFile)) {
            List<String> messages = recorded(stamp, key);
            if (messages != null) {
                skipped.incrementAndGet();
                return new Renderer.Result(tei, List.of(), outputs, messages);
            }
        }
        Renderer.Result r = job.run(tei);
        record(stamp, key, r.messages());
        return r;
    }

    /**
     * The lines recorded after {@code key} in {@code stamp} (what the outputs were, the messages of
     * the run that made them), or null if the stamp is missing or holds another key.
     */
    public static List<String> recorded(Path stamp, String key) throws IOException {
        if (!Files.isRegularFile(stamp)) {
            return null;
        }
        List<String> lines = Files.readAllLines(stamp, StandardCharsets.UTF_8);
        return !lines.isEmpty() && lines.get(0).equals(key) ? lines.subList(1, lines.size()) : null;
    }

    /** Writes {@code key} and then {@code lines}, one a line, to {@code stamp}. */
    public static void record(Path stamp, String key, java.util.Collection<String> lines) throws IOException {
        StringBuilder sb = new StringBuilder(key);
        lines.forEach(m -> sb.append('\n').append(m.replace('\n', ' ')));
        OutputFiles.write(stamp, sb.append('\n').toString());
    }

    /** Removes the stamps of inputs that are gone (a document since removed), so that {@code .build/} does not grow. */
    public void retain(List<Path> inputs) throws IOException {
        retain(dir, inputs);
    }

    /** Removes the files of {@code dir} not named after one of {@code inputs}. */
    public static void retain(Path dir, List<Path> inputs) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        java.util.Set<String> names = new java.util.HashSet<>();
        inputs.forEach(p -> names.add(p.getFileName().toString()));
        try (Stream<Path> all = Files.list(dir)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                if (!names.contains(p.getFileName().toString())) {
                    Files.delete(p);
                }
            }
        }
    }

    /** How many times {@link #unlessFresh} found the outputs up to date and did not run its job. */
    public int skipped() {
        return skipped.get();
    }

    /**
     * The SHA-256 of the code that makes the outputs: the jar Edition runs from, or (running from
     * class folders, as the tests do) every file under the folder holding the stylesheets and
     * the classes. Computed once per JVM.
     */
    public static String code() {
        String c = code;
        if (c == null) {
            synchronized (Stamps.class) {
                if (code == null) {
                    code = computeCode();
                }
                c = code;
            }
        }
        return c;
    }

    private static String computeCode() {
        try {
            MessageDigest sha = Sha256.digest();
            Path source = Path.of(Stamps.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            List<Path> files;
            if (Files.isDirectory(source)) {
                try (Stream<Path> all = Files.walk(source)) {
                    files = all.filter(Files::isRegularFile).sorted().toList();
                }
            } else {
                files = List.of(source);
            }
            for (Path f : files) {
                Sha256.part(sha, source.relativize(f).toString());
                try (InputStream in = Files.newInputStream(f)) {
                    byte[] buffer = new byte[1 << 16];
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                        sha.update(buffer, 0, n);
                    }
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Edition's own code to fingerprint it", e);
        } catch (URISyntaxException | RuntimeException e) {
            // no readable code source: nothing can be known fresh, so every output is made again
            return "unknown-" + System.nanoTime();
        }
    }

    /**
     * Whether {@code output} exists and {@code stamp} was recorded with {@code key}: a file made from many
     * inputs (the zip, a search shard) was made from these and needs no making again.
     */
    public static boolean fresh(Path stamp, String key, Path output) throws IOException {
        return Files.isRegularFile(output) && recorded(stamp, key) != null;
    }
}
