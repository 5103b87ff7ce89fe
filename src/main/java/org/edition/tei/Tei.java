package org.edition.tei;

import org.jdom2.Element;
import org.jdom2.Namespace;

/** The TEI namespace and element construction, shared by the encoder and the tests. */
public final class Tei {
    public static final String NS_URI = "http://www.tei-c.org/ns/1.0";
    public static final Namespace NS = Namespace.getNamespace(NS_URI);

    private Tei() {
    }

    public static Element element(String name) {
        return new Element(name, NS);
    }

    public static Element element(String name, String text) {
        return new Element(name, NS).setText(text);
    }

    /** Sets xml:id, which JDOM needs in the XML namespace. */
    public static Element id(Element e, String id) {
        return e.setAttribute("id", id, Namespace.XML_NAMESPACE);
    }
}
