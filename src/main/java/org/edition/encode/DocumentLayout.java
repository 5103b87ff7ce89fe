package org.edition.encode;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Assigns each block its role in an epistolary document: at the top, headings, precedence and
 * classification lines, an opening dateline, a record's fields and the addressee or salutation;
 * at the bottom ({@link ClosingLayout}), a valediction, signatories, the closing date and what
 * follows them; everything between is the body. Short lines without a final full stop are what
 * headings and signatures look like. Immutable.
 */
public final class DocumentLayout {
    public enum Role {
        HEAD, PRECEDENCE, CLASSIFICATION, REFERENCE, STAMP, OPENER_DATELINE, BYLINE, ADDRESS_FIELD, OPENER_ADDRESS, SALUTE,
        BODY,
        CLOSER_SALUTE, SIGNED, CLOSER_MARK, CLOSER_DATELINE, CLOSER_ADDRESS, POSTSCRIPT, DISTRIBUTION
    }

    public record Part(Role role, Block block) {
    }

    private static final int HEADING_WORDS = 25;
    private static final Pattern REFERENCE = Pattern.compile(
            "(?i)^(no\\.|nr\\.?|ref\\.|reference|our\\s+ref\\.?|telegram\\s+no\\.|cable\\s+no\\.|file)\\s*:?\\s*\\S+(\\s+\\S+){0,4}$");
    /** "Belgrade, 28 October 1956, 23.40 hrs", "Arrived: 29 October 1956": what may stand around a dateline's date. */
    private static final Pattern DATELINE_PREFIX = Pattern.compile("[^,:]{1,40}[,:]\\s*");
    private static final int DATELINE_TAIL_WORDS = 3;
    private static final Pattern STAMP_LINE = Pattern.compile("(?i)^\\[\\s*stamp\\b");
    private static final Pattern PRECEDENCE = Pattern.compile(
            "(?i)^(?:(?:cable\\s+)?precedence\\s*:\\s*|priority\\s*:\\s*)?(?:additional\\s+|very\\s+|extra\\s+|most\\s+)?"
                    + "(rush|urgent|immediate|flash|routine|priority|niact(\\s+immediate)?|operational\\s+immediate"
                    + "|special\\s+urgent|express|telegram\\s+urgent)[.!]?$");
    private static final Pattern CLASSIFICATION = Pattern.compile(
            "(?i)^(?:classification\\s*:\\s*)?(?:strictly\\s+|top\\s+|highly\\s+)?(secret|confidential|restricted"
                    + "|classified|unclassified|eyes\\s+only(?:\\s+for\\s+[^.]{1,40})?|for\\s+official\\s+use\\s+only|nodis|exdis|limdis"
                    + "|not\\s+for\\s+publication|personal\\s+and\\s+confidential)(?:[;,]\\s*.{0,40})?[.!]?$"
                    + "|(?i)^copy\\s+no\\.?\\s*\\d+$"
                    // how many copies were made, as the states of the Soviet bloc marked it: "Written in 3 copies"
                    + "|(?i)^(?:(?:written|printed|typed|made|drawn\\s+up)\\s+in\\s+)?(?:\\d{1,2}|one|two|three|four|five|six"
                    + "|seven|eight|nine|ten|a\\s+single)\\s+cop(?:y|ies)[.!]?$|(?i)^copy\\s+\\d{1,2}\\s+of\\s+\\d{1,2}[.!]?$");
    /**
     * A classification of several words, in the translation of a state's own marking, with the
     * original in brackets: "Confidential Government Matter [Vertrauliche Verschlusssache]",
     * "Top Secret Special Handling".
     */
    private static final Pattern CLASSIFICATION_PHRASE = Pattern.compile(
            "(?i)^(?:strictly\\s+|top\\s+)?(?:secret|confidential|restricted)(?:\\s+(?:government|state|command|special"
                    + "|handling|matter|personal|eyes|only|noforn))+(?:\\s*\\[[^\\]]*\\])?[.!]?$");
    /** "Time: 10 October 1959, 3 p.m.", "Place: Yinian Hall": where and when, as a record gives them at its top. */
    private static final Pattern FIELD_DATELINE = Pattern.compile(
            "(?i)^(?:date|time|place|location|venue|date and place|place and date|date and time)\\s*:\\s*\\S.*");
    /** "Recorded by: Yan Mingfu", "Interpreter: Li Yueran", "From: Vientiane": who made the record or sent it. */
    private static final Pattern FIELD_BYLINE = Pattern.compile(
            "(?i)^(?:(?:recorded|prepared|drafted|compiled|written|translated|minuted|taken down)\\s+by|interpreters?"
                    + "|from)\\s*:\\s*\\S.*");
    /** "To: Secretary of State", "TO: SECSTATE WASHDC": a telegram's addressee among its header's fields. */
    private static final Pattern FIELD_ADDRESSEE = Pattern.compile("^(?:To|TO)\\s*:\\s*\\S.*");
    private static final int FIELD_WORDS = 20;
    /** The words that say who took part in a meeting, or who did not (to be matched ignoring case). */
    public static final String PARTICIPANTS =
            "(?:participants|present|absent|attendees|those\\s+present|also\\s+present|excused)";
    /** "PARTICIPANTS", "Present:" alone on a line: a list of who took part follows, body text, no heading. */
    private static final Pattern PARTICIPANTS_LABEL = Pattern.compile("(?i)^" + PARTICIPANTS + "\\s*:?$");
    /** "Present: Comrades V. David, J. Hájek", "Absent: Comrade A. Gregor": who took part, in the text of a record. */
    private static final Pattern PARTICIPANTS_FIELD = Pattern.compile("(?i)^" + PARTICIPANTS + "\\s*:\\s*\\S.*");
    /** A line that is a field, its label first: "Present: ...", "Absent: ...". */
    private static final Pattern FIELD_LINE = Pattern.compile("^\\p{Lu}[\\p{L} ]{1,30}:\\s+\\S.*");
    /** A line that says what the heading above it is of or about, in lower case, no sentence: "of the talks between ...". */
    private static final Pattern GOES_ON_HEADING = Pattern.compile(
            "^(?:of|on|concerning|regarding|about|between)\\s(?:\\S+\\s+){0,60}\\S*[^.!?:;\\s]$");
    /**
     * "Record of the talks of the Prime Minister with ... held at Hyderabad House, New Delhi, on 24
     * January 1960": a line that says what kind of document follows and what it is of, however long,
     * no sentence.
     */
    private static final Pattern KIND_OF_HEADING = Pattern.compile(
            "^(?:Record|Minutes|Memorandum|Report|Note|Notes|Summary|Transcript|Protocol)\\s+(?:of|on|about|concerning)"
                    + "\\s(?:\\S+\\s+){0,60}\\S*[^.!?:;,\\s]$");
    /** A line that labels the lines after it: "PARTICIPANTS", "Enclosure:", "Copy to:". */
    private static final Pattern LABEL_LINE = Pattern.compile("^(?:\\p{Lu}[\\p{Lu} ]{2,30}|\\p{Lu}[\\p{L} ]{1,30}:)$");
    private static final Pattern ADDRESSEE = Pattern.compile("^\\[?\\s*To\\b.*[:,]$");
    /** The first line of an inside address: "To the First Secretary ...", "To Comrade ...". */
    private static final Pattern INSIDE_ADDRESS = Pattern.compile("^To\\s+(?:the\\s+)?\\p{Lu}");
    private static final int MAX_ADDRESS_LINES = 6;
    private static final Pattern SALUTATION = Pattern.compile(
            "(?i)^\\[?(dear|esteemed|respected|honou?red|my\\s+dear|comrades?|sir|madam|gentlemen|your\\s+excellency"
                    + "|my\\s+lords?|monsieur\\s+le|excellency)\\b.*[,:!]$");

