package org.edition.names;

import java.util.Set;

/**
 * Titles and roles that stand before a person's name ("Ambassador Hao", "Mr. Novak"): one list for
 * the name rules and for the bracket catalogue's "Ambassador Hao [Deqing]" (a given name supplied).
 */
public final class Titles {
    /** Without a final full stop: "Mr." is looked up as "Mr". */
    static final Set<String> ALL = Set.of("Ambassador", "Comrade", "Comrades", "Minister", "Premier", "Chairman",
            "Mr", "Mrs", "Ms", "Dr", "Marshal", "General", "Secretary", "Secretary-General", "President",
            "Vice-Premier", "Vice-Minister", "Deputy", "Director", "Counsellor", "Counselor", "Consul",
            "Consul-General", "Chargé", "Attaché", "Colonel", "Admiral", "Lieutenant", "Captain", "Major",
            "Professor", "Prof", "Prince", "King", "Queen", "Emperor", "Governor", "Mayor", "Commander", "Envoy",
            "Comandante", "Chancellor", "Senator", "Monsieur", "Madame", "Herr", "Tovarishch", "Sir", "Director-General",
            "Under-Secretary", "Vice-President", "Vice-Chairman", "Vice-Consul", "Minister-Counsellor", "Commissioner",
            "Commissioners", "Shri", "Shrimati", "Smt", "Sheikh", "Mme", "Chief", "Brigadier", "Commodore", "Monsignor",
            "Cardinal", "Archbishop", "Bishop", "Mulla", "Mullah", "Imam", "Ayatollah", "Emir", "Sultan", "Representative",
            "Rector",
            // the Malay titles of rank: "Tunku Abdul Rahman", "Tun Abdul Razak"
            "Tunku", "Tengku", "Tun", "Datuk", "Dato",
            // peers, named by their title's name: "Lord Halifax", "Count Ciano"
            "Lord", "Lady", "Earl", "Viscount", "Baron", "Count", "Countess", "Duke", "Marquess",
            // the honorific of a descendant of the Prophet: "Sayyid Zia ad-Din Tabatabai"
            "Sayyid", "Seyyed", "Sayed");

    /** The titles written with a full stop ("Mr. Novak"); after any other, a full stop ends the sentence. */
    private static final Set<String> ABBREVIATED = Set.of("Mr", "Mrs", "Ms", "Dr", "Prof", "Smt", "Mme");

    private Titles() {
    }

    /** "Recorded by Yu. Vinogradov", "Interpreter: Li Yueran": the words before the name of who wrote a record down or interpreted. */
    private static final java.util.regex.Pattern RECORDED_BY = java.util.regex.Pattern.compile(
            "(?i)(?:(?:recorded|drafted|prepared|written|minuted|compiled|taken down)\\s+by:?|interpreters?:)\\s+");

    /**
     * How long the words are that open {@code line} to say who wrote it down ("Recorded by: "), or 0:
     * the name after them is the recorder's, no signatory's.
     */
    public static int recorderPrefix(String line) {
        java.util.regex.Matcher m = RECORDED_BY.matcher(line);
        return m.lookingAt() ? m.end() : 0;
    }

    /**
     * A signature line's words without the parentheses around them ("(G. Petkov)", a name under a
     * role), or the line itself where it has none.
     */
    public static String withoutParentheses(String line) {
        return line.length() > 2 && line.charAt(0) == '(' && line.endsWith(")") ? line.substring(1, line.length() - 1) : line;
    }

    /** Whether {@code word} (without its full stop) is a title that a full stop abbreviates. */
    static boolean isAbbreviated(String word) {
        return ABBREVIATED.contains(word);
    }

    /**
     * Whether capitalised words open with an office: a title, or one or two words that say whose
     * before it ("Minister of Foreign Affairs", "Nepalese Ambassador", "Soviet Deputy Premier").
     */
    public static boolean opensWithOffice(String words) {
        String[] w = words.split("\\s+", 4);
        for (int i = 0; i < Math.min(3, w.length); i++) {
            if (isTitle(w[i])) {
                return true;
            }
            if (w[i].isEmpty() || !Character.isUpperCase(w[i].charAt(0))) {
                return false;
            }
        }
        return false;
    }

    /** Whether {@code word}, with or without a final full stop, is a title. */
    public static boolean isTitle(String word) {
        return ALL.contains(word.endsWith(".") ? word.substring(0, word.length() - 1) : word);
    }
}
