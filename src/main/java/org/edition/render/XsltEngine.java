package org.edition.render;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.SaxonApiUncheckedException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltExecutable;
import org.edition.internal.DeepStack;

/**
 * The stylesheets of {@code xslt/}, each compiled once, on first use. An {@link XsltExecutable} is
 * immutable and thread-safe; a fresh transformer is loaded for each document, so one engine serves
 * all threads.
 */
public final class XsltEngine {
    public static final String TEXT = "xslt/text/text.xsl";
    public static final String HTML = "xslt/html/html.xsl";
    /** A Dublin Core (oai_dc) record of a document's teiHeader, for the archive package. */
    public static final String DC = "xslt/dc/dc.xsl";
    /** The static site: a document's summary, and one stylesheet per kind of page. */
    public static final String SITE_SUMMARY = "xslt/site/site-summary.xsl";
    public static final String SITE_DOCUMENT = "xslt/site/site-document.xsl";
    public static final String SITE_HOME = "xslt/site/site-home.xsl";
    public static final String SITE_CHRONOLOGY = "xslt/site/site-chronology.xsl";
    public static final String SITE_NAMES = "xslt/site/site-names.xsl";
    public static final String SITE_ABOUT = "xslt/site/site-about.xsl";
    public static final String SITE_SEARCH = "xslt/site/site-search.xsl";
    public static final String SITE_SEARCH_INDEX = "xslt/site/site-search-index.xsl";
    public static final String SITE_SEARCH_SHARD = "xslt/site/site-search-shard.xsl";
    /** BEACON link dumps: authority identifiers to the register entries' pages. */
    public static final String SITE_BEACON = "xslt/site/site-beacon.xsl";

    private final Processor processor = new Processor(false);
    private final Map<String, XsltExecutable> compiled = new ConcurrentHashMap<>();

    /** The result of one transformation and the messages the stylesheet gave on the way. */
    public record Output(String text, List<String> messages) {
    }

    private XsltExecutable stylesheet(String resource) {
        return compiled.computeIfAbsent(resource, r -> {
            URL url = XsltEngine.class.getClassLoader().getResource(r);
            if (url == null) {
                throw new IllegalStateException("stylesheet " + r + " is missing from the build");
            }
            try {
                return processor.newXsltCompiler().compile(new StreamSource(url.toExternalForm()));
            } catch (SaxonApiException e) {
                throw new IllegalStateException("stylesheet " + r + " does not compile: " + e.getMessage(), e);
            }
        });
    }

    public boolean has(String resource) {
        return XsltEngine.class.getClassLoader().getResource(resource) != null;
    }

    /** Parses TEI text once, for rendering it several ways. */
    public XdmNode parse(String tei) {
        return build(new StreamSource(new StringReader(tei)), "");
    }

    /** Parses TEI held as UTF-8 bytes (the converter's output kept in memory). */
    public XdmNode parse(byte[] tei) {
        return build(new StreamSource(new ByteArrayInputStream(tei)), "");
    }

    /** Parses a TEI file. */
    public XdmNode parse(Path file) {
        return build(new StreamSource(file.toFile()), file + " is ");
    }

