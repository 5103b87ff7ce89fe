package org.edition.render;

import java.io.StringReader;
import java.io.StringWriter;
import java.net.URL;
import java.util.Map;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltExecutable;
import org.edition.internal.DeepStack;

/**
 * The stylesheets of {@code xslt/}, compiled once. An {@link XsltExecutable} is immutable and
 * thread-safe; a fresh transformer is loaded for each document, so one engine serves all threads.
 */
public final class XsltEngine {
    private final Processor processor = new Processor(false);
    private final XsltExecutable text;

    public XsltEngine() {
        this.text = compile("xslt/text/text.xsl");
    }

    private XsltExecutable compile(String resource) {
        URL url = XsltEngine.class.getClassLoader().getResource(resource);
        if (url == null) {
            throw new IllegalStateException("stylesheet " + resource + " is missing from the build");
        }
        try {
            return processor.newXsltCompiler().compile(new StreamSource(url.toExternalForm()));
        } catch (SaxonApiException e) {
            throw new IllegalStateException("stylesheet " + resource + " does not compile: " + e.getMessage(), e);
        }
    }

    /** Parses TEI text once, for rendering it several ways. */
    public XdmNode parse(String tei) {
        try {
            return processor.newDocumentBuilder().build(new StreamSource(new StringReader(tei)));
        } catch (SaxonApiException e) {
            throw new IllegalArgumentException("not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** The plain-text edition in one view: bracketed, reading or diplomatic. */
    public String text(XdmNode tei, String view) {
        return run(text, tei, Map.of(new QName("view"), new XdmAtomicValue(view)));
    }

    private String run(XsltExecutable exe, XdmNode doc, Map<QName, XdmValue> params) {
        return DeepStack.call(() -> transform(exe, doc, params));
    }

    private String transform(XsltExecutable exe, XdmNode doc, Map<QName, XdmValue> params) {
        Xslt30Transformer t = exe.load30();
        StringWriter out = new StringWriter();
        try {
            t.setStylesheetParameters(params);
            t.applyTemplates(doc, processor.newSerializer(out));
        } catch (SaxonApiException e) {
            throw new IllegalStateException("rendering failed: " + e.getMessage(), e);
        }
        return out.toString();
    }
}
