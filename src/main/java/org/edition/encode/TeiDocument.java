package org.edition.encode;

import java.io.IOException;
import java.io.Writer;
import java.util.function.Supplier;
import org.edition.names.Contribution;
import org.jdom2.Element;
import org.xml.sax.ContentHandler;

/**
 * A converted document ready to be written: its header is built; its body is encoded while it is
 * written, one paragraph or list at a time, so memory stays bounded for long inputs. Write once.
 */
public final class TeiDocument {
    private final String id;
    private final Element header;
    private final Element div;
    private final TeiBodyBuilder body;
    private final Element back;
    private final Supplier<StandOffMarkup> standOff;
    private final Supplier<Contribution> contribution;

    TeiDocument(String id, Element header, Element div, TeiBodyBuilder body, Element back,
            Supplier<StandOffMarkup> standOff, Supplier<Contribution> contribution) {
        this.id = id;
        this.header = header;
        this.div = div;
        this.body = body;
        this.back = back;
        this.standOff = standOff;
        this.contribution = contribution;
    }

    /** What the document added to the run's register, once written; null without names or unless the run keeps it. */
    public Contribution contribution() {
        return contribution.get();
    }

    public String id() {
        return id;
    }

    /** Writes the whole TEI document; problems found in the body go to the document's diagnostics. */
    public void writeTo(Writer out) throws IOException {
        writeTo(out, null);
    }

    /**
     * Writes the document and sends the same document, as SAX events, to {@code events} (a
     * validator), so that what is written is checked without being parsed back.
     */
    public void writeTo(Writer out, ContentHandler events) throws IOException {
        new TeiWriter().write(id, header, div, body::streamBody, back, standOff, out, events);
    }
}
