package org.edition.names;

import org.edition.tei.Tei;
import org.jdom2.Element;
import org.jdom2.Namespace;

/** The TEI element of a register entry: the editor's own, copied as written, or one Edition made. */
final class RegisterElements {
    private RegisterElements() {
    }

    static Element of(RegisterEntry e) {
        if (e.source() != null) {
            return e.source().clone();
        }
        Element entry = Tei.element(e.type().entryElement());
        entry.setAttribute("id", e.id(), Namespace.XML_NAMESPACE);
        entry.setAttribute("resp", "#edition");
        entry.setAttribute("cert", "low");
        for (int i = 0; i < e.names().size(); i++) {
            entry.addContent(Tei.element(e.type().nameElement(), e.names().get(i))
                    .setAttribute("type", i == 0 ? "reg" : "variant"));
        }
        entry.addContent(Tei.element("note", "Unreviewed: found by Edition's rules, not yet in the register.")
                .setAttribute("type", "status"));
        return entry;
    }
}