    private final DateRecognizer dates;
    private final ClosingLayout closing;

    public DocumentLayout(DateRecognizer dates) {
        this.dates = dates;
        this.closing = new ClosingLayout(this::isDateline);
    }

    public List<Part> analyse(SourceText source, List<Block> in) {
        List<Block> blocks = new ArrayList<>(in);
        List<Part> top = new ArrayList<>();
        int first = analyseTop(source, blocks, top);
        // two more roles than blocks: the closing date and the valediction may be split off the signature's block
        Role[] roles = new Role[blocks.size() + 2];
        int bottom = closing.analyse(source, blocks, roles, first);
        int n = blocks.size();
        List<Part> parts = new ArrayList<>(n + top.size());
        parts.addAll(top);
        for (int i = first; i < n; i++) {
            Block b = blocks.get(i);
            Role role = i >= bottom && roles[i] != null ? roles[i] : Role.BODY;
            if (role != Role.BODY && b.kind() == Block.Kind.ITEM) {
                b = b.asText();
            }
            parts.add(new Part(role, b));
        }
        return parts;
    }

    /**
     * Roles of the leading blocks, line by line (a block "Top Secret / Copy No. 2" is two markers);
     * adjacent heading lines of one block stay one heading. Returns the index of the first body block.
     */
    private int analyseTop(SourceText source, List<Block> blocks, List<Part> parts) {
        int i = 0;
        boolean saluted = false;
        // at least one block must stay in the body
        while (i < blocks.size() - 1) {
            Block b = blocks.get(i);
            if (b.kind() != Block.Kind.TEXT) {
                break;
            }
            if (!saluted && isInsideAddress(source, b)) {
                parts.add(new Part(Role.OPENER_ADDRESS, b));
                i++;
                continue;
            }
            // after the addressee, only a greeting, or "Top secret" and "Budapest, 27 October 1956" under a
            // telegram's addressee, still head the document
            boolean marks = saluted && onlyMarks(source, b);
            if (saluted && !marks && !(b.singleLine() && SALUTATION.matcher(withoutBrackets(line(source, b))).matches())) {
                break;
            }
            List<Block> lines = splitLines(source, b);
            List<Role> roles = new ArrayList<>();
            for (Block line : lines) {
                roles.add(topRole(line(source, line), saluted && !marks));
            }
            for (int k = 0; k < roles.size(); k++) {
                // "MINUTES" over "of the talks between the delegation of ...": what it is of, however long,
                // on the heading's next line or in a block of its own under it
                Role above = k > 0 ? roles.get(k - 1) : parts.isEmpty() ? null : parts.get(parts.size() - 1).role();
                if (roles.get(k) == null && above == Role.HEAD
                        && GOES_ON_HEADING.matcher(line(source, lines.get(k))).matches()) {
                    roles.set(k, Role.HEAD);
                }
            }
            if (roles.contains(null)) {
                break;
            }
            for (int k = 0; k < lines.size(); k++) {
                Block line = lines.get(k);
                if (roles.get(k) == Role.HEAD && k > 0 && roles.get(k - 1) == Role.HEAD) {
                    Part previous = parts.remove(parts.size() - 1);
                    Block merged = new Block(Block.Kind.TEXT, previous.block().lineStart(), previous.block().start(),
                            line.end(), previous.block().lines() + 1, null, null, previous.block().afterBlank());
                    parts.add(new Part(Role.HEAD, merged));
                } else {
                    parts.add(new Part(roles.get(k), line));
                }
                saluted |= roles.get(k) == Role.SALUTE;
            }
            i++;
        }
        return i;
    }

