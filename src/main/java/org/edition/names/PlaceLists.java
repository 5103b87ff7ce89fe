package org.edition.names;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A name listed with known places is a place: "from Szczecin and Elbląg", "Ghana, Dahomey [Benin]
 * and Tanzania". One or two capitalised words joined to a known place by a comma, "and" or "or",
 * and standing in the list: after the last of a list, punctuation, "and" or "or", not a verb
 * ("Moscow and Gromyko said" names no place); after one joined by a comma alone, more of the list,
 * not the end of an apposition ("of Albania, Kadri Rapaj."). Stateless.
 */
final class PlaceLists {
    private PlaceLists() {
    }

    private static final Pattern JOIN_AFTER = Pattern.compile(", (?:and |or )?| and | or ");
    private static final Pattern JOIN_BEFORE = Pattern.compile("(?:, and|, or| and| or) $");
    private static final Pattern WORD = Pattern.compile("\\p{Lu}\\p{Ll}[\\p{L}'’-]*");
    /** What may follow the last name of a list: punctuation, "and", "or", the end. */
    private static final Pattern LIST_ENDS = Pattern.compile("(?:[,.;:)]| and\\b| or\\b|\\s*$)");
    /**
     * What must follow a name joined by a comma alone, a bracket after it passed over: more of the
     * list ("Ghana, Dahomey [Benin] and Tanzania"), not the end of an apposition ("of Albania, Kadri
     * Rapaj [Rrapaj].").
     */
    private static final Pattern LIST_GOES_ON = Pattern.compile("(?: \\[[^\\]]*\\])?(?:, | and | or )");

    /** Kinds of place, in lower case, that name the places after "of": "the provinces of Herat, Kunar and Paktia". */
    private static final java.util.Set<String> KINDS = java.util.Set.of("province", "provinces", "region", "regions",
            "district", "districts", "city", "cities", "town", "towns", "village", "villages", "port", "ports",
            "island", "islands", "county", "counties", "prefecture", "prefectures", "oblast", "oblasts", "state", "states",
            "camp", "camps");

    /**
     * The places named after a kind of place and "of": "the city of Sistova", "the provinces of Herat,
     * Kunar and Paktia", one to three capitalised words each, joined by commas and "and".
     */
    static List<Candidate> afterKind(String v) {
        List<Candidate> out = null;
        for (int of = v.indexOf(" of "); of > 0; of = v.indexOf(" of ", of + 4)) {
            int w = of;
            while (w > 0 && Character.isLowerCase(v.charAt(w - 1))) {
                w--;
            }
            if (w == of || w > 0 && v.charAt(w - 1) != ' ' || !KINDS.contains(v.substring(w, of))) {
                continue;
            }
            int s = of + 4;
            while (true) {
                int e = wordsFrom(v, s, 3);
                if (e == s) {
                    break;
                }
                String name = v.substring(s, e);
                String first = NameForms.firstWord(name);
                if (!Titles.isTitle(first) && !NameRules.neverAName(first)) {
                    out = out == null ? new ArrayList<>() : out;
                    out.add(new Candidate(s, e, EntityType.PLACE, name, null));
                }
                if (v.startsWith(", and ", e)) {
                    s = e + 6;
                } else if (v.startsWith(", ", e)) {
                    s = e + 2;
                } else if (v.startsWith(" and ", e)) {
                    s = e + 5;
                } else {
                    break;
                }
            }
        }
        return out == null ? List.of() : out;
    }

    /** Kinds of place, in lower case, that follow a place's name: "Quang Binh province", "the Gobi-Altai and Bayan-Ölgii aimags". */
    private static final String[] KINDS_AFTER = {" province", " region", " district", " county", " prefecture", " oblast",
        " palace", " valley", " provinces", " regions", " districts", " aimag", " aimags", " mine", " mines",
        " coal mine", " coalfield", " oilfield", " barracks"};

