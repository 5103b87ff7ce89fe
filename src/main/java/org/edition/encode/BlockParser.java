package org.edition.encode;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a source text into blocks: runs of lines separated by blank lines; inside a run, each line
 * that starts with an enumerator or bullet begins a list item and the lines after it continue it; a
 * run of two or more lines of aligned columns is a table; a line that is only a page marker is a
 * page break. Stateless.
 */
public final class BlockParser {
    // roman numerals only up to 39, so that words such as "Mix." never start a list
    private static final String LABEL = "[0-9]{1,3}|[A-Za-z]|(?=[ivx]{2})x{0,3}(?:ix|iv|v?i{0,3})"
            + "|(?=[IVX]{2})X{0,3}(?:IX|IV|V?I{0,3})";
    private static final Pattern ENUMERATED = Pattern.compile(
            "^([ \\t]*)(?:([-–•*])[ \\t]+)?(?:\\((" + LABEL + ")\\)|(" + LABEL + ")([.)]))[ \\t]+(?=\\S)");
    private static final Pattern BULLETED = Pattern.compile("^([ \\t]*)([-–•*])[ \\t]+(?=\\S)");
    private static final Pattern CELL_GAP = Pattern.compile("\\t+|[ ]{2,}");
    /** Cells set apart by vertical bars ("1956 | 2.87 | 190"), the bars at the ends of a line optional. */
    private static final Pattern PIPE_GAP = Pattern.compile("[ \\t]*\\|[ \\t]*");
    private static final Pattern PAGE_LINE = Pattern.compile(
            "(?i)^\\s*\\[(page|p\\.|pg\\.|f\\.|fol\\.|folio|sheet)\\s*([0-9]+[rv]?|[ivxlc]+)\\]\\s*$");

    private static final int MAX_CELL = 40;
    private static final Pattern SECOND_INITIAL = Pattern.compile("\\p{Lu}\\.\\s*(?:\\p{Lu}\\.\\s*)?\\p{Lu}[\\p{L}'’-]+");
    private static final Pattern NAME_AFTER_INITIAL = Pattern.compile(
            "(?:\\p{Lu}\\.\\s*){0,2}\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?");

    public List<Block> parse(SourceText source) {
        List<Block> blocks = new ArrayList<>();
        String text = source.text();
        int n = source.lineCount();
        int i = 0;
        while (i < n) {
            if (isBlank(text, source, i)) {
                i++;
                continue;
            }
            int j = i;
            while (j < n && !isBlank(text, source, j)) {
                j++;
            }
            parseRun(source, i, j, blocks);
            i = j;
        }
        return blocks;
    }