    private XdmNode build(StreamSource source, String what) {
        try {
            return processor.newDocumentBuilder().build(source);
        } catch (SaxonApiException e) {
            throw new IllegalArgumentException(what + "not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** The plain-text edition in one view: bracketed, reading or diplomatic. */
    public String text(XdmNode tei, String view) {
        return render(TEXT, tei, Map.of("view", view)).text();
    }

    /** The string value of an XPath expression over a parsed document, with the prefix {@code tei} declared. */
    public String xpath(XdmNode doc, String expression) {
        XPathCompiler c = processor.newXPathCompiler();
        c.declareNamespace("tei", "http://www.tei-c.org/ns/1.0");
        try {
            return c.evaluate("string((" + expression + ")[1])", doc).toString();
        } catch (SaxonApiException e) {
            throw new IllegalArgumentException("bad XPath " + expression + ": " + e.getMessage(), e);
        }
    }

    /** Any stylesheet of {@code xslt/}, with string, integer or XDM (e.g. a parsed document) parameters. */
    public Output render(String resource, XdmNode doc, Map<String, Object> params) {
        XsltExecutable exe = stylesheet(resource);
        return DeepStack.call(() -> transform(exe, doc, params));
    }

    /**
     * Where a stylesheet's secondary results (xsl:result-document) go, by their href as written:
     * each is serialized straight to the stream {@code open} gives, then {@code done} is told that
     * it is complete (the stream is the receiver's to close).
     */
    public interface Results {
        java.io.OutputStream open(String href) throws java.io.IOException;

        void done(String href) throws java.io.IOException;
    }

    /**
     * Any stylesheet of {@code xslt/} that also writes secondary results with xsl:result-document:
     * each is serialized to where {@code results} says (its href relative to the principal result),
     * so that no page, however long, is held in memory.
     */
    public Output render(String resource, XdmNode doc, Map<String, Object> params, Results results) {
        return render(resource, doc, params, results, null);
    }

    /**
     * The same, with the principal result serialized straight to {@code principal} instead of held
     * as a string (a page listing every document of a large edition is megabytes): the returned
     * output's text is then empty. The stream is not closed.
     */
    public Output render(String resource, XdmNode doc, Map<String, Object> params, Results results,
            java.io.OutputStream principal) {
        XsltExecutable exe = stylesheet(resource);
        return DeepStack.call(() -> {
            Xslt30Transformer t = exe.load30();
            String base = "urn:x-edition:result/";
            t.setBaseOutputURI(base);
            t.setResultDocumentHandler(uri -> {
                String href = uri.toString().startsWith(base) ? uri.toString().substring(base.length()) : uri.toString();
                net.sf.saxon.s9api.Serializer serializer;
                try {
                    serializer = processor.newSerializer(results.open(href));
                } catch (java.io.IOException e) {
                    throw new SaxonApiUncheckedException(new SaxonApiException("cannot write " + href + ": " + e.getMessage(), e));
                }
                serializer.onClose(() -> {
                    try {
                        results.done(href);
                    } catch (java.io.IOException e) {
                        throw new SaxonApiException("cannot write " + href + ": " + e.getMessage(), e);
                    }
                });
                return serializer;
            });
            return principal == null ? transform(t, doc, params)
                    : new Output("", transform(t, doc, params, processor.newSerializer(principal)));
        });
    }

    private Output transform(XsltExecutable exe, XdmNode doc, Map<String, Object> params) {
        return transform(exe.load30(), doc, params);
    }

    private Output transform(Xslt30Transformer t, XdmNode doc, Map<String, Object> params) {
        StringWriter out = new StringWriter();
        List<String> messages = transform(t, doc, params, processor.newSerializer(out));
        return new Output(out.toString(), messages);
    }

    /** Runs the transformation into {@code out}; returns the stylesheet's messages. */
    private List<String> transform(Xslt30Transformer t, XdmNode doc, Map<String, Object> params,
            net.sf.saxon.s9api.Serializer out) {
        List<String> messages = new ArrayList<>();
        t.setMessageHandler(m -> messages.add(m.getStringValue()));
        try {
            Map<QName, XdmValue> p = new java.util.HashMap<>();
            params.forEach((k, v) -> p.put(new QName(k), v instanceof XdmValue x ? x
                    : v instanceof Integer i ? new XdmAtomicValue(i) : new XdmAtomicValue(String.valueOf(v))));
            t.setStylesheetParameters(p);
            t.applyTemplates(doc, out);
        } catch (SaxonApiException e) {
            throw new IllegalStateException("rendering failed: " + e.getMessage(), e);
        }
        return messages;
    }
}
