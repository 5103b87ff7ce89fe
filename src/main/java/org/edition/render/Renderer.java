package org.edition.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import net.sf.saxon.s9api.XdmNode;
import org.edition.pipeline.OutputFiles;

/**
 * Renders one TEI file into the editions asked for: plain text in any of the three views, HTML.
 * Files are named after the TEI file: {@code <name>.txt} (bracketed), {@code <name>.reading.txt},
 * {@code <name>.diplomatic.txt}, {@code <name>.html}. Holds only the shared engine; thread-safe.
 */
public final class Renderer {
    public static final List<String> VIEWS = List.of("bracketed", "reading", "diplomatic");

    private final XsltEngine engine;

    public Renderer(XsltEngine engine) {
        this.engine = engine;
    }

    /**
     * What rendering one file did: the files written (or left unchanged) and the stylesheets' messages,
     * each once (an unknown element met in three views, or in the text and its notes, is one warning).
     */
    public record Result(Path input, List<Path> written, List<Path> unchanged, List<String> messages) {
        public Result {
            messages = List.copyOf(new LinkedHashSet<>(messages));
        }

        /** What two renderings of the same input did together. */
        public Result and(Result other) {
            return new Result(input, concat(written, other.written), concat(unchanged, other.unchanged),
                    concat(messages, other.messages));
        }

        private static <T> List<T> concat(List<T> a, List<T> b) {
            List<T> all = new ArrayList<>(a);
            all.addAll(b);
            return all;
        }
    }

    public Result text(Path tei, Path outDir, List<String> views, int width) throws IOException {
        return text(tei, engine.parse(tei), outDir, views, width);
    }

    /** The text editions of {@code tei}, already parsed as {@code doc}. */
    public Result text(Path tei, XdmNode doc, Path outDir, List<String> views, int width) throws IOException {
        List<Path> written = new ArrayList<>();
        List<Path> unchanged = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        for (String view : views) {
            XsltEngine.Output out = text(doc, view, width);
            Path target = outDir.resolve(fileName(tei, view, ".txt"));
            (OutputFiles.write(target, out.text()) ? written : unchanged).add(target);
            messages.addAll(out.messages());
        }
        return new Result(tei, written, unchanged, messages);
    }

    public Result html(Path tei, Path outDir, String view) throws IOException {
        return html(tei, engine.parse(tei), outDir, view);
    }

    /** The HTML edition of {@code tei}, already parsed as {@code doc}. */
    public Result html(Path tei, XdmNode doc, Path outDir, String view) throws IOException {
        XsltEngine.Output out = html(doc, view);
        Path target = outDir.resolve(fileName(tei, "bracketed", ".html"));
        boolean changed = OutputFiles.write(target, out.text());
        return new Result(tei, changed ? List.of(target) : List.of(), changed ? List.of() : List.of(target),
                out.messages());
    }

    /** Parses TEI held in memory as UTF-8, for rendering it several ways. */
    public XdmNode parse(byte[] tei) {
        return engine.parse(tei);
    }

    /** The plain-text edition of a parsed document in one view. */
    public XsltEngine.Output text(XdmNode doc, String view, int width) {
        return engine.render(XsltEngine.TEXT, doc, Map.of("view", view, "width", width));
    }

    /** The HTML page of a parsed document, opening in {@code view}. */
    public XsltEngine.Output html(XdmNode doc, String view) {
        return engine.render(XsltEngine.HTML, doc, Map.of("view", view));
    }

    /** What {@link #all} made of one document, in memory. */
    public record Editions(String html, List<String> texts, List<String> messages) {
        /** Characters of output, all editions together. */
        public long length() {
            return html.length() + texts.stream().mapToLong(String::length).sum();
        }
    }

    /**
     * Every edition of one document, in memory, from a single parse of its TEI: the HTML page and
     * the plain text in each of {@link #VIEWS} (no wrapping). Writes nothing.
     */
    public Editions all(byte[] tei) {
        XdmNode doc = parse(tei);
        List<String> messages = new ArrayList<>();
        XsltEngine.Output page = html(doc, VIEWS.get(0));
        messages.addAll(page.messages());
        List<String> texts = new ArrayList<>();
        for (String view : VIEWS) {
            XsltEngine.Output out = text(doc, view, 0);
            texts.add(out.text());
            messages.addAll(out.messages());
        }
        return new Editions(page.text(), texts, messages);
    }

    /** The name of the edition of {@code tei} in {@code view}: {@code <name>.txt}, {@code <name>.reading.txt} ... */
    public static String fileName(Path tei, String view, String extension) {
        return baseName(tei) + (view.equals("bracketed") ? "" : "." + view) + extension;
    }

    static String baseName(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
