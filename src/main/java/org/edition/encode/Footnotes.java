package org.edition.encode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The translator's numbered footnotes, as archives' translations print them: a reference mark
 * right after a word or a full stop ("a settlement.[1]") and, at the end of the document, the
 * notes in their order, each line opening with its mark ("[1] The Four Points were ..."). Each
 * note is encoded where its mark stands (the TEI convention for footnotes), so its blocks at the
 * end take no part in the document's layout: the signature above them stays the closer.
 * The text is taken as footnoted only when the notes are numbered 1, 2, 3 ... and each mark is
 * found, in order, before them; otherwise every bracket reads as before. A heading printed above
 * the notes ("Notes", "Translator's notes:"), on a line of its own, is kept as their heading.
 * Immutable.
 */
final class Footnotes {
    static final Footnotes NONE = new Footnotes(-1, Map.of(), List.of(), null);

    /** A footnote's number in brackets, as its mark and its note's line both give it. */
    private static final String NUMBER = "\\[(\\d{1,4})\\]";
    /** A note's first line: its mark, then text. */
    private static final Pattern NOTE_LINE = Pattern.compile(NUMBER + "[ \\t]+\\S");
    /** A reference mark: a bracketed number touching the character before it. */
    private static final Pattern MARK = Pattern.compile("(?<=\\S)" + NUMBER);
    /** A heading above the notes, the whole line. */
    private static final Pattern HEADING = Pattern.compile(
            "(?i)(?:(?:the )?(?:translator|editor)['’]?s )?(?:foot|end)?notes(?: of the translator)?:?[ \\t]*");

    /** One note: its number and its text's offsets, the mark at the start of its line left out. */
    record Note(int n, int start, int end) {
    }

    private final int firstBlock;
    private final Map<Integer, Note> byMark;
    private final List<Note> notes;
    private final String heading;

    private Footnotes(int firstBlock, Map<Integer, Note> byMark, List<Note> notes, String heading) {
        this.firstBlock = firstBlock;
        this.byMark = byMark;
        this.notes = notes;
        this.heading = heading;
    }

    /** The footnotes of a document whose blocks are {@code blocks}, or {@link #NONE}. */
    static Footnotes find(SourceText source, List<Block> blocks) {
        String text = source.text();
        int first = blocks.size();
        while (first > 1 && opensNote(text, blocks.get(first - 1))) {
            first--;
        }
        String heading = null;
        if (first > 1) {
            // the heading on a line of its own: a block alone above the notes, or the first line of theirs
            List<int[]> lines = blocks.get(first - 1).lineRanges(text);
            int[] top = lines.get(0);
            boolean alone = lines.size() == 1 && first < blocks.size();
            if (blocks.get(first - 1).kind() == Block.Kind.TEXT && HEADING.matcher(text).region(top[0], top[1]).matches()
                    && (alone || lines.size() > 1 && NOTE_LINE.matcher(text).region(lines.get(1)[0], lines.get(1)[1]).lookingAt())) {
                heading = text.substring(top[0], stripEnd(text, top[1]));
                first--;
            }
        }
        if (first == blocks.size() || first == 0) {
            return NONE;
        }
        List<Note> notes = notesOf(text, blocks.subList(first, blocks.size()));
        if (notes == null) {
            return NONE;
        }
        Map<Integer, Note> byMark = new HashMap<>();
        Matcher m = MARK.matcher(text).region(0, blocks.get(first).lineStart());
        int next = 0;
        while (next < notes.size() && m.find()) {
            if (Integer.parseInt(m.group(1)) == next + 1) {
                byMark.put(m.start(), notes.get(next++));
            }
        }
        return next == notes.size() ? new Footnotes(first, Map.copyOf(byMark), List.copyOf(notes), heading) : NONE;
    }

    private static boolean opensNote(String text, Block b) {
        if (b.kind() != Block.Kind.TEXT) {
            return false;
        }
        int[] line = b.lineRanges(text).get(0);
        return NOTE_LINE.matcher(text).region(line[0], line[1]).lookingAt();
    }

    /**
     * The notes of the blocks at the end, numbered from 1 without a gap; a line without a mark goes
     * on with the note above it (a heading above the first is no note's).
     */
    private static List<Note> notesOf(String text, List<Block> blocks) {
        List<Note> notes = new ArrayList<>();
        int n = 0;
        int start = -1;
        int end = -1;
        for (Block b : blocks) {
            for (int[] line : b.lineRanges(text)) {
                Matcher m = NOTE_LINE.matcher(text).region(line[0], line[1]);
                if (m.lookingAt()) {
                    if (start >= 0) {
                        notes.add(new Note(n, start, end));
                    }
                    if (Integer.parseInt(m.group(1)) != ++n) {
                        return null;
                    }
                    start = m.end() - 1;
                }
                end = stripEnd(text, line[1]);
            }
        }
        notes.add(new Note(n, start, end));
        return notes;
    }

    private static int stripEnd(String text, int end) {
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** The blocks the document is laid out from: all of them but the notes. */
    List<Block> before(List<Block> blocks) {
        return firstBlock < 0 ? blocks : blocks.subList(0, firstBlock);
    }

    /**
     * The text as the layout reads it: each mark blanked out, the offsets unchanged, so that a
     * sentence ending "... as planned.[2]" still ends with its full stop.
     */
    SourceText withoutMarks(SourceText source) {
        if (byMark.isEmpty()) {
            return source;
        }
        char[] chars = source.text().toCharArray();
        for (int open : byMark.keySet()) {
            java.util.Arrays.fill(chars, open, source.text().indexOf(']', open) + 1, ' ');
        }
        return new SourceText(source.name(), new String(chars));
    }

    /** The note whose reference mark opens at {@code offset}, or null. */
    Note markedAt(int offset) {
        return byMark.isEmpty() ? null : byMark.get(offset);
    }

    /** The note numbered {@code n} (from 1). */
    Note numbered(int n) {
        return notes.get(n - 1);
    }

    /** The heading printed above the notes, as written, or null. */
    String heading() {
        return heading;
    }

    boolean any() {
        return !notes.isEmpty();
    }
}