    /** What may stand under the addressee and still head the document: "Top secret", "Budapest, 27 October 1956". */
    private static final Set<Role> MARKS = EnumSet.of(Role.PRECEDENCE, Role.CLASSIFICATION,
            Role.REFERENCE, Role.STAMP, Role.OPENER_DATELINE);

    /** Whether every line of {@code b} marks the document ({@link #MARKS}), as a telegram may under its addressee. */
    private boolean onlyMarks(SourceText source, Block b) {
        if (b.kind() != Block.Kind.TEXT) {
            return false;
        }
        for (Block line : splitLines(source, b)) {
            if (!MARKS.contains(topRole(line(source, line), false))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "To the First Secretary of the Central Committee ... / Comrade Yumjaagiin Tsedenbal / Ulaanbaatar":
     * the addressee's name and address at the top of a letter, a line each, none a sentence.
     */
    private static boolean isInsideAddress(SourceText source, Block b) {
        if (b.lines() < 2 || b.lines() > MAX_ADDRESS_LINES || !INSIDE_ADDRESS.matcher(line(source, b)).lookingAt()) {
            return false;
        }
        for (int[] l : b.lineRanges(source.text())) {
            if (!isAddressLine(source.text().substring(l[0], l[1]).strip())) {
                return false;
            }
        }
        return true;
    }

    /** A line of an address: no sentence, nor a label of what follows. */
    private static boolean isAddressLine(String line) {
        return !line.isEmpty() && !line.endsWith(".") && !line.endsWith(":") && words(line) <= HEADING_WORDS;
    }

    /** What a line at the top of a document is, or null if it is not top matter. */
    private Role topRole(String line, boolean saluted) {
        String plain = withoutBrackets(line);
        if (SALUTATION.matcher(plain).matches() && words(line) <= 12) {
            return Role.SALUTE;
        }
        if (saluted) {
            return null;
        }
        if (ADDRESSEE.matcher(line).matches() && words(line) <= 30) {
            return Role.SALUTE;
        }
        if (INSIDE_ADDRESS.matcher(plain).lookingAt() && isAddressLine(line)) {
            return Role.SALUTE; // an address of one line: "To the Ministry of Foreign Affairs, Comrade Corneliu Mănescu"
        }
        if (PARTICIPANTS_LABEL.matcher(plain).matches() || PARTICIPANTS_FIELD.matcher(plain).matches()) {
            return null; // who took part: the record's body begins
        }
        if (words(line) <= FIELD_WORDS) {
            if (FIELD_DATELINE.matcher(line).matches()) {
                return Role.OPENER_DATELINE;
            }
            if (FIELD_BYLINE.matcher(line).matches()) {
                return Role.BYLINE;
            }
            if (FIELD_ADDRESSEE.matcher(line).matches()) {
                return Role.ADDRESS_FIELD; // unlike a salutation, more of the header may follow it
            }
        }
        if (PRECEDENCE.matcher(plain).matches()) {
            return Role.PRECEDENCE;
        }
        if (CLASSIFICATION.matcher(plain).matches() || CLASSIFICATION_PHRASE.matcher(line).matches()) {
            return Role.CLASSIFICATION;
        }
        if (REFERENCE.matcher(plain).matches()) {
            return Role.REFERENCE;
        }
        if (STAMP_LINE.matcher(line).lookingAt()) {
            return Role.STAMP;
        }
        if (isDateline(line)) {
            return Role.OPENER_DATELINE;
        }
        if (isHeading(line) || KIND_OF_HEADING.matcher(line).matches()) {
            return Role.HEAD;
        }
        return null;
    }

    private static List<Block> splitLines(SourceText source, Block b) {
        if (b.lines() == 1) {
            return List.of(b);
        }
        List<Block> out = new ArrayList<>();
        String text = source.text();
        for (int[] line : b.lineRanges(text)) {
            int e = line[1];
            while (e > line[0] && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > line[0]) {
                out.add(b.line(line[0], e));
            }
        }
        return out;
    }

    private boolean isDateline(String line) {
        String l = line.strip();
        if (l.endsWith(".")) {
            l = l.substring(0, l.length() - 1);
        }
        if (words(l) > 10) {
            return false;
        }
        for (DateMatch m : dates.find(l)) {
            boolean prefixOk = m.start() == 0 || DATELINE_PREFIX.matcher(l.substring(0, m.start())).matches();
            String tail = l.substring(m.end()).strip();
            boolean tailOk = tail.isEmpty() || tail.startsWith(",") && words(tail) <= DATELINE_TAIL_WORDS;
            if (prefixOk && tailOk && (m.when() != null || m.from() != null)) {
                return true;
            }
        }
        return false;
    }

    /** A short line without final punctuation that has words of its own (not only a bracket). */
    private static boolean isHeading(String line) {
        String l = line.strip();
        String outside = l.replaceAll("\\[[^\\]]*\\]", "");
        return isShort(l, HEADING_WORDS) && !l.endsWith(":") && !l.endsWith(",")
                && outside.chars().anyMatch(Character::isLetter);
    }

    static boolean isShort(String line, int maxWords) {
        String l = line.strip();
        return !l.isEmpty() && words(l) <= maxWords && !l.endsWith(".") && !l.endsWith("?") && !l.endsWith(";")
                && !l.endsWith("!") || l.matches("\\p{Lu}[\\p{L}.]*\\s+\\p{Lu}\\p{L}+\\.?") && l.length() < 40;
    }

    /** The most words a heading within the text has: "Assessment", "Conclusions and proposals". */
    private static final int SECTION_HEADING_WORDS = 6;

    /**
     * Whether a body block is the heading of a section of the text, as reports have ("Assessment",
     * "Conclusions"): one short line, capitalised, with no sentence's or clause's end, no digit (a
     * date or a copy's number) and no colon (a field, "Place: MINREX, Havana"). The caller asks only where more
     * of the text follows in the body, so a last line before the signature ("Please confirm
     * receipt") is none.
     */
    static boolean isSectionHeading(SourceText source, Block b) {
        if (b.kind() != Block.Kind.TEXT || b.lines() != 1) {
            return false;
        }
        String l = line(source, b);
        if (l.isEmpty() || words(l) > SECTION_HEADING_WORDS || !Character.isUpperCase(l.charAt(0))) {
            return false;
        }
        char last = l.charAt(l.length() - 1);
        return ".,;!?".indexOf(last) < 0 && l.chars().noneMatch(c -> Character.isDigit(c) || c == ':');
    }

    static char firstLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return s.charAt(i);
            }
        }
        return ' ';
    }

