package org.edition.encode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.edition.encode.Span.Priority;
import org.edition.names.NameForms;
import org.edition.names.Titles;

/**
 * Decides what each bracket pair is, following the decision procedure of the project's encoding
 * notes (first matching rule wins): labelled notes and physical labels, page breaks, omissions,
 * [?] and [sic], brackets inside a word, names completed or romanized differently, corrections,
 * original-language terms, and by default a clarification supplied by the translator. Each pair
 * yields exactly one span for the pair itself, plus at most a wrapper or two (expan, choice).
 * Supplied date parts are recognised later, once dates are known ({@link InlineEncoder}).
 * Immutable and thread-safe.
 */
public final class BracketClassifier {
    public static final String RESP = "#translator";

    private static final Pattern NOTE_LABEL = Pattern.compile(
            "(?i)^(translator[’']?s\\s+note|t\\.?\\s?n\\.?|tn|note\\s+by\\s+the\\s+translator"
                    + "|editor[’']?s\\s+note|ed\\.\\s+note|note)\\s*:\\s*");
    private static final Pattern PHYSICAL_LABEL = Pattern.compile(
            "(?i)^(stamp|handwritten|handwriting|marginal\\s+note|marginalia|annotation|in\\s+the\\s+margin)\\s*:?\\s*");
    private static final Pattern DEVICE = Pattern.compile(
            "(?i)^(seal|stamp|signature|signed|illegible\\s+signature|signature\\s+illegible|initials|emblem)$");
    private static final Pattern PAGE = Pattern.compile(
            "(?i)^(page|p\\.|pg\\.|f\\.|fol\\.|folio|sheet|list)\\s*([0-9]+[rv]?|[ivxlc]+)$");
    private static final Pattern ELLIPSIS = Pattern.compile("^(?:\\.\\s*){3,}$|^…$|^\\.\\.\\.\\.?$");
    private static final Pattern ILLEGIBLE = Pattern.compile(
            "(?i)^(?:(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|a few)\\s+)?"
                    + "(?:(words?|lines?|characters?|letters?|paragraphs?|pages?|sentences?|digits?|names?|dates?"
                    + "|figures?|numbers?)\\s+)?"
                    + "(?:illegible|indecipherable|unreadable)"
                    + "(?:\\s*\\((\\d+)\\s+(words?|lines?|characters?|letters?)\\))?$");
    private static final Pattern WITHHELD = Pattern.compile(
            "(?i)\\b(not\\s+declassified|redacted|withheld|excised|remains\\s+classified|deleted\\s+by)\\b");
    private static final Pattern DESCRIBED_OMISSION = Pattern.compile(
            "(?i)^(here\\s+follows|there\\s+follows|omitted|omission|not\\s+printed|not\\s+translated"
                    + "|remainder|rest\\s+of|text\\s+omitted|text\\s+not|passage\\s+omitted|section\\s+omitted"
                    + "|remaining\\s+text|list\\s+of\\b.*\\bomitted|\\w+(\\s+\\w+){0,3}\\s+omitted)");
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "(?i)^(name|first\\s+name|surname|given\\s+name)?\\s*(unknown|not\\s+known)$|^(fnu|lnu|x{2,}|name)$");
    private static final Pattern QUANTITY_IN_PARENS = Pattern.compile(
            "(?i)\\((\\d+)\\s+(words?|lines?|characters?|paragraphs?|pages?)\\)");
    private static final Pattern QUANTITY = Pattern.compile(
            "(?i)\\b(\\d+)\\s+(words?|lines?|characters?|paragraphs?|pages?)\\b");
    private static final Pattern LESS_THAN = Pattern.compile("(?i)\\b(less|fewer)\\s+than\\s+$");
    private static final Pattern UNCLEAR = Pattern.compile("(?i)^(\\?|unclear|illegible\\?)$");
    private static final Pattern SIC = Pattern.compile("(?i)^sic!?$");
    /** One to four capitalised words, or words after the Arabic article ("Abd al-Wahhab"). */
    private static final Pattern CAPITALISED_TOKENS = Pattern.compile(
            "^(?:\\p{Lu}|[ae]l-\\p{L})[\\p{L}’'.-]*(?:\\s+(?:(?:\\p{Lu}|[ae]l-\\p{L})[\\p{L}’'.-]*|bin|ibn|de|da|van|von)){0,3}$");
    private static final String TONE_MARKS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";
    private static final Map<String, String> WORD_NUMBERS = Map.of("one", "1", "two", "2", "three", "3",
            "four", "4", "five", "5", "six", "6", "seven", "7", "eight", "8", "nine", "9", "ten", "10");

    private final String text;
    private final String originalLanguage;
    private final Footnotes footnotes;

    /**
     * @param text             the whole source text (offsets are into it)
     * @param originalLanguage BCP 47 tag of the language translated from, or null if unknown
     */
    public BracketClassifier(String text, String originalLanguage) {
        this(text, originalLanguage, Footnotes.NONE);
    }

    BracketClassifier(String text, String originalLanguage, Footnotes footnotes) {
        this.text = text;
        this.originalLanguage = originalLanguage;
        this.footnotes = footnotes;
    }

    /**
     * The spans for one pair. {@code pairs} are all pairs of the block (to keep a word that ends in
     * a bracket whole), {@code blockStart} the start of the block.
     */
    public List<Span> classify(BracketPair pair, BlockPairs pairs) {
        int blockStart = pairs.start();
        int blockEnd = pairs.end();
        String raw = text.substring(pair.contentStart(), pair.contentEnd());
        String content = raw.strip();
        int lead = raw.length() - raw.stripLeading().length();
        int cs = pair.contentStart() + lead;
        List<Span> out = new ArrayList<>();

        Footnotes.Note note = footnotes.markedAt(pair.open());
        if (note != null) {
            // a footnote's reference mark: the note is encoded here, its number regenerates the mark
            out.add(new Span("note", pair.open(), pair.close() + 1, pair.close(), pair.close(), Priority.BRACKET)
                    .attr("type", "translator").attr("resp", RESP).attr("place", "foot")
                    .attr("n", Integer.toString(note.n())));
            return out;
        }
        if (pairs.hasInner(pair)) {
            // rules that turn the content into a marker would lose the inner brackets
            return contentBearing(pair, content, cs, nameReason(pair, content));
        }
        // each pattern is tried only where the bracket's first letter or a word in it allows a match:
        // most brackets ("[We]", "[North]", "[1962]") need none of them, and a Matcher for each was
        // the conversion's costliest step
        char first = content.isEmpty() ? 0 : Character.toLowerCase(content.charAt(0));
        Matcher m = content.indexOf(':') > 0 ? NOTE_LABEL.matcher(content) : null;
        if (m != null && m.lookingAt() && m.end() < content.length()) {
            String label = m.group(1).toLowerCase(Locale.ROOT);
            String type = label.startsWith("ed") ? "editorial" : "translator";
            out.add(pairSpan("note", pair).attr("type", type).attr("resp", "translator".equals(type) ? RESP : null)
                    .attr("place", "inline"));
            out.add(Span.whole("label", cs, cs + m.group().stripTrailing().length(), Priority.BRACKET));
            return out;
        }
        if (namesADevice(content)) {
            out.add(gap(pair, "editorial", content));
            return out;
        }
        m = "shmai".indexOf(first) >= 0 ? PHYSICAL_LABEL.matcher(content) : null;
        if (m != null && m.lookingAt()) {
            return physicalLabel(pair, m, content, cs, blockEnd);
        }
        m = "pfsl".indexOf(first) >= 0 ? PAGE.matcher(content) : null;
        if (m != null && m.matches()) {
            Span pb = new Span("pb", pair.open(), pair.close() + 1, pair.close(), pair.close(), Priority.BRACKET)
                    .attr("n", m.group(2));
            if (!content.equals("page " + m.group(2))) {
                pb.attr("rend", content);
            }
            out.add(pb);
            return out;
        }
        Span omission = omission(pair, content, first);
        if (omission != null) {
            out.add(omission);
            return out;
        }
        if ((first == '?' || first == 'u' || first == 'i') && UNCLEAR.matcher(content).matches()
                || first == 's' && SIC.matcher(content).matches()) {
            int tokenStart = tokenBefore(pair.open(), pairs, blockStart);
            if (tokenStart >= 0) {
                int tokenEnd = endOfTokenBefore(pair.open());
                boolean sic = SIC.matcher(content).matches();
                Span s = new Span(sic ? "sic" : "unclear", tokenStart, pair.close() + 1, tokenStart, tokenEnd,
                        Priority.BRACKET).skip(tokenEnd, pair.close() + 1);
                if (!content.equals(sic ? "sic" : "?")) {
                    s.attr("rend", content);
                }
                out.add(s);
                return out;
            }
        }
        if (insideWord(pair)) {
            out.add(pairSpan("ex", pair));
            int[] word = wordAround(pair, pairs, blockStart, blockEnd);
            out.add(Span.whole("expan", word[0], word[1], Priority.WRAPPER));
            return out;
        }
        if (spellsOutTheAcronymBefore(pair, content)) {
            return List.of(supplied(pair, "expansion")); // "PMAC [Provisional Military Administrative Council]"
        }
        String reason = nameReason(pair, content);
        if (reason != null) {
            return List.of(supplied(pair, reason));
        }
        List<Span> correction = correction(pair, pairs, content, blockStart);
        if (correction != null) {
            return correction;
        }
        return contentBearing(pair, content, cs, null); // no other form of a name: nameReason said so above
    }

    /**
     * Rules that keep the bracket's content as content: a name's other form (the {@code reason}
     * {@link #nameReason} gave, or null), original terms, the default.
     */
    private List<Span> contentBearing(BracketPair pair, String content, int cs, String reason) {
        List<Span> out = new ArrayList<>();
        if (reason != null) {
            out.add(supplied(pair, reason));
            return out;
        }
        Matcher labelled = content.indexOf(':') > 0 ? LANGUAGE_LABEL.matcher(content) : null;
        String language = labelled != null && labelled.matches() ? Languages.codeOf(labelled.group(1)) : null;
        if (language != null) {
            // "[Russian: рублей]": the term in the language the label names, the label the translator's
            out.add(supplied(pair, "original-term"));
            out.add(Span.whole("foreign", cs + labelled.start(2), cs + labelled.end(2), Priority.BRACKET)
                    .attr("xml:lang", language));
            return out;
        }
        if (originalTerm(content)) {
            out.add(supplied(pair, "original-term"));
            Span foreign = Span.whole("foreign", cs, cs + content.length(), Priority.BRACKET);
            foreign.attr("xml:lang", languageOf(content));
            out.add(foreign);
            return out;
        }
        Span supplied = supplied(pair, "clarification");
        if (content.length() > 1 && content.endsWith("?")) {
            // "[word?]": the translator's conjecture; the renderer gives the question mark back
            int q = text.lastIndexOf('?', pair.close());
            supplied = new Span("supplied", pair.open(), pair.close() + 1, pair.contentStart(), q,
                    Priority.BRACKET).attr("reason", "conjecture").attr("resp", RESP).attr("cert", "low");
        }
        out.add(supplied);
        return out;
    }

    private List<Span> physicalLabel(BracketPair pair, Matcher m, String content, int cs, int blockEnd) {
        List<Span> out = new ArrayList<>();
        String kind = m.group(1).toLowerCase(Locale.ROOT);
        boolean stamp = kind.equals("stamp");
        boolean labelOnly = m.end() >= content.length();
        if (labelOnly) {
            // "[Stamp:] text": the bracket labels what follows on its line
            // a note rather than a label: a note may stand wherever a bracket can (datelines included)
            out.add(pairSpan("note", pair).attr("type", stamp ? "stamp" : "annotation").attr("place", "inline"));
            int from = pair.close() + 1;
            int lineEnd = text.indexOf('\n', from);
            int to = lineEnd < 0 || lineEnd > blockEnd ? blockEnd : lineEnd;
            while (from < to && Character.isWhitespace(text.charAt(from))) {
                from++;
            }
            while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
                to--;
            }
            if (stamp && to > from && text.substring(from, to).indexOf('[') < 0) {
                out.add(Span.whole("stamp", from, to, Priority.WRAPPER));
            }
            return out;
        }
        int labelEnd = cs + m.group().stripTrailing().length();
        if (stamp) {
            out.add(pairSpan("note", pair).attr("type", "stamp").attr("place", "inline"));
            out.add(Span.whole("label", cs, labelEnd, Priority.BRACKET));
            int bodyStart = cs + m.end();
            out.add(Span.whole("stamp", bodyStart, cs + content.length(), Priority.BRACKET));
        } else {
            out.add(pairSpan("add", pair).attr("place", kind.startsWith("marg") || kind.contains("margin")
                    ? "margin" : null));
            out.add(Span.whole("label", cs, labelEnd, Priority.BRACKET));
        }
        return out;
    }

    /**
     * Whether a bracket's words name a mark on the page that is no text: "[Seal]", "[signed]",
     * "[illegible signature]". A signature's layout and its names ask this too, so that the
     * brackets a gap stands for are never taken for a name.
     */
    public static boolean namesADevice(String content) {
        char first = content.isEmpty() ? 0 : Character.toLowerCase(content.charAt(0));
        return (first == 's' || first == 'i' || first == 'e') && DEVICE.matcher(content).matches();
    }

    /** An omission or an illegible passage; {@code first} is the content's first character in lower case. */
    private Span omission(BracketPair pair, String content, char first) {
        if ((first == '.' || first == '…') && ELLIPSIS.matcher(content).matches()) {
            return gap(pair, "editorial", content);
        }
        Matcher m = has(content, "illegible") || has(content, "indecipherable") || has(content, "unreadable")
                ? ILLEGIBLE.matcher(content) : null;
        if (m != null && m.matches()) {
            Span gap = gap(pair, "illegible", content);
            String qty = m.group(1) != null ? m.group(1) : m.group(3);
            String unit = m.group(2) != null ? m.group(2) : m.group(4);
            addQuantity(gap, "quantity", qty, unit);
            return gap;
        }
        if ((has(content, "classified") || has(content, "redacted") || has(content, "withheld")
                || has(content, "excised") || has(content, "deleted")) && WITHHELD.matcher(content).find()) {
            Span gap = gap(pair, "withheld", content);
            Matcher q = QUANTITY_IN_PARENS.matcher(content);
            if (!q.find()) {
                q = QUANTITY.matcher(content);
                if (!q.find()) {
                    return gap;
                }
            }
            // "[less than 1 line not declassified]": at most that much, not that much
            boolean atMost = LESS_THAN.matcher(content.substring(0, q.start(1))).find();
            addQuantity(gap, atMost ? "atMost" : "quantity", q.group(1), q.group(2));
            return gap;
        }
        if (("htonrpsl".indexOf(first) >= 0 || has(content, "omitted")) && DESCRIBED_OMISSION.matcher(content).lookingAt()) {
            return gap(pair, "editorial", content);
        }
        if (("flxn".indexOf(first) >= 0 || has(content, "known")) && PLACEHOLDER.matcher(content).matches()) {
            return gap(pair, "unknown", content);
        }
        return null;
    }

    /** Whether {@code s} contains {@code word} (in lower case) in any case. */
    private static boolean has(String s, String word) {
        for (int i = 0, last = s.length() - word.length(); i <= last; i++) {
            if (s.regionMatches(true, i, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    private static void addQuantity(Span gap, String attribute, String qty, String unit) {
        if (qty == null || unit == null) {
            return;
        }
        String n = WORD_NUMBERS.getOrDefault(qty.toLowerCase(Locale.ROOT), qty);
        if (n.chars().allMatch(Character::isDigit)) {
            String u = unit.toLowerCase(Locale.ROOT);
            gap.attr(attribute, n).attr("unit", u.endsWith("s") ? u.substring(0, u.length() - 1) : u);
        }
    }

    private String nameReason(BracketPair pair, String content) {
        if (!CAPITALISED_TOKENS.matcher(content).matches()) {
            return null;
        }
        int open = pair.open();
        if (open < 2 || text.charAt(open - 1) != ' ' || text.charAt(open - 2) == ' ') {
            return null;
        }
        if (NameForms.acronymOf(content.strip(), text, open - 1)) {
            return "acronym"; // "Communist Party of the Soviet Union [CPSU]"
        }
        // up to five words before the bracket, nearest first
        List<String> words = new ArrayList<>(5);
        int e = open - 1;
        int limit = Math.max(0, open - 120);
        while (words.size() < 5 && e > limit) {
            int s = e;
            while (s > limit && !Character.isWhitespace(text.charAt(s - 1))) {
                s--;
            }
            if (s == e) {
                break;
            }
            words.add(text.substring(s, e));
            e = s;
            while (e > limit && text.charAt(e - 1) == ' ') {
                e--;
            }
            if (e > limit && text.charAt(e - 1) == '\n') {
                break;
            }
        }
        int names = 0;
        while (names < words.size() && names < 4 && isNameWord(words.get(names))) {
            names++;
        }
        // "Ramtha [al-Ramtha]": the name with the Arabic article is another romanization of it
        String letters = letters(NameForms.withoutArticle(content.strip()));
        for (int k = 1; k <= names; k++) {
            StringJoiner previous = new StringJoiner(" ");
            for (int i = k - 1; i >= 0; i--) {
                previous.add(words.get(i));
            }
            if (similar(letters(NameForms.withoutArticle(previous.toString())), letters)
                    || NameForms.reordered(previous.toString(), content)) {
                return "alt-romanization"; // "Pak Seong-cheol [Pak Song Chol]", "Kállai Gyula [Gyula Kállai]"
            }
        }
        if (names >= 1 && NameForms.completes(words.get(0), content)) {
            return "name-completion"; // "Khuhro [Muhammad Ayub Khuhro]": the name in full
        }
        // "General [Lucius D.] Clay", "General [Sir Brian] Robertson": given names between a title and a surname
        if (words.size() >= 1 && Titles.isTitle(words.get(0)) && surnameAfter(pair.close() + 1)) {
            return "name-completion";
        }
        // "Ambassador Hao [Deqing]": a title, one name word, then the bracket
        if (names >= 1 && words.size() >= 2 && Titles.isTitle(words.get(1))
                && content.split(" ").length <= 2 && !NameForms.isAcronym(content.strip()) // "Ambassador Smith [USA]"
                && !Titles.opensWithOffice(content)) { // "Mr. Shaha [Nepalese Ambassador]": his office, not his name
            return "name-completion";
        }
        return null;
    }

    /** Whether the bracket gives in words the acronym right before it: "EPLF [Eritrean People's Liberation Front]". */
    private boolean spellsOutTheAcronymBefore(BracketPair pair, String content) {
        int open = pair.open();
        if (open < 3 || text.charAt(open - 1) != ' ' || !Character.isUpperCase(text.charAt(open - 2))
                || content.indexOf(' ') < 0) {
            return false; // most brackets end here: no acronym before them, or a word in them
        }
        int s = open - 1;
        while (s > 0 && !Character.isWhitespace(text.charAt(s - 1)) && text.charAt(s - 1) != '(') {
            s--;
        }
        return NameForms.isAcronym(text.substring(s, open - 1)) && NameForms.spelledOut(content);
    }

    /** Whether a capitalised word, no title, follows a single space at {@code i}. */
    private boolean surnameAfter(int i) {
        if (i + 1 >= text.length() || text.charAt(i) != ' ') {
            return false;
        }
        if (text.startsWith("al-", i + 1) || text.startsWith("el-", i + 1)) {
            i += 3; // "Colonel [Abd al-Wahhab] al-Shawwaf": the Arabic article before the surname
        }
        if (i + 1 >= text.length() || !Character.isUpperCase(text.charAt(i + 1))) {
            return false;
        }
        int e = i + 1;
        while (e < text.length() && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return e - i > 2 && !Titles.isTitle(text.substring(i + 1, e));
    }

    /**
     * A term of the original: in its own script, or a romanization with accents (pinyin,
     * Vietnamese). Accents count only where the original may be written in Latin letters or
     * romanized with them, and when the words are not an English phrase: in a translation from
     * Bulgarian, "[Léopoldville]" and "[on the situation in Léopoldville]" are the translator's.
     */
    private boolean originalTerm(String content) {
        boolean apostrophe = content.indexOf('\'') > 0 || content.indexOf('’') > 0;
        if (!apostrophe && !beyondAscii(content)) {
            return false; // no script but Latin, no accent, no aspiration: the common case, decided here
        }
        boolean accentsMayBeOriginal = originalLanguage == null
                || !NOT_ROMANIZED_WITH_ACCENTS.contains(originalLanguage.split("-")[0]);
        boolean english = ENGLISH_WORDS.matcher(content).find();
        return inOriginalScript(content, accentsMayBeOriginal && !english) || !english && apostrophe
                && ASPIRATED.matcher(content).matches();
    }

    private static boolean beyondAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return true;
            }
        }
        return false;
    }

    /**
     * The language of an original term: the one its script is written in alone where there is one
     * (Hangul, kana), else the language translated from where its script can write it ("[中国]" in a
     * translation from Chinese is Chinese, in one from Russian of no language Edition can tell).
     */
    private String languageOf(String content) {
        Character.UnicodeScript main = null;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            i += Character.charCount(cp);
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            String only = SCRIPT_LANGUAGES.get(script);
            if (only != null) {
                return only; // "[조선]": Korean whatever the document was translated from
            }
            if (main == null && script != Character.UnicodeScript.COMMON && script != Character.UnicodeScript.INHERITED
                    && script != Character.UnicodeScript.LATIN) {
                main = script;
            }
        }
        if (originalLanguage == null || main == null) {
            return originalLanguage;
        }
        java.util.Set<String> writers = SCRIPT_WRITERS.get(main);
        return writers != null && writers.contains(originalLanguage.split("-")[0]) ? originalLanguage : null;
    }

    private static java.util.Set<Character.UnicodeScript> originalScripts() {
        java.util.Set<Character.UnicodeScript> all = java.util.EnumSet.noneOf(Character.UnicodeScript.class);
        all.addAll(SCRIPT_LANGUAGES.keySet());
        all.addAll(SCRIPT_WRITERS.keySet());
        return all;
    }

    /** Scripts that one language alone writes, among those of the period's documents. */
    private static final Map<Character.UnicodeScript, String> SCRIPT_LANGUAGES = Map.of(
            Character.UnicodeScript.HANGUL, "ko", Character.UnicodeScript.HIRAGANA, "ja",
            Character.UnicodeScript.KATAKANA, "ja", Character.UnicodeScript.GREEK, "el",
            Character.UnicodeScript.HEBREW, "he", Character.UnicodeScript.THAI, "th",
            Character.UnicodeScript.GEORGIAN, "ka", Character.UnicodeScript.ARMENIAN, "hy",
            Character.UnicodeScript.LAO, "lo", Character.UnicodeScript.KHMER, "km");

    /** The languages that write each script shared by several. */
    private static final Map<Character.UnicodeScript, java.util.Set<String>> SCRIPT_WRITERS = Map.of(
            Character.UnicodeScript.HAN, java.util.Set.of("zh", "ja", "ko", "vi"),
            Character.UnicodeScript.CYRILLIC, java.util.Set.of("ru", "uk", "be", "bg", "mk", "sr", "mn", "kk", "ky",
                    "uz", "tg", "az", "tk"),
            Character.UnicodeScript.ARABIC, java.util.Set.of("ar", "fa", "ur", "ps", "ug", "ku", "sd"),
            Character.UnicodeScript.DEVANAGARI, java.util.Set.of("hi", "mr", "ne", "sa"));

    /**
     * Scripts an English translation has only in a term of the original: those the tables above know
     * (after them, since a static field is made in the order of the source).
     */
    private static final java.util.Set<Character.UnicodeScript> ORIGINAL_SCRIPTS = originalScripts();

    /** Languages in Cyrillic, Greek, Arabic, Hebrew or Indic scripts: an accented word in brackets is not theirs. */
    private static final java.util.Set<String> NOT_ROMANIZED_WITH_ACCENTS = java.util.Set.of("ru", "bg", "uk",
            "be", "mk", "sr", "mn", "el", "ar", "fa", "he", "ur", "hi", "ka", "hy");

    /**
     * A romanization that marks aspiration with an apostrophe, Wade-Giles or McCune-Reischauer
     * ("chongp'a", "Ch'ŏllima", "t'ai chi"): one to four words, one of them with an apostrophe
     * between an aspirated consonant and a vowel, which English words never have.
     */
    private static final Pattern ASPIRATED = Pattern.compile(
            "(?=(?:\\S+\\s+){0,3}\\S+$)[\\p{L}'’ -]*(?i:ch|k|p|t|ts)['’][aeiouŏŭ][\\p{L}'’ -]*");
    /** "Russian: рублей", "in Chinese: huaqiao": a language's name, a colon, the term. */
    private static final Pattern LANGUAGE_LABEL = Pattern.compile("(?:in\\s+)?(\\p{Lu}\\p{Ll}+):\\s*(\\S.*)");
    /** Words that make a bracket an English phrase: "[on the situation in Léopoldville]", "[Kádár government]". */
    private static final Pattern ENGLISH_WORDS = Pattern.compile("(?i)\\b(the|of|in|on|and|to|for|with|at|by)\\b"
            + "|\\b(government|regime|leadership|side|delegation|group|faction|line|policy|period|era|affair)\\b");

    /** Han, Hangul, kana, Cyrillic or Arabic letters, or (when asked) pinyin tone marks. */
    static boolean inOriginalScript(String s, boolean toneMarks) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x00C0 || cp >= 0x2000 && cp <= 0x2BFF) {
                continue; // ASCII and punctuation: the common case, decided without lookup tables
            }
            if (toneMarks && TONE_MARKS.indexOf(cp) >= 0) {
                return true;
            }
            if (cp >= 0x0370) { // Greek and every script after it
                Character.UnicodeScript script = Character.UnicodeScript.of(cp);
                if (ORIGINAL_SCRIPTS.contains(script)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean allLetters(String s, int minLength) {
        if (s.length() < minLength) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isLetter(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNameWord(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && w.chars().allMatch(
                c -> Character.isLetter(c) || c == '-' || c == '\'' || c == '’' || c == '.');
    }

    private static String letters(String s) {
        return NameForms.letters(s);
    }

    static boolean similar(String a, String b) {
        return NameForms.similar(a, b);
    }

    private List<Span> correction(BracketPair pair, BlockPairs pairs, String content, int blockStart) {
        if (!allLetters(content, 4)) {
            return null;
        }
        int tokenEnd = endOfTokenBefore(pair.open());
        int tokenStart = tokenBefore(pair.open(), pairs, blockStart);
        if (tokenStart < 0 || tokenEnd <= tokenStart || pair.open() - tokenEnd != 1) {
            return null;
        }
        String token = text.substring(tokenStart, tokenEnd);
        if (!allLetters(token, 3) || token.equalsIgnoreCase(content)) {
            return null;
        }
        int d = NameForms.distance(token.toLowerCase(Locale.ROOT), content.toLowerCase(Locale.ROOT));
        if (d > 2) {
            return null;
        }
        List<Span> out = new ArrayList<>();
        out.add(pairSpan("corr", pair).attr("resp", RESP));
        out.add(Span.whole("sic", tokenStart, tokenEnd, Priority.WRAPPER));
        out.add(Span.whole("choice", tokenStart, pair.close() + 1, Priority.WRAPPER).skip(tokenEnd, pair.open()));
        return out;
    }

    private boolean insideWord(BracketPair pair) {
        boolean letterBefore = pair.open() > 0 && Character.isLetter(text.charAt(pair.open() - 1));
        boolean letterAfter = pair.close() + 1 < text.length() && Character.isLetter(text.charAt(pair.close() + 1));
        String content = text.substring(pair.contentStart(), pair.contentEnd());
        return (letterBefore || letterAfter) && allLetters(content, 1);
    }

    /** The word a bracket sits in: letters and whole bracket pairs around it. */
    private int[] wordAround(BracketPair pair, BlockPairs pairs, int blockStart, int blockEnd) {
        int s = pair.open();
        while (s > blockStart) {
            char c = text.charAt(s - 1);
            if (Character.isLetter(c)) {
                s--;
            } else if (c == ']') {
                BracketPair p = pairs.closingAt(s - 1);
                if (p == null || !allLetters(text.substring(p.contentStart(), p.contentEnd()), 1)) {
                    break;
                }
                s = p.open();
            } else {
                break;
            }
        }
        int e = pair.close() + 1;
        while (e < blockEnd) {
            char c = text.charAt(e);
            if (Character.isLetter(c)) {
                e++;
            } else if (c == '[') {
                BracketPair p = pairs.openingAt(e);
                if (p == null || !allLetters(text.substring(p.contentStart(), p.contentEnd()), 1)) {
                    break;
                }
                e = p.close() + 1;
            } else {
                break;
            }
        }
        return new int[] {s, e};
    }

    /** End of the token before a bracket (exclusive), skipping the spaces between. */
    private int endOfTokenBefore(int open) {
        int e = open;
        while (e > 0 && text.charAt(e - 1) == ' ') {
            e--;
        }
        return e;
    }

    /** Start of the token before a bracket, or -1 if there is none in the block. */
    private int tokenBefore(int open, BlockPairs pairs, int blockStart) {
        int e = endOfTokenBefore(open);
        int s = e;
        while (s > blockStart) {
            char c = text.charAt(s - 1);
            if (Character.isWhitespace(c) || c == '(' || c == '"' || c == '“' || c == '[') {
                break;
            }
            if (c == ']') {
                BracketPair p = pairs.closingAt(s - 1);
                if (p == null) {
                    break;
                }
                s = p.open();
                continue;
            }
            s--;
        }
        return s < e ? s : -1;
    }


    private static Span pairSpan(String element, BracketPair pair) {
        return new Span(element, pair.open(), pair.close() + 1, pair.contentStart(), pair.contentEnd(),
                Priority.BRACKET);
    }

    private static Span supplied(BracketPair pair, String reason) {
        return pairSpan("supplied", pair).attr("reason", reason).attr("resp", RESP);
    }

    private static Span gap(BracketPair pair, String reason, String description) {
        return new Span("gap", pair.open(), pair.close() + 1, pair.close(), pair.close(), Priority.BRACKET)
                .attr("reason", reason).fixedChild("desc", description);
    }
}