    /** Whether a kind of place in lower case follows {@code e}: " district", not " regional". */
    static boolean kindAfter(String v, int e) {
        return Tokens.wordAt(v, e, KINDS_AFTER) >= 0;
    }

    /**
     * The places named before a kind of place in lower case: "Quang Binh province", "the Tula region",
     * one to three capitalised words, not an adjective of a people ("a Chinese province", "the
     * Soviet region"), nor the name of a body or a person's title.
     */
    static List<Candidate> beforeKind(String v) {
        List<Candidate> out = null;
        for (String kind : KINDS_AFTER) {
            for (int k = v.indexOf(kind); k > 0; k = v.indexOf(kind, k + kind.length())) {
                int after = k + kind.length();
                if (after < v.length() && Character.isLetter(v.charAt(after)) || !Character.isUpperCase(
                        v.charAt(Math.max(0, wordStart(v, k))))) {
                    continue; // "provincial", or a lower-case word before it
                }
                out = out == null ? new ArrayList<>() : out;
                int found = out.size();
                placeBefore(v, k, out);
                int s = out.size() > found ? out.get(found).start() : k;
                if (s < k && kind.endsWith("s") && v.startsWith(" and ", s - 5)) {
                    placeBefore(v, s - 5, out); // "the Gobi-Altai and Bayan-Ölgii aimags": two places
                }
            }
        }
        return out == null ? List.of() : out;
    }

    /** The place named by the capitalised words that end at {@code e}, if they can be one, added to {@code out}. */
    private static void placeBefore(String v, int e, List<Candidate> out) {
        int s = NameRules.skipDeterminer(v, NameRules.capitalisedWordsBefore(v, e + 1, 3, false), e);
        String first = NameForms.firstWord(v.substring(s, e));
        if (s < e && !NameRules.endsLikeAnAdjective(v, wordStart(v, e), e) && !Titles.isTitle(first)
                && !NameRules.neverAName(first)) {
            out.add(new Candidate(s, e, EntityType.PLACE, v.substring(s, e), null));
        }
    }

    /** The start of the word that ends at {@code e}. */
    private static int wordStart(String v, int e) {
        int s = e;
        while (s > 0 && Tokens.isWordChar(v.charAt(s - 1))) {
            s--;
        }
        return s;
    }

    /** Adds to {@code candidates} the places listed beside the places among them (view spans). */
    static void beside(List<Candidate> candidates, String text, TextView view) {
        List<Candidate> out = null;
        String v = view.text;
        for (Candidate k : candidates) {
            if (k.type() == EntityType.PLACE && v.startsWith(" to ", k.end()) && k.start() >= 5
                    && v.startsWith("from ", k.start() - 5)) {
                // "the road from Nicosia to Kyrenia": where a place is gone from, a place is gone to
                int e = wordsFrom(v, k.end() + 4);
                if (e > k.end() + 4) {
                    out = out == null ? new ArrayList<>() : out;
                    add(out, text, view, k.end() + 4, e, LIST_ENDS);
                }
            }
            if (k.type() != EntityType.PLACE || !joinAround(v, k)) {
                continue; // most places stand in no list: decided without a regular expression
            }
            out = out == null ? new ArrayList<>() : out;
            Matcher join = JOIN_AFTER.matcher(v).region(k.end(), v.length());
            if (join.lookingAt() && !(join.group().equals(", ") && ofAnOffice(v, k.start()))) {
                int e = wordsFrom(view.text, join.end());
                if (e > join.end() && view.bracketWithin(join.end() + 1, e - 1)) {
                    e = wordsFrom(view.text, join.end(), 1); // "Dahomey [Benin]": the first word alone
                }
                if (e > join.end()) {
                    add(out, text, view, join.end(), e, join.group().equals(", ") ? LIST_GOES_ON : LIST_ENDS);
                }
            }
            int before = Math.max(0, k.start() - 8);
            Matcher back = JOIN_BEFORE.matcher(view.text).region(before, k.start());
            if (back.find()) {
                int s = wordsBefore(view.text, back.start());
                if (s < back.start() && !titleBefore(view.text, s) && !partOfAName(view.text, s)) {
                    add(out, text, view, s, back.start(), LIST_ENDS);
                }
            }
        }
        if (out != null) {
            candidates.addAll(out);
        }
    }

