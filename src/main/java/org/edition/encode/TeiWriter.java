package org.edition.encode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.edition.tei.Tei;
import org.jdom2.Content;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.ProcessingInstruction;
import org.jdom2.Text;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;
import org.jdom2.output.support.AbstractXMLOutputProcessor;
import org.jdom2.output.support.FormatStack;
import org.jdom2.util.NamespaceStack;
import org.xml.sax.ContentHandler;

/**
 * Serialises TEI deterministically, streaming the body. Elements whose content is only elements
 * (header parts, div, lists, tables) are indented; mixed content (p, item, head ...) is written
 * exactly as built, since whitespace added there would change the text. Stateless.
 */
final class TeiWriter {
    private static final String TEI_ALL =
            "http://www.tei-c.org/release/xml/tei/custom/schema/relaxng/tei_all.rng";
    private static final Set<String> ELEMENT_ONLY = Set.of("TEI", "teiHeader", "fileDesc", "titleStmt", "respStmt",
            "publicationStmt", "availability", "sourceDesc", "msDesc", "msIdentifier", "msContents", "encodingDesc",
            "appInfo", "application", "editorialDecl", "correction", "quotation", "interpretation", "stdVals",
            "segmentation", "profileDesc", "creation", "langUsage", "textClass", "keywords", "correspDesc",
            "correspAction", "revisionDesc", "standOff", "listPerson", "listPlace", "listOrg", "person", "place",
            "org", "listBibl", "text", "body", "back", "divGen", "div", "opener", "closer", "list", "table", "row", "bibl");
    /** Depth of the document div's children: TEI, text, body, div. */
    private static final int CHILD_DEPTH = 4;
    private static final String CHILD_INDENT = "\n" + "  ".repeat(CHILD_DEPTH);

    private static final Format FORMAT = Format.getRawFormat().setEncoding("UTF-8").setLineSeparator("\n");
    private final XMLOutputter xml = new XMLOutputter(FORMAT);
    private final InScopeOutput inScope = new InScopeOutput();

    /**
     * Writes the document: the header, the body as {@code children} hands it over, the {@code back}
     * if any, and after the text the {@code standOff} with the entries the body referred to (known
     * only once it is written).
     */
    void write(String id, Element header, Element div, Consumer<Consumer<Element>> children, Element back,
            Supplier<StandOffMarkup> standOffAfterBody, Writer out, ContentHandler events) throws IOException {
        SaxMirror sax = new SaxMirror(events);
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write(xml.outputString(new ProcessingInstruction("xml-model", "href=\"" + TEI_ALL
                + "\" type=\"application/xml\" schematypens=\"http://relaxng.org/ns/structure/1.0\"")));
        out.write("\n");
        // a skeleton gives every element its namespace context, so none repeats xmlns
        Element root = Tei.element("TEI").setAttribute("lang", "en", Namespace.XML_NAMESPACE);
        Tei.id(root, id);
        Element body = Tei.element("body");
        root.addContent(header).addContent(Tei.element("text").addContent(body));
        body.addContent(div);

        out.write("<TEI xmlns=\"" + Tei.NS_URI + "\" xml:lang=\"en\" xml:id=\"" + escape(id) + "\">\n  ");
        sax.start(root);
        indent(header, 1);
        inScope.write(out, header);
        sax.fragment(header);
        sax.start(root.getChild("text", Tei.NS));
        sax.start(body);
        sax.start(div);
        out.write("\n  <text>\n    <body>\n      <div");
        for (var a : div.getAttributes()) {
            out.write(" " + a.getQualifiedName() + "=\"" + escape(a.getValue()) + "\"");
        }
        out.write(">");
        try {
            children.accept(child -> {
                try {
                    div.addContent(child);
                    indent(child, CHILD_DEPTH);
                    out.write(CHILD_INDENT);
                    inScope.write(out, child);
                    sax.fragment(child);
                    div.removeContent();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.write("\n      </div>\n    </body>");
        sax.end(div);
        sax.end(body);
        if (back != null) {
            root.getChild("text", Tei.NS).addContent(back);
            indent(back, 2);
            out.write("\n    ");
            inScope.write(out, back);
            sax.fragment(back);
        }
        out.write("\n  </text>\n");
        sax.end(root.getChild("text", Tei.NS));
        StandOffMarkup standOff = standOffAfterBody.get();
        if (standOff != null) {
            writeStandOff(standOff, out, sax);
        }
        out.write("</TEI>\n");
        sax.end(root);
        sax.finish();
    }

    /**
     * The standOff as {@link #indent} and the serializer would lay out its elements, from entries
     * written once ({@link WrittenElement}): their text appended, their SAX events replayed.
     */
    private static void writeStandOff(StandOffMarkup standOff, Writer out, SaxMirror sax) throws IOException {
        String listIndent = "\n" + "  ".repeat(StandOffMarkup.ENTRY_DEPTH - 1);
        String entryIndent = "\n" + "  ".repeat(StandOffMarkup.ENTRY_DEPTH);
        Element wrapper = Tei.element("standOff");
        out.write("  <standOff>");
        sax.start(wrapper);
        for (var list : standOff.lists().entrySet()) {
            Element listElement = Tei.element(list.getKey());
            out.write(listIndent + "<" + list.getKey() + ">");
            sax.start(listElement);
            for (WrittenElement entry : list.getValue()) {
                out.write(entryIndent);
                out.write(entry.xml());
                sax.replay(entry);
            }
            out.write(listIndent + "</" + list.getKey() + ">");
            sax.end(listElement);
        }
        out.write("\n  </standOff>\n");
        sax.end(wrapper);
    }

    /** An element inside the TEI element as this writer writes it (its namespace in scope). */
    static String inScopeString(Element e) {
        java.io.StringWriter w = new java.io.StringWriter();
        try {
            new InScopeOutput().write(w, e);
        } catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
        return w.toString();
    }

    /**
     * Writes an element that sits inside the TEI element straight to the output: JDOM would declare
     * the TEI namespace on it again if it were serialised alone, so the namespace is put in scope first.
     */
    private static final class InScopeOutput extends AbstractXMLOutputProcessor {
        private static final Element SCOPE = Tei.element("TEI");

        void write(Writer out, Element e) throws IOException {
            NamespaceStack namespaces = new NamespaceStack();
            namespaces.push(SCOPE);
            printElement(out, new FormatStack(FORMAT), namespaces, e);
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }

    /** Indents element-only containers, iteratively (lists nest deep). */
    static void indent(Element top, int topDepth) {
        List<Element> todo = new ArrayList<>();
        List<Integer> depths = new ArrayList<>();
        todo.add(top);
        depths.add(topDepth);
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
