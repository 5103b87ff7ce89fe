package org.edition.encode;

import java.util.List;
import org.edition.diag.Diagnostics;
import org.edition.meta.Metadata;
import org.edition.tei.Tei;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.ProcessingInstruction;

/**
 * Turns one decoded source text into a TEI document: blocks, layout, body, then the header from
 * what the body revealed and the metadata. One instance per document.
 */
public final class TeiDocumentBuilder {
    private static final String TEI_ALL =
            "http://www.tei-c.org/release/xml/tei/custom/schema/relaxng/tei_all.rng";

    private final Recognizers recognizers;

    public TeiDocumentBuilder(Recognizers recognizers) {
        this.recognizers = recognizers;
    }

    public Document build(SourceText source, Metadata meta, String id, String sha256, boolean lenient,
            Diagnostics diagnostics, String version) {
        List<Block> blocks = new BlockParser().parse(source);
        List<DocumentLayout.Part> parts = new DocumentLayout(recognizers.dates()).analyse(source, blocks);
        InlineEncoder inline = new InlineEncoder(source, diagnostics, lenient, meta.language(), recognizers.finders());
        TeiBodyBuilder body = new TeiBodyBuilder(source, inline);
        Element div = body.build(parts, meta.type());
        String fileName = source.name().replaceAll(".*[/\\\\]", "");
        Element header = new TeiHeaderBuilder(meta, body.facts(), id, fileName, sha256, version).build();

        Element tei = Tei.element("TEI").setAttribute("lang", "en", Namespace.XML_NAMESPACE);
        Tei.id(tei, id);
        tei.addContent(header);
        tei.addContent(Tei.element("text").addContent(Tei.element("body").addContent(div)));
        Document doc = new Document();
        doc.addContent(new ProcessingInstruction("xml-model",
                "href=\"" + TEI_ALL + "\" type=\"application/xml\" schematypens=\"http://relaxng.org/ns/structure/1.0\""));
        doc.setRootElement(tei);
        return doc;
    }
}
