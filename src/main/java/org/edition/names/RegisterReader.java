package org.edition.names;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.edition.diag.Diagnostics;
import org.edition.diag.SourcePosition;
import org.edition.tei.Tei;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.input.JDOMParseException;
import org.jdom2.input.SAXBuilder;
import org.jdom2.located.LocatedElement;
import org.jdom2.located.LocatedJDOMFactory;

/**
 * Reads a register file: TEI with {@code listPerson}, {@code listPlace} and {@code listOrg} (in
 * {@code standOff} or anywhere else), and a {@code list type="rejected"} of names not to tag.
 * Problems are reported with the file's line and column; an entry without an id or a name is
 * skipped with a warning. Stateless.
 */
public final class RegisterReader {

    public Register read(Path file, Diagnostics diagnostics) {
        if (file == null || !Files.exists(file)) {
            return Register.empty();
        }
        Document doc;
        try {
            SAXBuilder builder = new SAXBuilder();
            builder.setJDOMFactory(new LocatedJDOMFactory());
            builder.setExpandEntities(false);
            builder.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            doc = builder.build(file.toFile());
        } catch (JDOMParseException e) {
            diagnostics.error(new SourcePosition(Math.max(0, e.getLineNumber()), Math.max(0, e.getColumnNumber())),
                    "E040", "the register is not well-formed XML: " + e.getMessage());
            return Register.empty();
        } catch (JDOMException | IOException e) {
            diagnostics.error(null, "E040", "cannot read the register: " + e.getMessage());
            return Register.empty();
        }
        List<RegisterEntry> entries = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        for (Element e : doc.getRootElement().getDescendants(org.jdom2.filter.Filters.element(Tei.NS))) {
            EntityType type = EntityType.ofEntryElement(e.getName());
            if (type != null && e.getParentElement() != null
                    && e.getParentElement().getName().equals(type.listElement())) {
                RegisterEntry entry = entry(e, type, diagnostics);
                if (entry != null) {
                    entries.add(entry);
                }
            } else if (e.getName().equals("item") && e.getParentElement() != null
                    && e.getParentElement().getName().equals("list")
                    && "rejected".equals(e.getParentElement().getAttributeValue("type"))) {
                rejected.add(e.getValue().strip());
            }
        }
        return new Register(entries, rejected);
    }

    private static RegisterEntry entry(Element e, EntityType type, Diagnostics diagnostics) {
        String id = e.getAttributeValue("id", org.jdom2.Namespace.XML_NAMESPACE);
        SourcePosition at = e instanceof LocatedElement l ? new SourcePosition(l.getLine(), l.getColumn()) : null;
        if (id == null) {
            diagnostics.warning(at, "W041", "register entry <" + e.getName() + "> has no xml:id; skipped");
            return null;
        }
        if (!childrenAreTei(e, type, id, diagnostics)) {
            return null;
        }
        List<String> names = new ArrayList<>();
        Element reg = null;
        for (Element n : e.getChildren(type.nameElement(), Tei.NS)) {
            String name = n.getValue().replaceAll("\\s+", " ").strip();
            if (name.isEmpty()) {
                continue;
            }
            if ("reg".equals(n.getAttributeValue("type")) && reg == null) {
                reg = n;
                names.add(0, name);
            } else {
                names.add(name);
            }
        }
        if (names.isEmpty()) {
            diagnostics.warning(at, "W041", "register entry " + id + " has no <" + type.nameElement() + ">; skipped");
            return null;
        }
        return new RegisterEntry(id, type, List.copyOf(names), e);
    }

    /** An entry is copied into every document that names it: what TEI does not allow there is an error. */
    private static boolean childrenAreTei(Element entry, EntityType type, String id, Diagnostics diagnostics) {
        boolean ok = true;
        for (Element child : entry.getChildren()) {
            if (Tei.NS.equals(child.getNamespace()) && EntryChildren.allows(type, child.getName())) {
                continue;
            }
            SourcePosition at = child instanceof LocatedElement l ? new SourcePosition(l.getLine(), l.getColumn()) : null;
            String meant = Tei.NS.equals(child.getNamespace()) ? EntryChildren.meant(type, child.getName()) : null;
            String what = !Tei.NS.equals(child.getNamespace())
                    ? "<" + child.getQualifiedName() + "> is not a TEI element (namespace \"" + child.getNamespaceURI() + "\")"
                    : "TEI does not allow <" + child.getName() + "> directly in <" + entry.getName() + ">";
            diagnostics.error(at, "E042", "register entry " + id + ": " + what + "; every document naming it would "
                    + "be invalid TEI. " + (meant != null ? "Did you mean <" + meant + ">? " : "")
                    + "Correct it, or put the information in a <note>");
            ok = false;
        }
        return ok;
    }
}
