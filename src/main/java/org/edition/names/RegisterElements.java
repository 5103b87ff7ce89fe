package org.edition.names;

import org.edition.tei.Tei;
import org.jdom2.Element;
import org.jdom2.Namespace;

/** The TEI element of a register entry: the editor's own, copied as written, or one Edition made. */
final class RegisterElements {
    /** A form of one word in capitals ("DPRK", "USSR", "ICSC"): an abbreviation of the preferred name. */
    private static final java.util.regex.Pattern ABBREVIATION = java.util.regex.Pattern.compile("\\p{Lu}{2,}");

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
            String name = e.names().get(i);
            entry.addContent(Tei.element(e.type().nameElement(), name)
                    .setAttribute("type", i == 0 ? "reg" : ABBREVIATION.matcher(name).matches() ? "abbr" : "variant"));
        }
        entry.addContent(Tei.element("note", "Unreviewed: found by Edition's rules, not yet in the register.")
                .setAttribute("type", "status"));
        return entry;
    }
}
