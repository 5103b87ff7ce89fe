package org.edition.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The numbered notes of a rendered edition: the references in its text and the list of notes, by number. */
public final class Notes {
    private static final Pattern TEXT_REFERENCE = Pattern.compile("\\[(\\d+)]");
    private static final Pattern TEXT_NOTE = Pattern.compile("(?m)^(\\d+)\\. (.+)$");
    private static final Pattern HTML_REFERENCE = Pattern.compile("<a href=\"#ed-note-(\\d+)\" id=\"ed-noteref-\\1(-note)?\">");
    private static final Pattern HTML_NOTE = Pattern.compile("<li value=\"(\\d+)\" id=\"ed-note-\\1\"[^>]*>(.*?)</li>");

    private Notes() {
    }

    /** The list at the end of a reading-view text: number to the note's text. */
    public static Map<Integer, String> listedInText(String text) {
        int at = text.indexOf("\nNotes\n");
        return numbered(at < 0 ? "" : text.substring(at), TEXT_NOTE);
    }

    /** The list of notes of an HTML page: number to the note's text, tags left out. */
    public static Map<Integer, String> listedInHtml(String html) {
        Map<Integer, String> notes = numbered(html, HTML_NOTE);
        notes.replaceAll((n, note) -> note.replaceAll("<[^>]+>", ""));
        return notes;
    }

    /** The note references of a reading-view text, in the order they occur (the list included). */
    public static List<Integer> referencedInText(String text) {
        return numbers(text, TEXT_REFERENCE);
    }

    /** The note references of an HTML page, in the order they occur (the list included). */
    public static List<Integer> referencedInHtml(String html) {
        return numbers(html, HTML_REFERENCE);
    }

    private static Map<Integer, String> numbered(String s, Pattern p) {
        Map<Integer, String> notes = new LinkedHashMap<>();
        Matcher m = p.matcher(s);
        while (m.find()) {
            notes.put(Integer.parseInt(m.group(1)), m.group(2));
        }
        return notes;
    }

    private static List<Integer> numbers(String s, Pattern p) {
        List<Integer> numbers = new ArrayList<>();
        Matcher m = p.matcher(s);
        while (m.find()) {
            numbers.add(Integer.parseInt(m.group(1)));
        }
        return numbers;
    }
}
