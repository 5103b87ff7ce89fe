package org.edition.encode;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.edition.encode.DocumentLayout.Role;
import org.edition.names.Titles;

/**
 * The closing matter of a document, read from its last blocks back: a postscript, a list of who
 * received copies, the addressee at the foot, the closing date, the signatures and the valedictions
 * above them. {@link DocumentLayout} reads the top and hands the rest here. Immutable.
 */
final class ClosingLayout {
    private static final int MAX_SIGNATURE_LINES = 6;
    /** A full stop after a word (not an initial): "No matters were raised." is no signature. */
    private static final Pattern SENTENCE_END = Pattern.compile("\\p{L}{3,}\\.(\\s|$)");
    private static final Pattern DEVICE_MARK = Pattern.compile("(?i)^\\[(seal|stamp|emblem)\\]$");
    private static final int SIGNATURE_WORDS = 10;
    /** Words that open a request, never a signatory's name or role. */
    private static final Pattern REQUEST = Pattern.compile("(?:Please|Kindly|Request|Requesting)\\b");
    /** The mark that opens a postscript: "P.S.", "PS:", "P.P.S.", "Postscript:". */
    private static final Pattern POSTSCRIPT = Pattern.compile("(?i)(?:p\\.\\s?(?:p\\.\\s?)?s\\.|ps[.:]|postscript:)\\s");
    /** A postscript is this many blocks at most, its mark on the first. */
    private static final int MAX_POSTSCRIPT_BLOCKS = 3;
    /**
     * What opens a list of those who received a copy, at the foot of a document: "Copy to:",
     * "Copies to ...", "cc:", "Distribution:". Who is on it did not sign.
     */
    private static final Pattern DISTRIBUTION = Pattern.compile(
            "(?i)(?:cop(?:y|ies)\\s+(?:to|for|sent\\s+to)\\b|c\\.?\\s?c\\.?\\s*:|b\\.?c\\.?c\\.?\\s*:"
                    + "|distribution(?:\\s+list)?\\s*:)");
    /** A distribution list is this many blocks at most, its opening words on the first. */
    private static final int MAX_DISTRIBUTION_BLOCKS = 3;
    /** "Sincerely,", "With warm regards,", "Accept the assurances of my highest consideration.": a valediction's line. */
    private static final Pattern VALEDICTION = Pattern.compile(
            "(?i)^(sincerely|yours|respectfully|regards|best\\s+regards|kind\\s+regards|with\\s+.{0,40}greetings?"
                    + "|with\\s+(?:(?:warm|warmest|kind|kindest|best|personal)\\s+)?(respect|regards|wishes)"
                    + "|faithfully|cordially|fraternally|salud|in\\s+friendship"
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
    /** The first line of a valediction of several lines. */
    private static final Pattern MANY_LINED_VALEDICTION = Pattern.compile(
            "(?i)^(?:i\\s+have\\s+the\\s+hono(?:u)?r\\s+to\\s+(?:be|remain)|i\\s+(?:am|remain)|believe\\s+me"
                    + "|(?:with|accept)\\b).{0,80},$");

    /** Whether a line is a dateline ("Peking, 3 April 1957"). */
    private final Predicate<String> dateline;

    ClosingLayout(Predicate<String> dateline) {
        this.dateline = dateline;
    }

    /**
     * Gives the closing roles to the last blocks, from the end: a postscript, a distribution list, the
     * addressee at the foot, the closing date, signatures and device marks, valedictions. Splits a
     * signature's block that also holds the closing date or a valediction, so {@code blocks} may grow
     * by two and {@code roles} must have room for them. Returns the index of the first closing block.
     */
    int analyse(SourceText source, List<Block> blocks, Role[] roles, int firstBody) {
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
        if (last.singleLine() && dateline.test(DocumentLayout.line(source, last))) {
            roles[i--] = Role.CLOSER_DATELINE;
        }
        boolean signed = false;
        while (i > firstBody) {
            Block b = blocks.get(i);
            if (b.singleLine() && DEVICE_MARK.matcher(DocumentLayout.line(source, b)).matches()) {
                roles[i--] = Role.CLOSER_MARK;
                continue;
            }
            // "With communist greetings" above the signature, without the comma that marks most valedictions
            if (!isSignatureBlock(source, b) || signed && isValediction(source, b)) {
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
        split(blocks, roles, i, b.line(b.lineStart(), signature.lineStart() - 1), signature);
        return true;
    }

    /** Puts {@code first} and {@code second} in place of block i, the roles after it moved up by one. */
    private static void split(List<Block> blocks, Role[] roles, int i, Block first, Block second) {
        System.arraycopy(roles, i + 1, roles, i + 2, blocks.size() - i - 1);
        roles[i + 1] = null;
        blocks.set(i, first);
        blocks.add(i + 1, second);
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
        if (date.isEmpty() || !dateline.test(date)) {
            return false;
        }
        int[] lastName = lines.get(lines.size() - 2);
        Block signature = new Block(Block.Kind.TEXT, b.lineStart(), b.start(), lastName[1], b.lines() - 1, null, null,
                b.afterBlank());
        if (!isSignatureBlock(source, signature)) {
            return false;
        }
        split(blocks, roles, i, signature, b.line(dateLine[0], dateLine[1]));
        return true;
    }

    private static boolean isFootAddress(SourceText source, Block b) {
        return b.kind() == Block.Kind.TEXT && b.lines() <= MAX_ADDRESS_LINES
                && FOOT_ADDRESS.matcher(DocumentLayout.line(source, b)).matches();
    }

    /**
     * "Sincerely," on a line of its own, or a valediction of several lines each ending with a comma,
     * the first of them one ("I have the honour to be, with the highest respect, / My Lord, / Your
     * Lordship's most obedient, humble Servant,").
     */
    private static boolean isValediction(SourceText source, Block b) {
        if (b.singleLine()) {
            return VALEDICTION.matcher(DocumentLayout.line(source, b)).matches();
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
        String[] lines = text.split("\n");
        for (int k = 0; k < lines.length; k++) {
            String l = lines[k].strip();
            if (l.endsWith(" a.i.")) {
                l = l.substring(0, l.length() - 5); // "Chargé d'Affaires a.i.": ad interim, no sentence's full stop
            }
            if (l.length() > 2 && l.charAt(0) == '[' && l.indexOf(']') == l.length() - 1
                    && BracketClassifier.namesADevice(l.substring(1, l.length() - 1).strip())) {
                continue;
            }
            String outside = l.replaceAll("\\[[^\\]]*\\]", "").strip();
            if (outside.isEmpty() && DocumentLayout.words(l) >= 3) {
                return false; // "[Rest of the minutes not translated]": the translator's words, no signatory
            }
            // "Ambassador:" over "(G. Petkov)": a role may introduce the name on the next line
            boolean introduces = l.endsWith(":") && k + 1 < lines.length && !lines[k + 1].isBlank();
            // "[signature] L. Soloviev": the name after the translator's mark opens the line
            String opening = l.startsWith("[") && !outside.isEmpty() ? outside : l;
            if (REQUEST.matcher(opening).lookingAt()) {
                return false; // "Please confirm receipt": a telegram's last request, without its full stop
            }
            // "Ferenc Martin" over "chargé d'affaires a.i.": the signatory's office below the name, in lower case
            boolean officeBelow = k > 0 && !opening.isEmpty()
                    && Titles.opensWithOffice(Character.toUpperCase(opening.charAt(0)) + opening.substring(1));
            if (!DocumentLayout.isShort(l, SIGNATURE_WORDS) || l.endsWith(":") && !introduces || l.endsWith(",")
                    || !Character.isUpperCase(DocumentLayout.firstLetter(opening)) && !officeBelow
                    || SENTENCE_END.matcher(outside).find()) {
                return false;
            }
        }
        return true;
    }
}