    static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    static String line(SourceText source, Block b) {
        return source.text().substring(b.lineStart(), b.end()).strip();
    }

    /**
     * Whether a block of several lines is a label and what it labels, a line each ("PARTICIPANTS /
     * The Secretary / Ambassador Dobrynin"), whose lines the encoding keeps apart.
     */
    static boolean keepsLines(SourceText source, Block b) {
        if (b.kind() != Block.Kind.TEXT || b.lines() < 2) {
            return false;
        }
        int nl = source.text().indexOf('\n', b.lineStart());
        if (nl > 0 && LABEL_LINE.matcher(source.text().substring(b.lineStart(), nl).strip()).matches()) {
            return true;
        }
        // "Present: ..." over "Absent: ...": a field on each line
        for (int[] line : b.lineRanges(source.text())) {
            if (!FIELD_LINE.matcher(source.text().substring(line[0], line[1])).matches()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a block is a list of who took part: a line "PARTICIPANTS" or "Present:", then one
     * line for each of them ("The Secretary", "Ambassador Chapin").
     */
    static boolean isParticipantsList(SourceText source, Block b) {
        if (!keepsLines(source, b)) {
            return false;
        }
        int nl = source.text().indexOf('\n', b.lineStart());
        return PARTICIPANTS_LABEL.matcher(withoutBrackets(source.text().substring(b.lineStart(), nl).strip())).matches();
    }

    static String withoutBrackets(String s) {
        return s.replace("[", "").replace("]", "");
    }
}
