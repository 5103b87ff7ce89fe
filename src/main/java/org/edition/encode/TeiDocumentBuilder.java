package org.edition.encode;

import java.util.ArrayList;
import java.util.List;
import org.edition.names.DocumentNames;
import org.edition.diag.Diagnostics;
import org.edition.meta.Metadata;
import org.edition.tei.Tei;
import org.jdom2.Element;

/**
 * Turns one decoded source text into a TEI document: blocks, layout, opening and closing matter,
 * then the header from what they revealed and the metadata; the body is encoded as it is written.
 * Holds only the shared recognizers, so one instance serves all documents and threads.
 */
public final class TeiDocumentBuilder {
    private final Recognizers recognizers;

    public TeiDocumentBuilder(Recognizers recognizers) {
        this.recognizers = recognizers;
    }

    public TeiDocument build(SourceText source, Metadata meta, String id, String sha256, boolean lenient,
            Diagnostics diagnostics, String version) {
        List<Block> blocks = new BlockParser().parse(source);
        // the footnotes at the end are encoded at their marks, so the layout is of the blocks above them
        Footnotes footnotes = Footnotes.find(source, blocks);
        List<DocumentLayout.Part> parts = new DocumentLayout(recognizers.dates())
                .analyse(footnotes.withoutMarks(source), footnotes.before(blocks));
        DocumentNames names = recognizers.names() == null ? null : recognizers.names().forDocument(source.name());
        if (names != null) {
            names.lookAhead(source.text());
        }
        List<SpanFinder> finders = new ArrayList<>(recognizers.finders());
        if (names != null) {
            finders.add(names);
        }
        InlineEncoder inline = new InlineEncoder(source, diagnostics, lenient, meta.language(), finders, footnotes);
        // what the header needs from the closer, found without names and reported nowhere: the closer reports when written
        InlineEncoder forFacts = names == null ? null : new InlineEncoder(source, new Diagnostics(source.name()),
                lenient, meta.language(), recognizers.finders(), footnotes);
        TeiBodyBuilder body = new TeiBodyBuilder(source, inline, forFacts, names == null ? null : names::placeRef);
        body.prepare(parts);
        String fileName = source.name().replaceAll(".*[/\\\\]", "");
        TeiHeaderBuilder headerBuilder = new TeiHeaderBuilder(meta, body.facts(), id, fileName, sha256, version);
        Element header = headerBuilder.build();
        return new TeiDocument(id, header, TeiBodyBuilder.div(headerBuilder.kind()), body, back(footnotes.heading()),
                names == null ? () -> null : names::standOff, names == null ? () -> null : names::contribution);
    }

    /**
     * The back matter: where the notes are listed, under the heading the translator printed above
     * them (a divGen, since the formats generate the list from the notes at their marks); or null.
     */
    private static Element back(String notesHeading) {
        if (notesHeading == null) {
            return null;
        }
        Element divGen = Tei.element("divGen").setAttribute("type", "footnotes")
                .addContent(Tei.element("head").setText(notesHeading));
        return Tei.element("back").addContent(divGen);
    }
}
