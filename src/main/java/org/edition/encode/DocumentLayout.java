package org.edition.encode;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Assigns each block its role in an epistolary document: at the top, headings, precedence and
 * classification lines, an opening dateline and the addressee or salutation; at the bottom, a
 * valediction, signatories and the closing date; everything between is the body. Short lines
 * without a final full stop are what headings and signatures look like. Immutable.
 */
public final class DocumentLayout {
    public enum Role {
        HEAD, PRECEDENCE, CLASSIFICATION, REFERENCE, STAMP, OPENER_DATELINE, BYLINE, ADDRESS_FIELD, SALUTE, BODY,
        CLOSER_SALUTE, SIGNED, CLOSER_MARK, CLOSER_DATELINE, CLOSER_ADDRESS, POSTSCRIPT, DISTRIBUTION
    }

    public record Part(Role role, Block block) {
    }

    private static final int HEADING_WORDS = 25;
    private static final int MAX_SIGNATURE_LINES = 6;
    private static final Pattern REFERENCE = Pattern.compile(
            "(?i)^(no\\.|nr\\.|ref\\.|reference|our\\s+ref\\.?|telegram\\s+no\\.|cable\\s+no\\.|file)\\s*:?\\s*\\S+(\\s+\\S+){0,4}$");
    /** A full stop after a word (not an initial): "No matters were raised." is no signature. */
    private static final Pattern SENTENCE_END = Pattern.compile("\\p{L}{3,}\\.(\\s|$)");
    /** "Belgrade, 28 October 1956, 23.40 hrs", "Arrived: 29 October 1956": what may stand around a dateline's date. */
    private static final Pattern DATELINE_PREFIX = Pattern.compile("[^,:]{1,40}[,:]\\s*");
    private static final int DATELINE_TAIL_WORDS = 3;
    private static final Pattern STAMP_LINE = Pattern.compile("(?i)^\\[\\s*stamp\\b");
    private static final Pattern DEVICE_MARK = Pattern.compile("(?i)^\\[(seal|stamp|emblem)\\]$");
    private static final int SIGNATURE_WORDS = 10;
    /** The mark that opens a postscript: "P.S.", "PS:", "P.P.S.", "Postscript:". */
    private static final Pattern POSTSCRIPT = Pattern.compile("(?i)(?:p\\.\\s?(?:p\\.\\s?)?s\\.|ps[.:]|postscript:)\\s");
    /** A postscript is this many blocks at most, its mark on the first. */
    private static final int MAX_POSTSCRIPT_BLOCKS = 3;
    /**
     * What opens a list of those who received a copy, at the foot of a document: "Copy to:",
     * "Copies to ...", "cc:", "Distribution:". Who is on it did not sign.
     */
    private static final Pattern DISTRIBUTION = Pattern.compile(
            "(?i)(?:cop(?:y|ies)\\s+(?:to|for|sent\\s+to)\\b|c\\.?\\s?c\\.?\\s*:|b\\.?c\\.?c\\.?\\s*:|distribution(?:\\s+list)?\\s*:)");
    /** A distribution list is this many blocks at most, its opening words on the first. */
    private static final int MAX_DISTRIBUTION_BLOCKS = 3;
    private static final Pattern PRECEDENCE = Pattern.compile(
            "(?i)^(?:(?:cable\\s+)?precedence\\s*:\\s*|priority\\s*:\\s*)?(?:additional\\s+|very\\s+|extra\\s+|most\\s+)?"
                    + "(rush|urgent|immediate|flash|routine|priority|niact(\\s+immediate)?|operational\\s+immediate"
                    + "|special\\s+urgent|express|telegram\\s+urgent)[.!]?$");
    private static final Pattern CLASSIFICATION = Pattern.compile(
            "(?i)^(?:classification\\s*:\\s*)?(?:strictly\\s+|top\\s+|highly\\s+)?(secret|confidential|restricted"
                    + "|classified|unclassified|eyes\\s+only|for\\s+official\\s+use\\s+only|nodis|exdis|limdis"
                    + "|not\\s+for\\s+publication|personal\\s+and\\s+confidential)(?:[;,]\\s*.{0,40})?[.!]?$"
                    + "|(?i)^copy\\s+no\\.?\\s*\\d+$");
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
    /** "To: Secretary of State": a telegram's addressee among its header's fields. */
    private static final Pattern FIELD_ADDRESSEE = Pattern.compile("^To\\s*:\\s*\\S.*");
    private static final int FIELD_WORDS = 20;
    /** "PARTICIPANTS", "Present:" alone on a line: a list of who took part follows, body text, no heading. */
    private static final Pattern PARTICIPANTS_LABEL = Pattern.compile(
            "(?i)^(?:participants|present|attendees|those\\s+present|also\\s+present)\\s*:?$");
    /** A line that labels the lines after it: "PARTICIPANTS", "Enclosure:", "Copy to:". */
    private static final Pattern LABEL_LINE = Pattern.compile("^(?:\\p{Lu}[\\p{Lu} ]{2,30}|\\p{Lu}[\\p{L} ]{1,30}:)$");
    private static final Pattern ADDRESSEE = Pattern.compile("^\\[?\\s*To\\b.*[:,]$");
    private static final Pattern SALUTATION = Pattern.compile(
            "(?i)^\\[?(dear|esteemed|respected|honou?red|my\\s+dear|comrades?|sir|madam|gentlemen|your\\s+excellency"
                    + "|my\\s+lords?|monsieur\\s+le|excellency)\\b.*[,:!]$");
    private static final Pattern VALEDICTION = Pattern.compile(
            "(?i)^(sincerely|yours|respectfully|regards|best\\s+regards|kind\\s+regards|with\\s+.{0,40}greetings?"
                    + "|with\\s+(?:(?:warm|warmest|kind|kindest|best|personal)\\s+)?(respect|regards|wishes)|faithfully|cordially|fraternally|salud|in\\s+friendship"
                    + "|with\\s+highest\\s+consideration|i\\s+remain.{0,60}|accept.{0,80}consideration)[^.]{0,60}[,.]?$");
    /**
     * The addressee at the foot of a letter, below the signature, as nineteenth-century dispatches
     * and formal letters put it: "The Earl of Derby, K.G., &c.", "His Excellency ...", "To the Right
     * Honourable ...".
     */
    private static final Pattern FOOT_ADDRESS = Pattern.compile(
            "^(?:To\\s+)?(?:The\\s+)?(?:(?:Right|Rt\\.?)\\s+Hon(?:ou?rable|\\.)?|Earl|Marquess|Marquis|Lord|Duke|Viscount"
                    + "|Count|Prince|His\\s+Excellency|Her\\s+Excellency|H\\.\\s?E\\.|Monsieur|Herr|Honou?rable"
                    + "|President|Prime\\s+Minister|Secretary|Minister|Ambassador|Chairman)\\b.*", Pattern.DOTALL);
    private static final int MAX_ADDRESS_LINES = 4;
    private static final Pattern SIGNATURE_MARK = Pattern.compile(
            "(?i)^\\[(signed|signature|illegible\\s+signature|signature\\s+illegible|seal|initials)\\]$");

