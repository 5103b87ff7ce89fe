package org.edition.names;

import java.util.ArrayList;
import java.util.List;
import org.edition.encode.BlockPairs;
import org.edition.encode.BracketPair;

/**
 * Names beside the translator's brackets. A name and another form of it, as translators give them:
 * "Pak Seong-cheol [Pak Song Chol]", "Zhou Enlai [Chou En-lai]", "Subotica [Szabadka]", "Polish
 * United Workers' Party [PZPR]": the bracketed form belongs to the mention, and a name followed by
 * one is a name even where no rule or list knows it. A name followed by an office ("Abdelaziz
 * Bouteflika [Minister of Foreign Affairs]") is a person's; a place in brackets beside another is a
 * place of its own. Stateless.
 */
final class OtherForms {
    private OtherForms() {
    }

    /**
     * "Premier Zhou Enlai [Chou En-lai]": a rule reads the words on through the brackets; the name
     * is what comes before the other form of it, which {@link #takenIn} then takes in.
     */
    static Candidate cutBefore(Candidate c, String text, BlockPairs pairs, TextView view) {
        if (c.entry() != null || !view.bracketWithin(c.start(), c.end())) {
            return c;
        }
        // compared in the view: a rule may have read on into a bracket and ended inside it
        // ("Shri Rishikesh Shaha [Nepalese Ambassador]"), where no source span maps the name
        for (BracketPair p : pairs.all()) {
            int cut = view.viewOffset(p.open());
            if (cut >= c.end()) {
                break; // sorted by their opening bracket: no later pair is inside the name
            }
            if (cut <= c.start() || pairs.hasInner(p)) {
                continue;
            }
            while (cut > c.start() && view.text.charAt(cut - 1) == ' ') {
                cut--;
            }
            String before = view.text.substring(c.start(), cut);
            String content = NameForms.letters(text.substring(p.contentStart(), p.contentEnd()));
            String form = text.substring(p.contentStart(), p.contentEnd()).strip();
            if (cut > c.start() && (similarToNameOrTail(before, content) || NameForms.reordered(before, form)
                    || NameForms.completes(before, form)
                    || NameForms.acronymOf(form, view.text, cut)
                    || c.type() == EntityType.PERSON && Titles.opensWithOffice(form))) { // "Shaha [Nepalese Ambassador]"
                return new Candidate(c.start(), cut, c.type(), before, null);
            }
        }
        return c;
    }

    /** A name read on into a bracket, cut where the first bracket opens ("Borba" of "Borba [Struggle]"); else as it is. */
    static Candidate cutAtBracket(Candidate c, BlockPairs pairs, TextView view) {
        if (!view.bracketWithin(c.start(), c.end())) {
            return c;
        }
        for (BracketPair p : pairs.all()) {
            int cut = view.viewOffset(p.open());
            while (cut > c.start() && view.text.charAt(cut - 1) == ' ') {
                cut--;
            }
            if (cut > c.start() && cut < c.end()) {
                return new Candidate(c.start(), cut, c.type(), view.text.substring(c.start(), cut), null);
            }
        }
        return c;
    }

    /**
     * A name read on into a bracket and ended inside it, cut where the bracket opens: "Plaza de las
     * Tres Culturas" of "Plaza de las Tres Culturas [Square of the Three Cultures]", whose words a
     * rule reads on into the bracket's first word; the bracket is then taken in whole or not at all.
     * Null where the words in the bracket are what made it a name, or where it begins inside a
     * bracket and reads on into another.
     */
    static Candidate cutEndingInBracket(Candidate c, String text, BlockPairs pairs, TextView view) {
        if (!view.bracketWithin(c.start(), c.end())) {
            return c; // the common case
        }
        for (BracketPair p : pairs.all()) {
            int open = view.viewOffset(p.open());
            if (open >= c.end()) {
                break; // sorted by their opening: none further reaches into the name
            }
            int close = view.viewOffset(p.close());
            if (open < c.start() && c.start() < close && c.end() > close && view.bracketWithin(close + 1, c.end())) {
                return null; // "[Renmin Ribao] and Xinhua [New China News Agency]" read from "Ribao" into the next: no name
            }
            // not "C[ouncil for]": a bracket inside a word completes it
            if (open > c.start() && open < c.end() && c.end() <= close && text.charAt(p.open() - 1) == ' ') {
                boolean kindBefore = kindWordIn(view.text, c.start(), open);
                boolean kindInside = kindWordIn(view.text, open, c.end());
                if (c.end() == close && (!kindBefore || kindInside || !Character.isUpperCase(text.charAt(p.contentStart())))) {
                    // read to the bracket's end: cut only where a kind word before it made the name and the
                    // bracket names another ("São Salvador [Mbanza Kongo]"); "Silesia [Katowice Province]" is
                    // the bracket's (inLastBracket), "Ministry of Foreign Trade [of the PRC]" one name
                    return c;
                }
                // a name read as one by the kind word in the bracket ("Playa Girón [Bay of Pigs]") is none
                if (!kindBefore && kindInside) {
                    return null;
                }
                int cut = open - 1;
                return new Candidate(c.start(), cut, c.type(), view.text.substring(c.start(), cut), null);
            }
        }
        return c;
    }

