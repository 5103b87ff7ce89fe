package org.edition.site;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.edition.pipeline.OutputFiles;
import org.edition.render.Stamps;
import org.edition.render.XsltEngine;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.input.SAXBuilder;

/**
 * The summaries of the documents (site-summary.xsl), kept in a folder between builds, one file a
 * document: the key of its TEI and of Edition's code on the first line, the summary after it. A
 * summary is made again only when its key changed; the site reads the kept ones again one document
 * at a time, so that memory does not grow with the edition. Safe to use from several threads.
 */
final class KeptSummaries {
    private final XsltEngine engine;
    private final Path folder;

    KeptSummaries(XsltEngine engine, Path folder) {
        this.engine = engine;
        this.folder = folder;
    }

    Path folder() {
        return folder;
    }

    /** Where the summary of {@code tei} is kept. */
    Path file(Path tei) {
        return folder.resolve(tei.getFileName());
    }

    /**
     * The brief of a document's summary (id, date, type, title: what ordering and the neighbours
     * need), the summary made and kept first unless the kept one is still that of the TEI.
     */
    Brief brief(Path tei) throws IOException {
        String key = Stamps.key(List.of("site summary", SiteBuilder.id(tei)), List.of(tei));
        Path kept = file(tei);
        String xml = null;
        if (Files.isRegularFile(kept)) {
            String text = Files.readString(kept, StandardCharsets.UTF_8);
            if (text.startsWith(key + "\n")) {
                xml = text.substring(key.length() + 1);
            }
        }
        if (xml == null) {
            xml = engine.render(XsltEngine.SITE_SUMMARY, engine.parse(tei), Map.of("id", SiteBuilder.id(tei))).text();
            OutputFiles.write(kept, key + "\n" + xml);
        }
        return Brief.of(parse(xml));
    }

    /** The kept summary of a document, without its passages. */
    Element withoutPassages(Path tei) throws IOException {
        String text = Files.readString(file(tei), StandardCharsets.UTF_8);
        return parse(text.substring(text.indexOf('\n') + 1));
    }

    /** Appends the kept summary of a document as it is, passages and all (the search shards read its text). */
    void appendWhole(Path tei, StringBuilder to) throws IOException {
        String kept = Files.readString(file(tei), StandardCharsets.UTF_8);
        to.append(kept, kept.indexOf('\n') + 1, kept.length());
    }

    /**
     * A summary without its passages (the document's text, which only the search shards read, from
     * the kept text itself): dropped as it is parsed, so that no element is made for them.
     */
    private static Element parse(String xml) throws IOException {
        try {
            return PARSER.get().build(new StringReader(xml)).detachRootElement();
        } catch (JDOMException e) {
            throw new IllegalStateException("site-summary.xsl wrote bad XML: " + e.getMessage(), e);
        }
    }

    /** One parser a thread, made once: a new SAXBuilder makes a new XML parser for every summary. */
    private static final ThreadLocal<SAXBuilder> PARSER = ThreadLocal.withInitial(() -> {
        SAXBuilder builder = new SAXBuilder();
        builder.setXMLFilter(new WithoutPassages());
        return builder;
    });

    /** Passes on every SAX event but those of {@code passage} elements and what is inside them. */
    private static final class WithoutPassages extends org.xml.sax.helpers.XMLFilterImpl {
        private int depth;

        @Override
        public void startDocument() throws org.xml.sax.SAXException {
            depth = 0; // the filter is used for one summary after another
            super.startDocument();
        }

        @Override
        public void startElement(String uri, String local, String qName, org.xml.sax.Attributes atts)
                throws org.xml.sax.SAXException {
            if (depth > 0 || "passage".equals(local)) {
                depth++;
            } else {
                super.startElement(uri, local, qName, atts);
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) throws org.xml.sax.SAXException {
            if (depth > 0) {
                depth--;
            } else {
                super.endElement(uri, local, qName);
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) throws org.xml.sax.SAXException {
            if (depth == 0) {
                super.characters(ch, start, length);
            }
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) throws org.xml.sax.SAXException {
            if (depth == 0) {
                super.ignorableWhitespace(ch, start, length);
            }
        }
    }
}