    private final DateRecognizer dates;

    public DocumentLayout(DateRecognizer dates) {
        this.dates = dates;
    }

    public List<Part> analyse(SourceText source, List<Block> in) {
        List<Block> blocks = new ArrayList<>(in);
        List<Part> top = new ArrayList<>();
        int first = analyseTop(source, blocks, top);
        // two more roles than blocks: the closing date and the valediction may be split off the signature's block
        Role[] roles = new Role[blocks.size() + 2];
        int bottom = analyseBottom(source, blocks, roles, first);
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
            List<Block> lines = splitLines(source, b);
            List<Role> roles = new ArrayList<>();
            for (Block line : lines) {
                roles.add(topRole(line(source, line), saluted));
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
            if (saluted && !(i < blocks.size() - 1 && blocks.get(i).singleLine()
                    && SALUTATION.matcher(withoutBrackets(line(source, blocks.get(i)))).matches())) {
                break;
            }
        }
        return i;
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
        if (PARTICIPANTS_LABEL.matcher(plain).matches()) {
            return null;
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
        if (isHeading(line)) {
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

    private int analyseBottom(SourceText source, List<Block> blocks, Role[] roles, int firstBody) {
        int i = blocks.size() - 1;
        if (i <= firstBody) {
            return blocks.size();
        }
        // "P.S. Please convey ...": a postscript after the signature, the signature above it
        i = markTail(source, blocks, roles, firstBody, i, POSTSCRIPT, MAX_POSTSCRIPT_BLOCKS, Role.POSTSCRIPT);
        // "Copy to: ...": who received copies, after the signature
        i = markTail(source, blocks, roles, firstBody, i, DISTRIBUTION, MAX_DISTRIBUTION_BLOCKS, Role.DISTRIBUTION);
        if (i <= firstBody) {
            return i + 1;
        }
        if (i > firstBody + 1 && isFootAddress(source, blocks.get(i)) && (isSignatureBlock(source, blocks.get(i - 1))
                || valedictionSigned(source, blocks.get(i - 1)) != null)) {
            roles[i--] = Role.CLOSER_ADDRESS; // "A. H. Layard / The Earl of Derby, K.G.": the addressee below the signature
        }
        if (splitClosingDate(source, blocks, roles, i)) {
            i++;
        }
        if (splitValediction(source, blocks, roles, i)) {
            i++;
        }
        Block last = blocks.get(i);
        if (last.singleLine() && isDateline(line(source, last))) {
            roles[i--] = Role.CLOSER_DATELINE;
        }
        boolean signed = false;
        while (i > firstBody) {
            Block b = blocks.get(i);
            if (b.singleLine() && DEVICE_MARK.matcher(line(source, b)).matches()) {
                roles[i--] = Role.CLOSER_MARK;
                continue;
            }
            if (!isSignatureBlock(source, b)) {
                break;
            }
            roles[i--] = Role.SIGNED;
            signed = true;
        }
        // "With warm regards, / Yours sincerely,": one valediction or two
        for (int v = 0; v < 2 && i > firstBody && isValediction(source, blocks.get(i))
                && (signed || roles[blocks.size() - 1] != null); v++) {
            roles[i--] = Role.CLOSER_SALUTE;
        }
        return i + 1;
    }

    /**
     * Gives {@code role} to the block among the last {@code max} (up to {@code last}) whose first
     * line opens with {@code mark}, and to every block after it up to {@code last}; returns the
     * index of the block before it, or {@code last} if there is none.
     */
    private static int markTail(SourceText source, List<Block> blocks, Role[] roles, int firstBody, int last,
            Pattern mark, int max, Role role) {
        for (int p = last; p > firstBody && p > last - max; p--) {
            Block b = blocks.get(p);
            java.util.regex.Matcher m = mark.matcher(source.text()).region(b.lineStart(), b.end());
            if (b.kind() != Block.Kind.TABLE && m.lookingAt() && (role != Role.DISTRIBUTION || isList(source, b, m))) {
                java.util.Arrays.fill(roles, p, last + 1, role);
                return p - 1;
            }
        }
        return last;
    }

    /**
     * "Yours sincerely, / Jawaharlal Nehru": a block whose first line is a valediction and whose other
     * lines sign is split into the two, the roles after it moved up by one. Returns whether it split.
     */
    private boolean splitValediction(SourceText source, List<Block> blocks, Role[] roles, int i) {
        Block b = blocks.get(i);
        Block signature = valedictionSigned(source, b);
        if (signature == null) {
            return false;
        }
        System.arraycopy(roles, i + 1, roles, i + 2, blocks.size() - i - 1);
        roles[i + 1] = null;
        blocks.set(i, b.line(b.lineStart(), signature.lineStart() - 1));
        blocks.add(i + 1, signature);
        return true;
    }

    /** The signature's lines of a block that opens with a valediction and signs after it, else null. */
    private Block valedictionSigned(SourceText source, Block b) {
        if (b.kind() != Block.Kind.TEXT || b.lines() < 2 || b.lines() > MAX_SIGNATURE_LINES) {
            return null;
        }
        List<int[]> lines = b.lineRanges(source.text());
        int[] first = lines.get(0);
        if (!VALEDICTION.matcher(source.text().substring(first[0], first[1]).strip()).matches()) {
            return null;
        }
        int[] second = lines.get(1);
        Block signature = new Block(Block.Kind.TEXT, second[0], second[0], b.end(), b.lines() - 1, null, null, false);
        return isSignatureBlock(source, signature) ? signature : null;
    }

    /**
     * Whether a block that opens like a distribution list is one: a colon after the opening words,
     * or no sentence in it ("Copy to Sir O. Sargent; Mr. Kirkpatrick", not "Copies to be sent to
     * all embassies.").
     */
    private static boolean isList(SourceText source, Block b, java.util.regex.Matcher opening) {
        String text = source.text();
        return text.substring(opening.start(), opening.end()).endsWith(":")
                || !SENTENCE_END.matcher(text.substring(b.lineStart(), b.end()).replaceAll("\\[[^\\]]*\\]", "")).find();
    }

    /**
     * "F. K. Roberts / 30th June, 1948": a signature block whose last line is the closing date is
     * split into the signature and the dateline, the roles after it moved up by one. Returns
     * whether it split.
     */
    private boolean splitClosingDate(SourceText source, List<Block> blocks, Role[] roles, int i) {
        Block b = blocks.get(i);
        if (b.kind() != Block.Kind.TEXT || b.lines() < 2 || b.lines() > MAX_SIGNATURE_LINES) {
            return false;
        }
        List<int[]> lines = b.lineRanges(source.text());
        int[] dateLine = lines.get(lines.size() - 1);
        String date = source.text().substring(dateLine[0], dateLine[1]).strip();
        if (date.isEmpty() || !isDateline(date)) {
            return false;
        }
        int[] lastName = lines.get(lines.size() - 2);
        Block signature = new Block(Block.Kind.TEXT, b.lineStart(), b.start(), lastName[1], b.lines() - 1, null, null,
                b.afterBlank());
        if (!isSignatureBlock(source, signature)) {
            return false;
        }
        System.arraycopy(roles, i + 1, roles, i + 2, blocks.size() - i - 1);
        roles[i + 1] = null;
        blocks.set(i, signature);
        blocks.add(i + 1, b.line(dateLine[0], dateLine[1]));
        return true;
    }

    private static boolean isFootAddress(SourceText source, Block b) {
        return b.kind() == Block.Kind.TEXT && b.lines() <= MAX_ADDRESS_LINES
                && FOOT_ADDRESS.matcher(line(source, b)).matches();
    }

    /**
     * "Sincerely," on a line of its own, or a valediction of several lines each ending with a comma,
     * the first of them one ("I have the honour to be, with the highest respect, / My Lord, / Your
     * Lordship's most obedient, humble Servant,").
     */
    private static boolean isValediction(SourceText source, Block b) {
        if (b.singleLine()) {
            return VALEDICTION.matcher(line(source, b)).matches();
        }
        if (b.kind() != Block.Kind.TEXT || b.lines() > MAX_SIGNATURE_LINES) {
            return false;
        }
        List<int[]> lines = b.lineRanges(source.text());
        for (int[] l : lines) {
            if (!source.text().substring(l[0], l[1]).strip().endsWith(",")) {
                return false;
            }
        }
        int[] first = lines.get(0);
        return MANY_LINED_VALEDICTION.matcher(source.text().substring(first[0], first[1]).strip()).matches();
    }

    /** The first line of a valediction of several lines. */
    private static final Pattern MANY_LINED_VALEDICTION = Pattern.compile(
            "(?i)^(?:i\\s+have\\s+the\\s+hono(?:u)?r\\s+to\\s+(?:be|remain)|i\\s+(?:am|remain)|believe\\s+me"
                    + "|(?:with|accept)\\b).{0,80},$");

    private boolean isSignatureBlock(SourceText source, Block b) {
        if (b.kind() == Block.Kind.TABLE || b.kind() == Block.Kind.PAGE || b.lines() > MAX_SIGNATURE_LINES) {
            return false;
        }
        if (b.kind() == Block.Kind.ITEM) {
            // "I. Ivanov": an initial, not an enumerator, when nothing else follows the name
            ListMark m = b.mark();
            if (m.bullet() != null || m.label().length() != 1 || !Character.isUpperCase(m.label().charAt(0))
                    || !".".equals(m.punctuation()) || b.lines() > 1) {
                return false;
            }
        }
        String text = source.text().substring(b.lineStart(), b.end());
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (SIGNATURE_MARK.matcher(l).matches()) {
                continue;
            }
            String outside = l.replaceAll("\\[[^\\]]*\\]", "").strip();
            if (outside.isEmpty() && words(l) >= 3) {
                return false; // "[Rest of the minutes not translated]": the translator's words, no signatory
            }
            if (!isShort(l, SIGNATURE_WORDS) || l.endsWith(":") || l.endsWith(",")
                    || !Character.isUpperCase(firstLetter(l)) || SENTENCE_END.matcher(outside).find()) {
                return false;
            }
        }
        return true;
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

    private static boolean isShort(String line, int maxWords) {
        String l = line.strip();
        return !l.isEmpty() && words(l) <= maxWords && !l.endsWith(".") && !l.endsWith("?") && !l.endsWith(";")
                && !l.endsWith("!") || l.matches("\\p{Lu}[\\p{L}.]*\\s+\\p{Lu}\\p{L}+\\.?") && l.length() < 40;
    }

    private static char firstLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return s.charAt(i);
            }
        }
        return ' ';
    }

    private static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    private static String line(SourceText source, Block b) {
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
        return nl > 0 && LABEL_LINE.matcher(source.text().substring(b.lineStart(), nl).strip()).matches();
    }

    static String withoutBrackets(String s) {
        return s.replace("[", "").replace("]", "");
    }
}
