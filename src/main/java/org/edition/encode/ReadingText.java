package org.edition.encode;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdom2.Content;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.Namespace;
import org.jdom2.Text;
import org.jdom2.input.SAXBuilder;

/**
 * The reading text of encoded content, for header fields (title, sender, addressee): supplied words
 * merged in (another form of a name in parentheses), markers (gaps, notes, labels, page breaks, corrections' errors) left out, whitespace
 * collapsed. Iterative, since bracket nesting may be deep.
 */
final class ReadingText {
    private static final Set<String> LEFT_OUT = Set.of("gap", "note", "label", "pb", "desc");
    /**
     * The reasons of supplied words that give another form of a name, which the reading text gives
     * in parentheses: the reading view's own list ({@code $ed:other-forms} in the shared stylesheet),
     * read from there so that the decision is written once.
     */
    static final Set<String> IN_PARENTHESES = stringsOf("xslt/common/editorial.xsl", "ed:other-forms");

    private ReadingText() {
    }

    /** The strings of a static variable of {@code stylesheet} whose value is a list of string literals. */
    static Set<String> stringsOf(String stylesheet, String variable) {
        try (InputStream in = ReadingText.class.getClassLoader().getResourceAsStream(stylesheet)) {
            if (in == null) {
                throw new IllegalStateException(stylesheet + " is missing from the build");
            }
            Namespace xsl = Namespace.getNamespace("http://www.w3.org/1999/XSL/Transform");
            for (Element v : new SAXBuilder().build(in).getRootElement().getChildren("variable", xsl)) {
                if (variable.equals(v.getAttributeValue("name"))) {
                    Set<String> reasons = new LinkedHashSet<>();
                    Matcher m = Pattern.compile("'([^']+)'").matcher(v.getAttributeValue("select", ""));
                    while (m.find()) {
                        reasons.add(m.group(1));
                    }
                    if (!reasons.isEmpty()) {
                        return Set.copyOf(reasons);
                    }
                }
            }
            throw new IllegalStateException(stylesheet + " has no list of strings named " + variable);
        } catch (IOException | JDOMException e) {
            throw new IllegalStateException("cannot read " + stylesheet + ": " + e.getMessage(), e);
        }
    }

    static String of(Iterable<? extends Content> content) {
        StringBuilder sb = new StringBuilder();
        Deque<Content> todo = new ArrayDeque<>();
        for (Content c : content) {
            todo.addLast(c);
        }
        while (!todo.isEmpty()) {
            Content c = todo.removeFirst();
            if (c instanceof Text t) {
                sb.append(t.getText());
            } else if (c instanceof Element e && e.getName().equals("lb")) {
                sb.append(' '); // the lines of a heading are words apart
            } else if (c instanceof Element e && e.getName().equals("supplied") && IN_PARENTHESES.contains(e.getAttributeValue("reason"))) {
                // "People's Army [ČSLA]" reads "People's Army (ČSLA)", as in the reading text edition
                todo.addFirst(new Text(")"));
                var children = e.getContent();
                for (int i = children.size() - 1; i >= 0; i--) {
                    todo.addFirst(children.get(i));
                }
                todo.addFirst(new Text("("));
            } else if (c instanceof Element e && !LEFT_OUT.contains(e.getName())
                    && !(e.getName().equals("sic") && e.getParentElement() != null
                            && e.getParentElement().getName().equals("choice"))) {
                var children = e.getContent();
                for (int i = children.size() - 1; i >= 0; i--) {
                    todo.addFirst(children.get(i));
                }
            }
        }
        return sb.toString().replaceAll("\\s+", " ").strip();
    }
}
