package org.edition.encode;

import org.edition.tei.Tei;
import org.jdom2.Attribute;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.output.SAXOutputter;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * Sends the document that {@link TeiWriter} writes to a SAX handler as well, piece by piece: the
 * start and end tags of the enclosing elements, and each finished child whole. A null handler
 * makes every call a no-op. One instance per document.
 */
final class SaxMirror {
    private final ContentHandler handler;
    private final SAXOutputter outputter;

    SaxMirror(ContentHandler handler) {
        this.handler = handler;
        this.outputter = handler == null ? null : new SAXOutputter(handler);
        if (handler != null) {
            run(() -> {
                handler.startDocument();
                handler.startPrefixMapping("", Tei.NS_URI);
            });
        }
    }

    void start(Element e) {
        if (handler != null) {
            AttributesImpl atts = new AttributesImpl();
            for (Attribute a : e.getAttributes()) {
                atts.addAttribute(a.getNamespaceURI(), a.getName(), a.getQualifiedName(), "CDATA", a.getValue());
            }
            run(() -> handler.startElement(e.getNamespaceURI(), e.getName(), e.getName(), atts));
        }
    }

    void end(Element e) {
        if (handler != null) {
            run(() -> handler.endElement(e.getNamespaceURI(), e.getName(), e.getName()));
        }
    }

    void fragment(Element e) {
        if (handler != null) {
            try {
                outputter.outputFragment(e);
            } catch (JDOMException ex) {
                throw new IllegalStateException("SAX events for validation failed", ex);
            }
        }
    }

    void replay(WrittenElement e) {
        if (handler != null) {
            run(() -> e.replay(handler));
        }
    }

    void finish() {
        if (handler != null) {
            run(() -> {
                handler.endPrefixMapping("");
                handler.endDocument();
            });
        }
    }

    private interface SaxCall {
        void call() throws SAXException;
    }

    private static void run(SaxCall call) {
        try {
            call.call();
        } catch (SAXException e) {
            // the validator reports through its error handler; a thrown exception means it gave up
            throw new IllegalStateException("validation stopped: " + e.getMessage(), e);
        }
    }
}
