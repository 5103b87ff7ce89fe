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
    public enum Role { HEAD, PRECEDENCE, CLASSIFICATION, OPENER_DATELINE, SALUTE, BODY, CLOSER_SALUTE, SIGNED, CLOSER_DATELINE }

    public record Part(Role role, Block block) {
    }

    private static final int SHORT_WORDS = 15;
    private static final int SIGNATURE_WORDS = 10;
    private static final Pattern PRECEDENCE = Pattern.compile(
            "(?i)^(?:(?:cable\\s+)?precedence\\s*:\\s*|priority\\s*:\\s*)?(?:additional\\s+|very\\s+|extra\\s+|most\\s+)?"
                    + "(rush|urgent|immediate|flash|routine|priority|niact(\\s+immediate)?|operational\\s+immediate"
                    + "|special\\s+urgent|express|telegram\\s+urgent)[.!]?$");
    private static final Pattern CLASSIFICATION = Pattern.compile(
            "(?i)^(?:classification\\s*:\\s*)?(?:strictly\\s+|top\\s+|highly\\s+)?(secret|confidential|restricted"
                    + "|classified|unclassified|eyes\\s+only|for\\s+official\\s+use\\s+only|nodis|exdis|limdis"
                    + "|not\\s+for\\s+publication|personal\\s+and\\s+confidential)(?:[;,]\\s*.{0,40})?[.!]?$"
                    + "|(?i)^copy\\s+no\\.?\\s*\\d+$");
    private static final Pattern ADDRESSEE = Pattern.compile("^\\[?\\s*To\\b.*[:,]$");
    private static final Pattern SALUTATION = Pattern.compile(
            "(?i)^\\[?(dear|esteemed|respected|honou?red|my\\s+dear|comrades?|sir|madam|gentlemen|your\\s+excellency)\\b.*[,:!]$");
    private static final Pattern VALEDICTION = Pattern.compile(
            "(?i)^(sincerely|yours|respectfully|regards|best\\s+regards|kind\\s+regards|with\\s+.{0,40}greetings?"
                    + "|with\\s+(respect|regards|best\\s+wishes)|faithfully|cordially|fraternally|salud|in\\s+friendship"
                    + "|with\\s+highest\\s+consideration|i\\s+remain.{0,60}|accept.{0,80}consideration)[^.]{0,60}[,.]?$");
    private static final Pattern SIGNATURE_MARK = Pattern.compile("(?i)^\\[(signed|signature|illegible\\s+signature|seal)\\]$");

    private final DateRecognizer dates;

    public DocumentLayout(DateRecognizer dates) {
        this.dates = dates;
    }

    public List<Part> analyse(SourceText source, List<Block> blocks) {
        int n = blocks.size();
        Role[] roles = new Role[n];
        int top = analyseTop(source, blocks, roles);
        int bottom = analyseBottom(source, blocks, roles, top);
        List<Part> parts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Block b = blocks.get(i);
            Role role = roles[i] == null ? Role.BODY : roles[i];
            if (role != Role.BODY && b.kind() == Block.Kind.ITEM) {
                b = b.asText();
            }
            parts.add(new Part(role, b));
        }
        return parts;
    }

    /** Roles of the leading blocks; returns the index of the first body block. */
    private int analyseTop(SourceText source, List<Block> blocks, Role[] roles) {
        int i = 0;
        // at least one block must stay in the body
        while (i < blocks.size() - 1) {
            Block b = blocks.get(i);
            if (!b.singleLine()) {
                break;
            }
            String line = line(source, b);
            String plain = withoutBrackets(line);
            if (ADDRESSEE.matcher(line).matches() && words(line) <= 30 || SALUTATION.matcher(plain).matches()) {
                roles[i++] = Role.SALUTE;
                break;
            }
            if (PRECEDENCE.matcher(plain).matches()) {
                roles[i] = Role.PRECEDENCE;
            } else if (CLASSIFICATION.matcher(plain).matches()) {
                roles[i] = Role.CLASSIFICATION;
            } else if (isDateline(line)) {
                roles[i] = Role.OPENER_DATELINE;
            } else if (isShort(line, SHORT_WORDS)) {
                roles[i] = Role.HEAD;
            } else {
                break;
            }
            i++;
        }
        return i;
    }

    private int analyseBottom(SourceText source, List<Block> blocks, Role[] roles, int firstBody) {
        int i = blocks.size() - 1;
        if (i <= firstBody) {
            return blocks.size();
        }
        Block last = blocks.get(i);
        if (last.singleLine() && isDateline(line(source, last))) {
            roles[i--] = Role.CLOSER_DATELINE;
        }
        boolean signed = false;
        while (i > firstBody) {
            Block b = blocks.get(i);
            if (!isSignatureBlock(source, b)) {
                break;
            }
            roles[i--] = Role.SIGNED;
            signed = true;
        }
        if (i > firstBody && blocks.get(i).singleLine() && VALEDICTION.matcher(line(source, blocks.get(i))).matches()
                && (signed || roles[blocks.size() - 1] != null)) {
            roles[i--] = Role.CLOSER_SALUTE;
        }
        return i + 1;
    }

    private boolean isSignatureBlock(SourceText source, Block b) {
        if (b.kind() == Block.Kind.TABLE || b.kind() == Block.Kind.PAGE || b.lines() > 3) {
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
            if (!isShort(l, SIGNATURE_WORDS) || l.endsWith(":") || l.endsWith(",")
                    || !Character.isUpperCase(firstLetter(l))) {
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
        if (words(l) > 8) {
            return false;
        }
        for (DateMatch m : dates.find(l)) {
            if (m.end() == l.length() && (m.start() == 0 || l.substring(0, m.start()).matches("[^,]{1,40},\\s*"))) {
                return true;
            }
        }
        return false;
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

    static String withoutBrackets(String s) {
        return s.replace("[", "").replace("]", "");
    }
}
