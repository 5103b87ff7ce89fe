package org.edition.testing;

import java.io.StringReader;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;

/** XPath 3.1 over TEI in tests, with the TEI namespace as the default element namespace. */
public final class XPaths {
    private static final Processor PROCESSOR = new Processor(false);
    private final XdmNode doc;

    private XPaths(XdmNode doc) {
        this.doc = doc;
    }

    public static XPaths of(String xml) {
        try {
            return new XPaths(PROCESSOR.newDocumentBuilder().build(new StreamSource(new StringReader(xml))));
        } catch (SaxonApiException e) {
            throw new AssertionError("not well-formed: " + e.getMessage(), e);
        }
    }

    public XdmValue eval(String xpath) {
        XPathCompiler c = PROCESSOR.newXPathCompiler();
        c.declareNamespace("", "http://www.tei-c.org/ns/1.0");
        c.declareNamespace("tei", "http://www.tei-c.org/ns/1.0");
        try {
            return c.evaluate(xpath, doc);
        } catch (SaxonApiException e) {
            throw new AssertionError("bad XPath " + xpath + ": " + e.getMessage(), e);
        }
    }

    public String string(String xpath) {
        return eval("string(" + xpath + ")").toString();
    }

    public int count(String xpath) {
        return Integer.parseInt(eval("count(" + xpath + ")").toString());
    }

    public boolean test(String xpath) {
        return Boolean.parseBoolean(eval("boolean(" + xpath + ")").toString());
    }
}