    /** Whether a word of {@code v[from, to)} names a kind of place or body ({@link NameRules#isKindWord}, {@link NameRules#isKindBefore}). */
    private static boolean kindWordIn(String v, int from, int to) {
        for (String w : v.substring(from, to).split(" ")) {
            if (NameRules.isKindWord(w) || NameRules.isKindBefore(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Silesia [Katowice Province]": a place or body found by rule that runs from outside a bracket to
     * its end, where the bracket holds a name of two words or more of its own, is that name: the
     * translator named another place beside the first, not one place in two parts ("Jilin
     * [Province]", "Ministry of Foreign Affairs [of the DPRK]" stay whole). After an acronym the
     * bracket is the name in full, and the mention is both ("DRA [Democratic Republic of
     * Afghanistan]"), filed under the full name. A body's name before a bracket that names a body is
     * that body's other name, unless the words before are a name known on their own.
     */
    static Candidate inLastBracket(Candidate c, String text, BlockPairs pairs, TextView view,
            java.util.function.Predicate<String> knownAsIs) {
        if (c.entry() != null || c.type() == EntityType.PERSON || !view.bracketWithin(c.start(), c.end())) {
            return c;
        }
        int[] src = view.toSource(c.start(), c.end());
        if (src[0] < 0) {
            return c;
        }
        for (BracketPair p : pairs.all()) {
            if (p.open() <= src[0] || p.close() + 1 != src[1] || pairs.hasInner(p)) {
                continue;
            }
            String content = text.substring(p.contentStart(), p.contentEnd());
            if (content.isEmpty() || !Character.isUpperCase(content.charAt(0)) || content.strip().indexOf(' ') < 0) {
                return c;
            }
            String before = text.substring(src[0], p.open()).strip();
            if (NameForms.isAcronym(before)) {
                // "DRA [Democratic Republic of Afghanistan]": the acronym, then the name in full, one mention
                // whose name is the full one
                return new Candidate(c.start(), c.end(), c.type(), DocumentNames.collapse(content), null);
            }
            // "Standing Committee of the PMAC [Provisional Military ...]": the bracket spells out the
            // acronym the name ends with; "the Lao Dong [Workers' Party of Vietnam]", "University of Leipzig
            // [Karl Marx University]": one body named twice ("Warsaw [Polish Foreign Ministry]" is two).
            // The mention is the whole, named without the bracket
            if (NameForms.isAcronym(NameForms.lastWord(before)) || c.type() == EntityType.ORG && !knownAsIs.test(before)) {
                return new Candidate(c.start(), c.end(), c.type(), DocumentNames.collapse(before), null);
            }
            int start = view.viewOffset(p.contentStart());
            if (c.type() == EntityType.PLACE && !kindWordIn(view.text, start, c.end())) {
                // "at Marienbad [Mariánské Lázně]": the place's name in another language, one mention
                return new Candidate(c.start(), c.end(), c.type(), DocumentNames.collapse(before), null);
            }
            return new Candidate(start, c.end(), c.type(), DocumentNames.collapse(view.text.substring(start, c.end())), null);
        }
        return c;
    }

    /**
     * "Subotica [Szabadka]", "Gdańsk [Danzig]": a known place followed by its name in another
     * language, one or two capitalised words of letters alone, belongs to the mention; a bracket
     * that names a known place of its own, or has one in it ("Hanoi [Vietnam]", "Silesia [Katowice
     * Province]"), or is an acronym ("[USSR]") does not.
     */
    static Candidate inOtherLanguage(Candidate c, String text, BlockPairs pairs, TextView view,
            java.util.function.Predicate<String> known) {
        BracketPair p = bracketAfter(c, text, pairs, view);
        if (p == null) {
            return c;
        }
        String content = text.substring(p.contentStart(), p.contentEnd());
        if (!OTHER_LANGUAGE_NAME.matcher(content).matches() || content.equals(content.toUpperCase(java.util.Locale.ROOT))
                || known.test(content)) {
            return c;
        }
        return new Candidate(c.start(), view.viewOffset(p.contentEnd()), c.type(), c.name(), c.entry(), c.registerForm());
    }

    /** "Ahmad Qavam [Qavam os-Saltaneh]": a person's other name, after the surname, that opens the bracket. */
    private static boolean otherNameFromSurname(Candidate c, String content) {
        String surname = NameForms.lastWord(c.name());
        return c.type() == EntityType.PERSON && c.name().indexOf(' ') > 0 && content.length() > surname.length()
                && content.startsWith(surname) && content.charAt(surname.length()) == ' ';
    }

    private static final java.util.regex.Pattern OTHER_LANGUAGE_NAME = java.util.regex.Pattern.compile(
            "\\p{Lu}\\p{L}+(?:[ -]\\p{Lu}\\p{L}+)?");

    /** "Pak Seong-cheol [Pak Song Chol]": a bracketed other form of the name belongs to the mention. */
    static Candidate takenIn(Candidate c, String text, BlockPairs pairs, TextView view,
            java.util.function.Predicate<String> known, java.util.function.Predicate<String> knownAsIs,
            java.util.function.BiPredicate<String, String> sameListed) {
        BracketPair p = bracketAfter(c, text, pairs, view);
        if (p == null) {
            return c;
        }
        String content = text.substring(p.contentStart(), p.contentEnd()).strip();
        boolean sameEntry = c.entry() != null && c.entry().names().contains(content);
        // "Quai d'Orsay [Ministry]": the kind of body the translator adds completes the name
        boolean kind = c.type() == EntityType.ORG && content.indexOf(' ') < 0 && NameRules.isKindWord(content);
        if (Tokens.opensAName(content)
                && (sameEntry || kind || similarToNameOrTail(c.name(), NameForms.letters(content))
                    || NameForms.reordered(c.name(), content) || NameForms.completes(c.name(), content)
                    || acronymOfThis(content, c, view) || otherNameOfABody(c, text, p, content, known, knownAsIs)
                    || sameListed.test(c.name(), content) || translatedBody(c, text, p, content, knownAsIs)
                    || otherNameFromSurname(c, content))) {
            int end = view.viewOffset(p.contentEnd());
            return new Candidate(c.start(), end, c.type(), c.name(), c.entry(), c.registerForm());
        }
        return c;
    }

    /**
     * Whether a bracket gives a body's or place's name in another language, or translated, after a
     * name found by rule: "Casa Rosada [Government House]", "Sudanese Union [Union Soudanaise-RDA]",
     * "People's United Front [Mahajana Eksath Peramuna]". Its words are capitalised (particles
     * apart), not an acronym, no title or office, and no name known on its own: "Hamhung [North
     * Korea]" says where a place is, and a known place or body ("Moscow [USSR]") is a mention of its own;
     * nor does a name go on after the bracket. A known name before it has its own forms, and a place
     * is not a body's other name ("Leipzig [Karl Marx University]").
     */
    private static boolean otherNameOfABody(Candidate c, String text, BracketPair p, String content,
            java.util.function.Predicate<String> known, java.util.function.Predicate<String> knownAsIs) {
        return c.entry() == null && c.type() != EntityType.PERSON && !nameGoesOn(text, p)
                && OTHER_NAME.matcher(content).matches()
                && !content.equals(content.toUpperCase(java.util.Locale.ROOT))
                && !Titles.isTitle(NameForms.firstWord(content)) && !Titles.opensWithOffice(content)
                && !(c.type() == EntityType.PLACE && NameRules.isOrgHead(NameForms.lastWord(content)))
                && !known.test(content) && !knownAsIs.test(c.name());
    }

    /**
     * Whether a bracket after a body's name gives its name translated, with a word that says what
     * kind of body it is: "Xinhua [New China News Agency]", "Lok Sabha [House of the People]", "Radio
     * Swadhin Bangla [Free Bengal Radio]", even where the name before is known or the bracket has a
     * place's name in it; not a body known on its own ("[Foreign Ministry]" is a mention of its own).
     */
    private static boolean translatedBody(Candidate c, String text, BracketPair p, String content,
            java.util.function.Predicate<String> knownAsIs) {
        if (c.type() != EntityType.ORG || content.indexOf(' ') < 0 || nameGoesOn(text, p)
                || !OTHER_NAME.matcher(content).matches() || Titles.opensWithOffice(content) || knownAsIs.test(content)) {
            return false;
        }
        return kindWordIn(content, 0, content.length());
    }

    /** Whether a capitalised word follows the bracket: "Liaoning [Provincial People's] Committee" is one name around it. */
    private static boolean nameGoesOn(String text, BracketPair p) {
        int after = p.close() + 1;
        return after + 1 < text.length() && text.charAt(after) == ' ' && Character.isUpperCase(text.charAt(after + 1));
    }

    private static final java.util.regex.Pattern OTHER_NAME = java.util.regex.Pattern.compile(
            "\\p{Lu}[\\p{L}'’.-]*(?: (?:(?:de|del|la|las|los|el|di|da|do|dos|du|des|al|of|the|and)"
            + " )*\\p{Lu}[\\p{L}'’.-]*){0,4}");

    /**
     * Whether an acronym is this name's: not when it is the initials of a longer name that ends with
     * it ("[CPSU]" after "Soviet Union" is the Communist Party of the Soviet Union's).
     */
    private static boolean acronymOfThis(String form, Candidate c, TextView view) {
        int n = c.name().length();
        return NameForms.acronymOf(form, c.name(), n)
                && (NameForms.acronymBefore(form, c.name(), n) || !NameForms.acronymBefore(form, view.text, c.end()));
    }

    /**
     * The bracket that follows a name after a space ("Pak Seong-cheol [Pak Song Chol]"), with no
     * bracket inside it; else null.
     */
    private static BracketPair bracketAfter(Candidate c, String text, BlockPairs pairs, TextView view) {
        if (!bracketFollows(text, pairs, view.sourceEnd(c.end()))) {
            return null; // the common case, decided without mapping the span
        }
        int[] src = view.toSource(c.start(), c.end());
        if (src[0] < 0) {
            return null;
        }
        int i = src[1];
        while (i < pairs.end() && text.charAt(i) == ' ') {
            i++;
        }
        BracketPair p = pairs.openingAt(i);
        return p == null || i == src[1] || pairs.hasInner(p) ? null : p;
    }

    /** Whether a bracket opens at {@code i} or after spaces (or the close of a bracket the name ends in). */
    private static boolean bracketFollows(String text, BlockPairs pairs, int i) {
        while (i < pairs.end() && (text.charAt(i) == ' ' || text.charAt(i) == ']')) {
            i++;
        }
        return i < pairs.end() && text.charAt(i) == '[';
    }

    /** Whether {@code name}, or its last words, are similar to a form given as its {@link NameForms#letters}. */
    private static boolean similarToNameOrTail(String name, String contentLetters) {
        if (NameForms.similarLetters(NameForms.letters(name), contentLetters)) {
            return true;
        }
        String[] words = name.split(" ");
        for (int k = 1; k < words.length; k++) {
            String tail = String.join(" ", java.util.Arrays.copyOfRange(words, words.length - k, words.length));
            if (NameForms.similarLetters(NameForms.letters(tail), contentLetters)) {
                return true;
            }
        }
        return false;
    }

    /** Words just before a name that make it most likely a place: "in", "to" ... */
    private static final java.util.Set<String> PLACE_WORDS = java.util.Set.of("in", "to", "from", "at", "via", "near",
            "around", "outside");

    /**
     * Whether a word of {@link #PLACE_WORDS} stands just before {@code s}, or before a capitalised
     * word and "and" or "or" there ("around Irbid and Ramtha [al-Ramtha]").
     */
    private static boolean afterPlaceWord(String text, int s) {
        int w = NameRules.wordBefore(text, s);
        if (w >= 0 && (text.startsWith("and ", w) || text.startsWith("or ", w))) {
            int name = NameRules.wordBefore(text, w);
            w = name >= 0 && Character.isUpperCase(text.charAt(name)) ? NameRules.wordBefore(text, name) : -1;
        }
        return w >= 0 && PLACE_WORDS.contains(text.substring(w, text.indexOf(' ', w)));
    }

    /** A name followed by another form of it in brackets: a person, or a place after "in", "to" ... */
    static List<Candidate> namesBefore(String text, BlockPairs pairs, TextView view) {
        List<Candidate> out = new ArrayList<>();
        for (BracketPair p : pairs.all()) {
            if (p.open() < 2 || text.charAt(p.open() - 1) != ' ' || !startsUpperCase(text, p) || pairs.hasInner(p)) {
                continue;
            }
            String form = text.substring(p.contentStart(), p.contentEnd());
            String content = NameForms.letters(NameForms.withoutArticle(form)); // "[al-Kassem]" after "al-Qasim"
            int e = p.open() - 1;
            int s = e;
            int words = 0;
            int best = -1;
            while (words < 4) {
                int ws = s;
                while (ws > pairs.start() && !Character.isWhitespace(text.charAt(ws - 1))) {
                    ws--;
                }
                String w = text.substring(ws, s);
                // "meeting Mr. Novak. The [North] Korean side": a sentence's first word is no name, and
                // a word that ends the sentence before (not an initial, "J.") is no part of one
                if (!Tokens.opensAName(w) || w.indexOf('[') >= 0 || w.indexOf(']') >= 0
                        || Titles.isTitle(w) || NameRules.neverAName(w) || (words > 0 && w.endsWith(".") && w.length() > 2)) {
                    break;
                }
                words++;
                String read = text.substring(ws, e); // the words read so far, back from the bracket
                if (NameForms.similarLetters(NameForms.letters(NameForms.withoutArticle(read)), content)
                        || NameForms.reordered(read, form)
                        || NameForms.completes(read, form)) {
                    best = ws;
                }
                s = ws - 1;
                if (s <= pairs.start() || text.charAt(s) != ' ') {
                    break;
                }
            }
            if (best < 0) {
                continue;
            }
            if (text.lastIndexOf(' ', e - 1) < best && form.indexOf(' ') < 0) {
                best = givenNamesBefore(text, pairs.start(), best); // "Akram al-Hawrani [Hourani]": the surname's other form
            }
            String name = text.substring(best, e);
            // "to Khuhro [Muhammad Ayub Khuhro]": given names make a person, whatever word comes before
            // "DIA Technocommerz [Deutscher Innen- und Außenhandel Technocommerz]": an acronym opens a body's name
            EntityType type = NameForms.isAcronym(NameForms.firstWord(name)) ? EntityType.ORG
                    : afterPlaceWord(text, best) && !NameForms.completes(name, form)
                    ? EntityType.PLACE : EntityType.PERSON;
            out.add(new Candidate(view.viewOffset(best), view.viewOffset(p.contentEnd()), type, name, null));
        }
        return out;
    }

    /** Where up to two given names before the surname at {@code s} begin: capitalised words of letters, no title or kind. */
    private static int givenNamesBefore(String text, int from, int s) {
        for (int n = 0; n < 2 && s - 2 > from && text.charAt(s - 1) == ' '; n++) {
            int ws = s - 1;
            while (ws > from && Character.isLetter(text.charAt(ws - 1))) {
                ws--;
            }
            String w = text.substring(ws, s - 1);
            if (ws > from && !Character.isWhitespace(text.charAt(ws - 1)) || w.length() < 2
                    || !Character.isUpperCase(w.charAt(0)) || Titles.isTitle(w) || NameRules.neverAName(w)
                    || NameRules.isKindWord(w)) {
                break;
            }
            s = ws;
        }
        return s;
    }

    /**
     * "[the party's leader]", "[his deputy]": a bracket that says what office someone holds, in lower
     * case ("[Minister of Foreign Affairs]" opens with a title instead).
     */
    private static final java.util.regex.Pattern ROLE = java.util.regex.Pattern.compile(
            "(?:the|his|her|their|its|our|your|my)\\s+(?:[\\p{L}'’-]+\\s+){0,4}(?i:leader|head|chief|chairman|minister|ambassador"
                    + "|secretary|commander|president|director|deputy|representative|envoy|interpreter|official"
                    + "|spokesman|adviser|advisor|consul|counsellor|premier|governor|mayor|editor|correspondent)\\b.*",
            java.util.regex.Pattern.DOTALL);

    /**
     * A person named just before a bracket that gives their office: "Abdelaziz Bouteflika [Minister of
     * Foreign Affairs]", "Rishikesh Shaha [Nepalese Ambassador]", "Karam Singh [the party's leader]".
     * Two or three capitalised words or initials before a surname, none a title, a body's or place's
     * word or in capitals; the bracket stays outside the name.
     */
    static List<Candidate> namesBeforeRole(String text, BlockPairs pairs, TextView view) {
        List<Candidate> out = new ArrayList<>();
        for (BracketPair p : pairs.all()) {
            if (p.open() < 2 || text.charAt(p.open() - 1) != ' ' || pairs.hasInner(p)) {
                continue;
            }
            int e = p.open() - 1;
            if (!Character.isLowerCase(text.charAt(e - 1))) {
                continue; // the common case: no capitalised word ends right before the bracket
            }
            String content = text.substring(p.contentStart(), p.contentEnd()).strip();
            if (content.isEmpty() || (Character.isUpperCase(content.charAt(0)) ? !Titles.opensWithOffice(content)
                    : !ROLE.matcher(content).matches())) {
                continue;
            }
            int s = e;
            int words = 0;
            while (words < 3) {
                int ws = s;
                while (ws > pairs.start() && !Character.isWhitespace(text.charAt(ws - 1))) {
                    ws--;
                }
                String w = text.substring(ws, s);
                boolean initial = words > 0 && w.length() >= 2 && Initials.at(w, 0, w.length() - 1);
                if (!initial && (w.length() < 2 || !Character.isUpperCase(w.charAt(0))
                        || !Character.isLowerCase(w.charAt(w.length() - 1)) || Titles.isTitle(w) || NameRules.neverAName(w)
                        || w.indexOf('[') >= 0 || w.indexOf(']') >= 0)) {
                    break;
                }
                words++; // "B. K. Nehru [our Ambassador in Washington]": an initial counts as a word
                s = ws;
                if (ws <= pairs.start() || text.charAt(ws - 1) != ' ') {
                    break;
                }
                s = ws - 1;
            }
            if (s < e && text.charAt(s) == ' ') {
                s++;
            }
            if (words >= 2) {
                out.add(new Candidate(view.viewOffset(s), view.viewOffset(e), EntityType.PERSON,
                        DocumentNames.collapse(text.substring(s, e)), null));
            }
        }
        return out;
    }

    /**
     * A name followed by its acronym in brackets is a body's name even where no rule or list knows
     * it: "Internal Security Corps [KBW]", "Front de Libération Nationale [FLN]"; a state's where a
     * word of it says so ("Republic", "Kingdom"). The name is the capitalised words before the bracket,
     * with the words between them ("de", "of the"), an article or connector before them left out.
     */
    static List<Candidate> acronymNames(String text, BlockPairs pairs, TextView view) {
        List<Candidate> out = new ArrayList<>();
        for (BracketPair p : pairs.all()) {
            if (p.open() < 2 || text.charAt(p.open() - 1) != ' ' || p.contentEnd() == p.contentStart()
                    || !Character.isUpperCase(text.charAt(p.contentEnd() - 1)) || pairs.hasInner(p)) {
                continue; // the common case: the bracket does not end in a capital
            }
            String form = text.substring(p.contentStart(), p.contentEnd()).strip();
            int e = p.open() - 1;
            if (!NameForms.isAcronym(form) || !Character.isLetter(text.charAt(e - 1))
                    || NameForms.capitalisedRunBefore(text, e) < 2) {
                continue; // "the "Club of Committed Non-Party Members" [KAN]": a quoted name is the quotation's
            }
            int s = runStart(text, pairs.start(), e);
            if (s < 0) {
                continue;
            }
            // "Chief of Staff of the United Arab Republic [UAR]", "Rector of the National Autonomous
            // University [UNAM]": the acronym's name is the words after "of" its initials are, or those
            // after an office, or after "the" ("On 11 February the Organization of African Unity [OAU]"); words
            // before them that say whose stay ("American Military Assistance ... [MAAG]")
            int initials = NameForms.acronymStart(form, text, e);
            s = initials > s && (text.startsWith(" of ", initials - 4) || text.startsWith(" the ", initials - 5))
                    ? initials : afterOfficeOf(text, s, e);
            String name = DocumentNames.collapse(text.substring(s, e));
            EntityType type = NameRules.namesAState(name) ? EntityType.PLACE : EntityType.ORG;
            out.add(new Candidate(view.viewOffset(s), view.viewOffset(e), type, name, null));
        }
        return out;
    }

    /**
     * An acronym followed by its name in words is a body's name, or a state's, whether or not the
     * initials match: "EPLF [Eritrean People's Liberation Front]", "GPRA [Provisional Government of
     * the Algerian Republic]" (the acronym of the French name). One mention, under the name in words.
     */
    static List<Candidate> spelledOutAcronyms(String text, BlockPairs pairs, TextView view) {
        List<Candidate> out = new ArrayList<>(0);
        for (BracketPair p : pairs.all()) {
            int e = p.open() - 1;
            if (e < 2 || text.charAt(e) != ' ' || !Character.isUpperCase(text.charAt(e - 1)) || pairs.hasInner(p)) {
                continue; // the common case: no capital right before the bracket
            }
            int s = e;
            while (s > pairs.start() && !Character.isWhitespace(text.charAt(s - 1))) {
                s--;
            }
            String content = text.substring(p.contentStart(), p.contentEnd());
            if (!NameForms.isAcronym(text.substring(s, e)) || !NameForms.spelledOut(content)) {
                continue;
            }
            String name = DocumentNames.collapse(content.strip());
            EntityType type = NameRules.namesAState(name) ? EntityType.PLACE : EntityType.ORG;
            out.add(new Candidate(view.viewOffset(s), view.viewOffset(p.contentEnd()), type, name, null));
        }
        return out;
    }

    /**
     * Where the capitalised words that end at {@code end} begin (NameForms#capitalisedRun); -1 if
     * the first is a word that opens a sentence, not a name.
     */
    private static int runStart(String text, int limit, int end) {
        int first = NameForms.capitalisedRun(text, limit, end).start();
        if (first == end) {
            return -1;
        }
        int firstEnd = text.indexOf(' ', first);
        return NOT_FIRST.contains(text.substring(first, firstEnd < 0 ? end : firstEnd)) ? -1 : first;
    }

    /** Where the name after a title and "of (the)" begins ("Rector of the National ..."), or {@code s} where none opens the words. */
    private static int afterOfficeOf(String text, int s, int e) {
        int firstEnd = text.indexOf(' ', s);
        if (firstEnd < 0 || firstEnd >= e || !Titles.isTitle(text.substring(s, firstEnd))) {
            return s;
        }
        int after = text.startsWith(" of the ", firstEnd) ? firstEnd + 8 : text.startsWith(" of ", firstEnd) ? firstEnd + 4 : -1;
        return after > 0 && after < e ? after : s;
    }

    /** Capitalised words that open a sentence, not a body's name: "In Warsaw Pact Staff [WPS]" is no name. */
    private static final java.util.Set<String> NOT_FIRST = java.util.Set.of("A", "An", "This", "That", "These",
            "Those", "In", "On", "At", "Of", "For", "From", "To", "By", "With", "I", "He", "She", "We", "They", "It",
            "Our", "Their", "His", "Her", "Its", "Yes", "No", "Then", "Later", "However", "When", "After", "Before",
            "Since", "Also", "Both", "All");

    private static boolean startsUpperCase(String text, BracketPair p) {
        int i = p.contentStart();
        while (i < p.contentEnd() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < p.contentEnd() && (Character.isUpperCase(text.charAt(i)) || Tokens.arabicArticle(text, i, p.contentEnd()));
    }
}
