package org.edition.encode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jdom2.Content;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.ProcessingInstruction;
import org.jdom2.Text;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;

/**
 * Serialises TEI deterministically. Elements whose content is only elements (header parts, div,
 * lists, tables) are indented; mixed content (p, item, head ...) is written exactly as built, since
 * whitespace added there would change the text. Stateless.
 */
public final class TeiWriter {
    private static final Set<String> ELEMENT_ONLY = Set.of("TEI", "teiHeader", "fileDesc", "titleStmt", "respStmt",
            "publicationStmt", "availability", "sourceDesc", "msDesc", "msIdentifier", "msContents", "encodingDesc",
            "appInfo", "application", "editorialDecl", "correction", "quotation", "interpretation", "stdVals",
            "segmentation", "profileDesc", "creation", "langUsage", "textClass", "keywords", "correspDesc",
            "correspAction", "revisionDesc", "standOff", "listPerson", "listPlace", "listOrg", "person", "place",
            "org", "text", "body", "div", "opener", "closer", "list", "table", "row", "bibl");

    public String write(Document doc) {
        indent(doc.getRootElement());
        XMLOutputter xml = new XMLOutputter(Format.getRawFormat().setEncoding("UTF-8").setLineSeparator("\n"));
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        for (Content c : doc.getContent()) {
            if (c instanceof ProcessingInstruction pi) {
                out.append(xml.outputString(pi)).append('\n');
            } else if (c instanceof Element e) {
                out.append(xml.outputString(e)).append('\n');
            }
        }
        return out.toString();
    }

    private static void indent(Element root) {
        List<Element> todo = new ArrayList<>();
        List<Integer> depths = new ArrayList<>();
        todo.add(root);
        depths.add(0);
        while (!todo.isEmpty()) {
            Element e = todo.remove(todo.size() - 1);
            int depth = depths.remove(depths.size() - 1);
            if (!ELEMENT_ONLY.contains(e.getName()) || !isElementOnly(e) || e.getChildren().isEmpty()) {
                continue;
            }
            List<Content> children = new ArrayList<>(e.getContent());
            e.removeContent();
            String inner = "\n" + "  ".repeat(depth + 1);
            for (Content c : children) {
                if (c instanceof Text) {
                    continue; // only whitespace here: replaced by the indentation
                }
                e.addContent(new Text(inner));
                e.addContent(c);
                if (c instanceof Element child) {
                    todo.add(child);
                    depths.add(depth + 1);
                }
            }
            e.addContent(new Text("\n" + "  ".repeat(depth)));
        }
    }

    private static boolean isElementOnly(Element e) {
        for (Content c : e.getContent()) {
            if (c instanceof Text t && !t.getTextTrim().isEmpty()) {
                return false;
            }
        }
        return true;
    }
}
