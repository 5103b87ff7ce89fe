package org.edition.encode;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Languages by their English names, from the JDK's locale data: what a translator's label names
 * ("[Russian: рублей]") and what is no place after "in" ("written in Korean"). Immutable.
 */
public final class Languages {
    /** Lower-case English name to ISO 639 code: "russian" to "ru". */
    private static final Map<String, String> CODES;
    /** The names as the JDK writes them: "Korean", "Russian". */
    private static final Set<String> NAMES;

    static {
        Map<String, String> codes = new HashMap<>();
        Set<String> names = new HashSet<>();
        for (String code : Locale.getISOLanguages()) {
            String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
            if (!name.isEmpty() && !name.equals(code)) {
                codes.putIfAbsent(name.toLowerCase(Locale.ROOT), code);
                names.add(name);
            }
        }
        CODES = Map.copyOf(codes);
        NAMES = Set.copyOf(names);
    }

    private Languages() {
    }

    /** The ISO 639 code of the language with this English name, in any case; null if none. */
    public static String codeOf(String englishName) {
        return CODES.get(englishName.toLowerCase(Locale.ROOT));
    }

    /** The English names of the languages, capitalised as the JDK writes them. */
    public static Set<String> englishNames() {
        return NAMES;
    }
}
