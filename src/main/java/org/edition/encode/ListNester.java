package org.edition.encode;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.edition.tei.Tei;
import org.jdom2.Content;
import org.jdom2.Element;

/**
 * Turns a run of list-item blocks into nested TEI lists. An item continues the nearest open list
 * with the same enumerator style and punctuation (so "- 5." after " - b." closes the inner list);
 * any other style opens a list inside the previous item. Ambiguous letters (i, v, x) continue an
 * alphabetic list when they are its next letter, and are roman otherwise. The enumerator goes to
 * {@code item/@n}, the style to {@code list/@rend}, from which renderers rebuild it.
 */
public final class ListNester {

    private static final class OpenList {
        final Element element;
        final String family;
        final String punctuation;
        final String bullet;
        final int indent;
        String last;
        /** How many items it has, and whether a blank line came before each after the first. */
        int items;
        boolean spaced = true;

        OpenList(Element element, String family, ListMark mark) {
            this.element = element;
            this.family = family;
            this.punctuation = mark.punctuation();
            this.bullet = mark.bullet();
            this.indent = mark.indent();
        }

        boolean sameShape(ListMark mark) {
            return punctuation.equals(mark.punctuation()) && java.util.Objects.equals(bullet, mark.bullet());
        }
    }

    /**
     * The lists of a run of items, in order. An item that continues no open list starts a list
     * inside the previous item when it is indented more, follows it directly, or has a style of a
     * lower outline level; otherwise, after a blank line at the same indentation, it starts a new
     * list of its own.
     */
    public List<Element> nest(List<Block> items, Function<Block, List<Content>> encode) {
        Deque<OpenList> open = new ArrayDeque<>();
        List<Element> roots = new ArrayList<>();
        List<OpenList> made = new ArrayList<>();
        for (int k = 0; k < items.size(); k++) {
            Block block = items.get(k);
            ListMark mark = block.mark();
            OpenList target = findOpen(open, mark);
            if (target != null) {
                while (open.peek() != target) {
                    open.pop();
                }
            } else {
                boolean deeper = !open.isEmpty() && (mark.indent() > open.peek().indent
                        || mark.indent() == open.peek().indent && subsection(open.peek(), mark, items, k));
                if (!open.isEmpty() && block.afterBlank() && !deeper) {
                    open.clear();
                }
                // the outermost list stays open: a run of items is one list, so order is never lost
                while (open.size() > 1 && open.peek().indent > mark.indent()) {
                    open.pop();
                }
                String family = newFamily(mark);
                Element list = Tei.element("list").setAttribute("rend", rend(family, mark));
                target = new OpenList(list, family, mark);
                made.add(target);
                if (open.isEmpty()) {
                    roots.add(list);
                } else {
                    lastItem(open.peek().element).addContent(list);
                }
                open.push(target);
            }
            Element item = Tei.element("item");
            if (!mark.bulletOnly()) {
                item.setAttribute("n", mark.label());
            }
            item.addContent(encode.apply(block));
            target.spaced &= target.items == 0 || block.afterBlank();
            target.items++;
            target.element.addContent(item);
            target.last = mark.label();
        }
        for (OpenList list : made) {
            if (list.spaced && list.items > 1) {
                // "1. ...", a blank line, "2. ...": each item a paragraph of its own, as the renderers give it back
                list.element.setAttribute("rend", list.element.getAttributeValue("rend") + " spaced");
            }
        }
        return roots;
    }

    private static Element lastItem(Element list) {
        List<Element> children = list.getChildren("item", Tei.NS);
        return children.get(children.size() - 1);
    }

    private static OpenList findOpen(Deque<OpenList> open, ListMark mark) {
        for (OpenList list : open) {
            if (list.sameShape(mark) && fits(list, mark.label())) {
                return list;
            }
        }
        return null;
    }

    private static boolean fits(OpenList list, String label) {
        switch (list.family) {
            case "numbered":
                return label.chars().allMatch(Character::isDigit)
                        && Integer.parseInt(label) == Integer.parseInt(list.last) + 1;
            case "bulleted":
                return label.isEmpty();
            case "alphabetic":
            case "upper-alphabetic":
                return label.length() == 1 && Character.isLetter(label.charAt(0))
                        && (list.family.equals("alphabetic") == Character.isLowerCase(label.charAt(0)))
                        && label.charAt(0) == list.last.charAt(0) + 1;
            case "roman":
            case "upper-roman":
                return isRoman(label) && (list.family.equals("roman") == Character.isLowerCase(label.charAt(0)))
                        && Roman.value(label) == Roman.value(list.last) + 1;
            default:
                return false;
        }
    }

    /**
     * Whether item k, of a style that continues no open list, opens an outline's subsection of the
     * item above though a blank line parts them: its style is of a lower level than that of the
     * list above, and that list goes on after it ("I. General situation", "1. Since ...", "2. ...",
     * "II. Combat readiness"), or an item above holds a list of its style (the last section). A
     * list that does not go on is done ("I. ... III." then "(a) ...").
     */
    private static boolean subsection(OpenList above, ListMark mark, List<Block> items, int k) {
        if (outlineLevel(newFamily(mark)) <= outlineLevel(above.family)) {
            return false;
        }
        for (int j = k + 1; j < items.size(); j++) {
            ListMark later = items.get(j).mark();
            if (later.indent() == above.indent && above.sameShape(later) && fits(above, later.label())) {
                return true;
            }
        }
        // the last section: its items are of the style the sections above held theirs in
        String rend = rend(newFamily(mark), mark);
        for (Element item : above.element.getChildren("item", Tei.NS)) {
            for (Element inner : item.getChildren("list", Tei.NS)) {
                if (rend.equals(inner.getAttributeValue("rend"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The level of an enumerator style in an outline: "I." above "A." above "1." above "a)" above "i." above bullets. */
    private static int outlineLevel(String family) {
        return switch (family) {
            case "upper-roman" -> 0;
            case "upper-alphabetic" -> 1;
            case "numbered" -> 2;
            case "alphabetic" -> 3;
            case "roman" -> 4;
            default -> 5;
        };
    }

    private static String newFamily(ListMark mark) {
        String label = mark.label();
        if (label.isEmpty()) {
            return "bulleted";
        }
        if (Character.isDigit(label.charAt(0))) {
            return "numbered";
        }
        boolean lower = Character.isLowerCase(label.charAt(0));
        boolean roman = label.length() > 1 || label.equalsIgnoreCase("i");
        if (roman) {
            return lower ? "roman" : "upper-roman";
        }
        return lower ? "alphabetic" : "upper-alphabetic";
    }

    private static boolean isRoman(String label) {
        return !label.isEmpty() && label.toLowerCase(Locale.ROOT).chars().allMatch(c -> "ivxlcdm".indexOf(c) >= 0);
    }

    private static String rend(String family, ListMark mark) {
        StringBuilder sb = new StringBuilder(family);
        switch (mark.punctuation()) {
            case ".":
                sb.append(" dot");
                break;
            case ")":
                sb.append(" right-paren");
                break;
            case "()":
                sb.append(" parens");
                break;
            default:
                break;
        }
        if (mark.bullet() != null) {
            sb.append(switch (mark.bullet()) {
                case "-" -> " dash";
                case "–" -> " en-dash";
                case "•" -> " bullet";
                default -> " asterisk";
            });
        }
        return sb.toString();
    }
}
