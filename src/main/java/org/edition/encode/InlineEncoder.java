package org.edition.encode;

import java.util.ArrayList;
import java.util.List;
import org.edition.diag.Diagnostics;
import org.edition.tei.Tei;
import org.jdom2.Content;
import org.jdom2.Element;
import org.jdom2.filter.Filters;

/**
 * Encodes one block of source text as TEI mixed content: brackets by {@link BracketClassifier},
 * then whatever the finders recognise (dates, numbers, quotations), nested by {@link SpanTree}.
 * One instance per document (it reports into that document's diagnostics).
 */
public final class InlineEncoder {
    /** Deeper nesting than this is not a translation but a mistake (or an attack on the stack). */
    static final int MAX_DEPTH = 1000;

    private final SourceText source;
    private final Diagnostics diagnostics;
    private final BracketScanner scanner;
    private final BracketClassifier classifier;
    private final List<SpanFinder> finders;
    private final Footnotes footnotes;

    public InlineEncoder(SourceText source, Diagnostics diagnostics, boolean lenient, String originalLanguage,
            List<SpanFinder> finders) {
        this(source, diagnostics, lenient, originalLanguage, finders, Footnotes.NONE);
    }

    InlineEncoder(SourceText source, Diagnostics diagnostics, boolean lenient, String originalLanguage,
            List<SpanFinder> finders, Footnotes footnotes) {
        this.source = source;
        this.diagnostics = diagnostics;
        this.scanner = new BracketScanner(source, diagnostics, lenient);
        this.classifier = new BracketClassifier(source.text(), originalLanguage, footnotes);
        this.finders = finders;
        this.footnotes = footnotes;
    }

    /** The block [start, end) as content, and the spans that made it (for facts such as dates). */
    public Encoded encode(int start, int end) {
        return encode(start, end, false);
    }

    /** A line of a signatory block, where the finders may read a bare name as a signatory's. */
    public Encoded encodeSignature(int start, int end) {
        return encode(start, end, true);
    }

    private Encoded encode(int start, int end, boolean signature) {
        String text = source.text();
        List<BracketPair> found = scanner.scan(start, end);
        BlockPairs pairs = new BlockPairs(found, start, end);
        List<Span> spans = new ArrayList<>();
        for (BracketPair pair : found) {
            if (pair.depth() >= MAX_DEPTH) {
                diagnostics.error(source.positionOf(pair.open()), "E014",
                        "brackets nested more than " + MAX_DEPTH + " deep; check the brackets of this paragraph");
                return new Encoded(List.of(new org.jdom2.Text(text.substring(start, end))), List.of());
            }
            spans.addAll(classifier.classify(pair, pairs));
        }
        List<Span> recognised = new ArrayList<>();
        for (SpanFinder finder : finders) {
            recognised.addAll(signature ? finder.findInSignature(text, pairs) : finder.find(text, pairs));
        }
        // the day and year of a date are not numbers of their own
        List<Span> dates = recognised.stream().filter(s -> s.priority == Span.Priority.DATE).toList();
        recognised.removeIf(s -> s.priority == Span.Priority.NUMBER
                && dates.stream().anyMatch(d -> s.start < d.end && s.end > d.start));
        spans.addAll(recognised);
        SpanTree tree = SpanTree.build(text, start, end, spans);
        List<Span> kept = new ArrayList<>();
        collect(tree.roots(), kept);
        for (Span s : kept) {
            if (s.element().equals("supplied") && s.parent() != null && s.parent().element().equals("date")) {
                s.attr("reason", "date-completion");
            }
        }
        ReasonsFromNames.mark(kept, text);
        for (SpanFinder finder : finders) {
            finder.kept(kept, source);
        }
        List<Content> content = tree.toContent();
        if (footnotes.any() && kept.stream().anyMatch(s -> s.element().equals("note") && "foot".equals(s.attribute("place")))) {
            fillFootnotes(content);
        }
        return new Encoded(content, kept);
    }

    /** Puts each footnote's text, encoded as any other, into the note its mark became. */
    private void fillFootnotes(List<Content> content) {
        List<Element> marks = new ArrayList<>();
        for (Content c : content) {
            if (c instanceof Element e) {
                if (isFootnote(e)) {
                    marks.add(e);
                }
                e.getDescendants(Filters.element("note", Tei.NS)).forEach(d -> {
                    if (isFootnote(d)) {
                        marks.add(d);
                    }
                });
            }
        }
        for (Element mark : marks) {
            Footnotes.Note note = footnotes.numbered(Integer.parseInt(mark.getAttributeValue("n")));
            mark.addContent(encode(note.start(), note.end(), false).content());
        }
    }

    private static boolean isFootnote(Element e) {
        return e.getName().equals("note") && "foot".equals(e.getAttributeValue("place")) && e.getContentSize() == 0;
    }

    private static void collect(List<Span> spans, List<Span> into) {
        // iterative: nesting may be hundreds deep
        List<Span> todo = new ArrayList<>(spans);
        while (!todo.isEmpty()) {
            Span s = todo.remove(todo.size() - 1);
            into.add(s);
            todo.addAll(s.children);
        }
    }

    /** The content of a block and the spans kept in it. */
    public record Encoded(List<Content> content, List<Span> spans) {
    }
}
