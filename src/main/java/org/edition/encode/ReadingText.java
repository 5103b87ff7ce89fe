package org.edition.encode;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import org.jdom2.Content;
import org.jdom2.Element;
import org.jdom2.Text;

/**
 * The reading text of encoded content, for header fields (title, sender, addressee): supplied words
 * merged in (another form of a name in parentheses), markers (gaps, notes, labels, page breaks, corrections' errors) left out, whitespace
 * collapsed. Iterative, since bracket nesting may be deep.
 */
final class ReadingText {
    private static final Set<String> LEFT_OUT = Set.of("gap", "note", "label", "pb", "desc");
    /** Other forms of a name, which the reading text gives in parentheses. */
    private static final Set<String> IN_PARENTHESES = Set.of("alt-romanization", "acronym", "expansion", "gloss",
            "original-term");

    private ReadingText() {
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