    /** Whether a comma or " and " / " or " stands right after the place, or " and " / " or " right before it. */
    private static boolean joinAround(String v, Candidate k) {
        int e = k.end();
        if (e < v.length() && v.charAt(e) == ',' || v.startsWith(" and ", e) || v.startsWith(" or ", e)) {
            return true;
        }
        int s = k.start();
        return s >= 4 && (v.startsWith(" and ", s - 5) || v.startsWith(" or ", s - 4));
    }

    private static void add(List<Candidate> out, String text, TextView view, int s, int e, Pattern after) {
        if (view.bracketWithin(s + 1, e - 1)) {
            return; // "Dahomey [Benin]": the bracket's name is another
        }
        int[] src = view.toSource(s, e);
        if (src[0] < 0 || !after.matcher(text).region(src[1], text.length()).lookingAt()) {
            return;
        }
        String name = view.text.substring(s, e);
        for (String w : name.split(" ")) {
            if (Titles.isTitle(w) || NameRules.neverAName(w)) {
                return;
            }
        }
        out.add(new Candidate(s, e, EntityType.PLACE, name, null));
    }

    /** The end of one or two capitalised words from {@code s}, or {@code s}. */
    private static int wordsFrom(String text, int s) {
        return wordsFrom(text, s, 2);
    }

    private static int wordsFrom(String text, int s, int max) {
        int e = s;
        for (int k = 0; k < max; k++) {
            if (k > 0 && (e + 1 >= text.length() || text.charAt(e) != ' ')) {
                break;
            }
            Matcher w = WORD.matcher(text).region(k == 0 ? s : e + 1, text.length());
            if (!w.lookingAt()) {
                break;
            }
            e = w.end();
        }
        return e;
    }

    /** The start of the capitalised word that ends at {@code e} (one word: two would reach into the sentence), or {@code e}. */
    private static int wordsBefore(String text, int e) {
        int s = wordStart(text, e);
        return s < e && WORD.matcher(text).region(s, e).matches() && (s == 0 || text.charAt(s - 1) == ' ') ? s : e;
    }

    /** "Ministry of Culture and China": a word after a capitalised one or "of", "the", "for" ends a longer name. */
    private static boolean partOfAName(String text, int s) {
        String word = wordBefore(text, s);
        return !word.isEmpty() && (Character.isUpperCase(word.charAt(0)) || NameForms.isConnector(word));
    }

    /**
     * Whether the place at {@code s} is what an office is of, so that a name after the comma is its
     * holder's: "the Minister of Foreign Affairs of the Polish People's Republic, Stefan Jędrychowski,".
     */
    private static boolean ofAnOffice(String v, int s) {
        int p = s;
        for (int words = 0; words < 8; words++) {
            String w = wordBefore(v, p);
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) && !w.equals("of") && !w.equals("the") && !w.equals("for")) {
                return false;
            }
            if (Titles.isTitle(w)) {
                return true;
            }
            p -= w.length() + 1;
        }
        return false;
    }

    /** "Comrade Kim and China": a name after a title is a person's. */
    private static boolean titleBefore(String text, int s) {
        return Titles.isTitle(wordBefore(text, s));
    }

    /** The word that ends one space before {@code s}; "" if there is none. */
    private static String wordBefore(String text, int s) {
        int e = s - 1;
        if (e <= 0 || text.charAt(e) != ' ') {
            return "";
        }
        int w = e;
        while (w > 0 && Tokens.isWordChar(text.charAt(w - 1))) {
            w--;
        }
        return text.substring(w, e);
    }
}