    private static boolean isBlank(String text, SourceText source, int line) {
        for (int i = source.lineStart(line), e = source.lineEnd(line); i < e; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private void parseRun(SourceText source, int first, int end, List<Block> blocks) {
        String text = source.text();
        int before = blocks.size();
        parseLines(source, first, end, blocks);
        // only the first block of a run follows a blank line; the parser's helpers mark none
        for (int i = before; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.afterBlank() != (i == before)) {
                blocks.set(i, new Block(b.kind(), b.lineStart(), b.start(), b.end(), b.lines(), b.mark(), b.rows(),
                        i == before));
            }
        }
    }

    private void parseLines(SourceText source, int first, int end, List<Block> blocks) {
        String text = source.text();
        if (end - first >= 2 && isTable(source, first, end)) {
            blocks.add(Block.table(source.lineStart(first), source.lineEnd(end - 1), rows(source, first, end)));
            return;
        }
        int textStart = -1;
        int textLines = 0;
        Block item = null;
        for (int line = first; line < end; line++) {
            int ls = source.lineStart(line);
            int le = source.lineEnd(line);
            String content = text.substring(ls, le);
            if (PAGE_LINE.matcher(content).matches()) {
                textStart = flushText(blocks, textStart, ls, textLines, source);
                textLines = 0;
                item = flushItem(blocks, item);
                int s = ls + (content.length() - content.stripLeading().length());
                blocks.add(Block.page(s, s + content.strip().length(), false));
                continue;
            }
            ListMark mark = null;
            int contentStart = -1;
            Matcher m = ENUMERATED.matcher(content);
            if (m.find() && !isInitial(m, content)) {
                String label = m.group(3) != null ? m.group(3) : m.group(4);
                String punctuation = m.group(3) != null ? "()" : m.group(5);
                mark = new ListMark(width(m.group(1)), m.group(2), label, punctuation);
                contentStart = ls + m.end();
            } else {
                Matcher b = BULLETED.matcher(content);
                if (b.find()) {
                    mark = new ListMark(width(b.group(1)), b.group(2), "", "");
                    contentStart = ls + b.end();
                }
            }
            if (mark != null) {
                textStart = flushText(blocks, textStart, ls, textLines, source);
                textLines = 0;
                item = flushItem(blocks, item);
                item = Block.item(ls, contentStart, le, 1, mark, false);
            } else if (item != null) {
                item = Block.item(item.lineStart(), item.start(), le, item.lines() + 1, item.mark(), false);
            } else {
                if (textStart < 0) {
                    textStart = ls + (content.length() - content.stripLeading().length());
                }
                textLines++;
            }
        }
        flushText(blocks, textStart, source.lineEnd(end - 1) + 1, textLines, source);
        flushItem(blocks, item);
    }

    /**
     * "A. S. Kornilov", "I. Ivanov [Signature]": a capital initial before a name, not an enumerator.
     * Costs "A. Introduction" its list item; it stays text, so nothing is lost.
     */
    private static boolean isInitial(Matcher m, String line) {
        String label = m.group(4);
        if (label == null || label.length() != 1 || !Character.isUpperCase(label.charAt(0)) || !".".equals(m.group(5))
                || m.group(2) != null) {
            return false;
        }
        String rest = line.substring(m.end()).replaceAll("\\[[^\\]]*\\]", "").strip();
        // a name alone ("A. Kornilov"), or a second initial and a surname, whatever follows them
        // ("N. S. KHRUSHCHEV: No."): no enumerator is followed by an initial
        return NAME_AFTER_INITIAL.matcher(rest).matches() || SECOND_INITIAL.matcher(rest).lookingAt();
    }

    private static int flushText(List<Block> blocks, int textStart, int nextLineStart, int lines, SourceText source) {
        if (textStart >= 0) {
            int e = Math.min(nextLineStart - 1, source.text().length());
            String t = source.text();
            while (e > textStart && Character.isWhitespace(t.charAt(e - 1))) {
                e--;
            }
            blocks.add(Block.text(textStart, e, lines, false));
        }
        return -1;
    }

    private static Block flushItem(List<Block> blocks, Block item) {
        if (item != null) {
            blocks.add(item);
        }
        return null;
    }

    private static int width(String indent) {
        int w = 0;
        for (char c : indent.toCharArray()) {
            w += c == '\t' ? 4 : 1;
        }
        return w;
    }

    /** How the cells of the lines are set apart: by bars where every line has one, else by wide spaces. */
    private static Pattern cellGap(SourceText source, int first, int end) {
        for (int line = first; line < end; line++) {
            int bar = source.text().indexOf('|', source.lineStart(line));
            if (bar < 0 || bar >= source.lineEnd(line)) {
                return CELL_GAP;
            }
        }
        return PIPE_GAP;
    }

    private static boolean isTable(SourceText source, int first, int end) {
        if (cellGap(source, first, end) == PIPE_GAP) {
            return isPipeTable(source, first, end);
        }
        String text = source.text();
        // prose typed with two spaces after a full stop must not become a table: cells are short and
        // every row has the same number of them (a heading row may have one fewer)
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (int line = first; line < end; line++) {
            String content = text.substring(source.lineStart(line), source.lineEnd(line)).strip();
            if (ENUMERATED.matcher(content).find() || content.indexOf('[') >= 0 && content.indexOf(']') < 0) {
                return false;
            }
            String[] cells = CELL_GAP.split(content);
            for (String cell : cells) {
                if (cell.length() > MAX_CELL || isSentence(cell)) {
                    return false;
                }
            }
            min = Math.min(min, cells.length);
            max = Math.max(max, cells.length);
        }
        return min >= 2 && max - min <= 1 || min >= 1 && max >= 3 && max - min <= 1;
    }

    /**
     * Every line the same number of cells (two or more), none of them empty (a "||" would not come
     * back from the cells: such lines stay text) or a sentence.
     */
    private static boolean isPipeTable(SourceText source, int first, int end) {
        int count = -1;
        for (int line = first; line < end; line++) {
            String content = source.text().substring(source.lineStart(line), source.lineEnd(line)).strip();
            int from = content.startsWith("|") ? 1 : 0;
            int to = content.endsWith("|") && content.length() > from ? content.length() - 1 : content.length();
            String[] cells = content.substring(from, to).split("\\|", -1);
            if (cells.length < 2 || count >= 0 && cells.length != count
                    || content.indexOf('[') >= 0 && content.indexOf(']') < 0) {
                return false;
            }
            count = cells.length;
            for (String cell : cells) {
                if (cell.isBlank() || cell.strip().length() > MAX_CELL || isSentence(cell)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** "It was received by the Minister.": a cell of prose, not of a table. */
    private static boolean isSentence(String cell) {
        String c = cell.strip();
        return !c.isEmpty() && ".?!".indexOf(c.charAt(c.length() - 1)) >= 0 && c.split(" ").length >= 4;
    }

    private static List<List<int[]>> rows(SourceText source, int first, int end) {
        Pattern cellGap = cellGap(source, first, end);
        String text = source.text();
        List<List<int[]>> rows = new ArrayList<>();
        for (int line = first; line < end; line++) {
            int ls = source.lineStart(line);
            int le = source.lineEnd(line);
            List<int[]> cells = new ArrayList<>();
            int pos = ls;
            while (pos < le && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
            Matcher gap = cellGap.matcher(text).region(pos, le);
            while (gap.find()) {
                if (gap.start() > pos) {
                    cells.add(new int[] {pos, gap.start()});
                }
                pos = gap.end();
            }
            int e = le;
            while (e > pos && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > pos) {
                cells.add(new int[] {pos, e});
            }
            rows.add(cells);
        }
        return rows;
    }
}
